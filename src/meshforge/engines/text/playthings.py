"""Toy templates: ball, toy block, spinning top, kite."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import CrossSection, Manifold, OpType

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    Vec3,
    box,
    cylinder,
    lathe,
    rod,
    sphere,
    subtract,
    union,
)
from meshforge.engines.text.shapes import face_prism, hoop, tube

BRIGHTS: tuple[RGB, ...] = (
    (220, 40, 40),
    (250, 200, 30),
    (40, 100, 200),
    (245, 245, 240),
    (60, 160, 70),
    (245, 130, 30),
)
WOOD: RGB = (215, 175, 120)
BLACK: RGB = (25, 25, 28)


def _intersect(*solids: Manifold) -> Manifold:
    """The part all ``solids`` share."""
    return Manifold.batch_boolean(list(solids), OpType.Intersect)


def build_ball(a: Assembly) -> None:
    """A ball: beach ball by default; "basketball", "soccer"/"football" and "tennis" change it."""
    kind = "beach"
    for word, name in (
        ("basket", "basket"),
        ("basketball", "basket"),
        ("soccer", "soccer"),
        ("football", "soccer"),
        ("tennis", "tennis"),
    ):
        if a.mentions(word):
            kind = name
    radius = a.vary({"beach": 0.25, "basket": 0.12, "soccer": 0.11, "tennis": 0.034}[kind], 0.05)
    seg = a.segments(radius)
    center: Vec3 = (0.0, 0.0, radius)
    ball = sphere(radius, seg, center)
    # surface patches are cut from this slightly larger shell, centred on the origin
    skin = sphere(radius * 1.012, seg)
    if kind == "beach":
        a.add(ball, "ball", (245, 245, 240))
        wedges = 6
        # each panel is a wedge of a slightly larger ball, revolved rather than cut (cheap);
        # the strip left out near the axis shows the white ball as caps at both poles
        disc = CrossSection.circle(radius * 1.012, seg)
        section = disc ^ CrossSection.square((2 * radius, 4 * radius)).translate(
            (radius * 0.3, -2 * radius)
        )
        for k in range(wedges):
            wedge = Manifold.revolve(section, seg // wedges, 360.0 / wedges).rotate(
                (0, 0, 360.0 * k / wedges)
            )
            a.add(wedge.translate(center), "panel", BRIGHTS[k], Tier.SECONDARY)
        return
    if kind == "basket":
        a.add(ball, "ball", (225, 110, 40))
        seams = [
            hoop(radius * 0.99, radius * 0.035, seg).rotate((90, 0, 0)),
            hoop(radius * 0.99, radius * 0.035, seg).rotate((0, 90, 0)),
            *[
                hoop(radius * 0.71, radius * 0.035, seg)
                .rotate((0, 90, 0))
                .translate((sx * radius * 0.7, 0, 0))
                for sx in (-1, 1)
            ],
        ]
        a.add(_intersect(union(seams), skin).translate(center), "seam", BLACK, Tier.FIXED)
        return
    if kind == "soccer":
        a.add(ball, "ball", (245, 245, 240))
        golden = (1 + math.sqrt(5)) / 2
        # the twelve corners of an icosahedron: cyclic turns of (0, ±1, ±golden)
        corners = [(0.0, s1, s2 * golden) for s1 in (-1.0, 1.0) for s2 in (-1.0, 1.0)]
        tips = [np.roll(np.asarray(c), turn) for c in corners for turn in range(3)]
        cones = []
        for tip in tips:
            direction = tip / math.sqrt(1 + golden**2)
            end = tuple(float(c) for c in direction * radius * 1.5)
            cones.append(rod((0.0, 0.0, 0.0), (end[0], end[1], end[2]), 0.0, 5, radius * 0.55))
        a.add(_intersect(union(cones), skin).translate(center), "patch", BLACK, Tier.FIXED)
        return
    a.add(ball, "ball", (200, 225, 60))
    seam = []
    for t in np.linspace(0, 2 * math.pi, 33)[:-1]:
        p = np.array(
            [
                math.cos(t) + 0.4 * math.cos(3 * t),
                math.sin(t) - 0.4 * math.sin(3 * t),
                1.1 * math.sin(2 * t),
            ]
        )
        p = p / np.linalg.norm(p) * radius
        seam.append((float(p[0]), float(p[1]), float(p[2]) + radius))
    seam.append(seam[0])
    a.add(tube(seam, radius * 0.05, 12), "seam", (245, 245, 240), Tier.FIXED)


def build_toy_block(a: Assembly) -> None:
    """Wooden alphabet blocks with framed faces and raised shapes; "lego" makes a studded brick."""
    if a.mentions("lego", "brick", "duplo"):
        _brick(a)
        return
    size = a.vary(0.05, 0.08)
    count = a.count("block", a.pick((1, 1, 3)), 1, 6)
    places = (
        [(0.0, 0.0, 0.0)]
        if count == 1
        else [(-0.55 * size, 0.0, 0.0), (0.55 * size, 0.0, 0.0), (0.0, 0.0, size * 0.98)]
    )
    for i in range(count):
        x, y, z = places[i] if i < len(places) else (0.0, 0.0, size * 0.98 * (i - 1))
        _alphabet_block(a, size, (x, y, z), a.between(-15, 15))


def _alphabet_block(a: Assembly, size: float, at: Vec3, turn: float) -> None:
    """One cube: wood core, coloured edge frame, a raised shape on each side."""
    frame_color, shape_color = a.pick(BRIGHTS), a.pick(BRIGHTS)
    middle = size / 2
    core = box((size, size, size), (0, 0, middle))
    inner = size * 0.78
    edges = subtract(
        box((size * 1.03,) * 3, (0, 0, middle)),
        box((inner, inner, 2 * size), (0, 0, middle)),
        box((inner, 2 * size, inner), (0, 0, middle)),
        box((2 * size, inner, inner), (0, 0, middle)),
    )
    shapes = [
        rod(
            (0, -size * 0.52, middle),
            (0, -size * 0.45, middle),
            size * 0.26,
            a.segments(size * 0.26),
        ),
        face_prism(
            [(-size * 0.25, -size * 0.2), (size * 0.25, -size * 0.2), (0.0, size * 0.25)],
            size * 0.07,
            0,
        ).translate((0, size * 0.49, middle)),
        rod((size * 0.52, 0, middle), (size * 0.45, 0, middle), size * 0.26, 4),
        rod((-size * 0.52, 0, middle), (-size * 0.45, 0, middle), size * 0.26, 6),
        cylinder(size * 0.26, size * 0.07, 5, (0, 0, size * 0.98)),
    ]
    place = (at[0], at[1], at[2])
    a.add(core.rotate((0, 0, turn)).translate(place), "block", WOOD)
    a.add(edges.rotate((0, 0, turn)).translate(place), "frame", frame_color, Tier.SECONDARY)
    a.add(
        union(shapes).rotate((0, 0, turn)).translate(place), "letter", shape_color, Tier.SECONDARY
    )


def _brick(a: Assembly) -> None:
    """A plastic building brick, two studs by four, with the studs on top."""
    color = a.pick(BRIGHTS)
    pitch, height = 0.008, 0.0096
    across, along = a.count("stud", 2, 1, 4), a.pick((2, 4, 4))
    a.add(box((across * pitch, along * pitch, height), (0, 0, height / 2)), "brick", color)
    studs = [
        cylinder(
            0.0024,
            0.0019,
            a.segments(0.0024),
            ((i - (across - 1) / 2) * pitch, (j - (along - 1) / 2) * pitch, height - 0.0002),
        )
        for i in range(across)
        for j in range(along)
    ]
    a.add(union(studs), "stud", color)


def build_spinning_top(a: Assembly) -> None:
    """A turned spinning top on its point, striped, with a handle on top."""
    radius, height = a.vary(0.04, 0.1), a.vary(0.075, 0.1)
    shoulder = height * a.between(0.45, 0.6)
    profile = [
        (0.0, 0.0),
        (radius * 0.12, 0.004),
        (radius * 0.9, shoulder * 0.85),
        (radius, shoulder),
        (radius * 0.8, height * 0.82),
        (radius * 0.25, height * 0.86),
        (0.0, height * 0.86),
    ]
    colors = [a.pick(BRIGHTS) for _ in range(3)]
    a.add(lathe(profile, a.segments(radius)), "body", colors[0])
    heights, radii = [p[1] for p in profile[:6]], [p[0] for p in profile[:6]]
    band = height * 0.06
    for k, z in enumerate((shoulder - height * 0.12, shoulder + height * 0.06)):
        # a frustum following the body's slope, a hair proud of it
        low = float(np.interp(z - band / 2, heights, radii)) + 0.0012
        high = float(np.interp(z + band / 2, heights, radii)) + 0.0012
        stripe = cylinder(low, band, a.segments(radius), (0, 0, z - band / 2), high)
        a.add(stripe, "stripe", colors[1 + k % 2], Tier.SECONDARY)
    a.add(
        rod((0, 0, height * 0.8), (0, 0, height * 1.3), radius * 0.12, 12),
        "handle",
        colors[1],
        Tier.SECONDARY,
    )
    a.add(sphere(radius * 0.16, 12, (0, 0, height * 1.3)), "handle", colors[1], Tier.SECONDARY)


def build_kite(a: Assembly) -> None:
    """A diamond kite facing the front: four coloured panels, cross spars and a tail of bows."""
    width, height = a.vary(0.6, 0.1), a.vary(0.8, 0.1)
    tail_len = a.vary(1.0, 0.15)
    bottom = tail_len
    cross = bottom + height * 0.68
    top = bottom + height
    corners = [(0.0, bottom), (width / 2, cross), (0.0, top), (-width / 2, cross)]
    colors = (a.pick(BRIGHTS), a.pick(BRIGHTS))
    a.add(face_prism(corners, 0.006), "sail", colors[0])
    # a smaller diamond laid on the front: one sail plus a decoration keeps the colours crisp
    inset = [(x * 0.55, cross + (z - cross) * 0.55) for x, z in corners]
    a.add(face_prism(inset, 0.004, -0.004), "panel", colors[1], Tier.SECONDARY)
    # The spars take the sail's colour: a contrasting spar across the sail's back would win
    # the seam vertices there and tint the whole back (fusion colours seams by the smaller part).
    spar_z = (bottom + height * 0.06 + top - height * 0.04) / 2
    a.add(box((0.012, 0.016, height * 0.9), (0, 0.008, spar_z)), "spar", colors[0])
    a.add(box((width * 0.88, 0.016, 0.012), (0, 0.008, cross)), "spar", colors[0])
    if a.wants("tail"):
        path = [
            (0.04 * math.sin(3 * t) * (1 + t), 0.0, bottom - t / 2 * tail_len)
            for t in np.linspace(0.0, 2.0, 9)
        ]
        path[0] = (0.0, 0.0, bottom + 0.02)
        a.add(tube(path, 0.004, 8), "tail", (240, 240, 235), Tier.FIXED)
        for k in range(1, 5):
            x, _, z = path[2 * k]
            bow = face_prism(
                [
                    (x, z),
                    (x - 0.05, z + 0.03),
                    (x - 0.05, z - 0.03),
                    (x, z),
                    (x + 0.05, z - 0.03),
                    (x + 0.05, z + 0.03),
                ],
                0.006,
            )
            a.add(bow, "bow", BRIGHTS[k % len(BRIGHTS)], Tier.FIXED)


TEMPLATES = (
    Template(
        "ball",
        build_ball,
        0.25,
        synonyms=(
            "beach ball",
            "basketball",
            "soccer ball",
            "football",
            "tennis ball",
            "bouncy ball",
        ),
        parts=("ball", "panel", "seam", "patch"),
        aliases={"stripe": "panel", "line": "seam", "pentagon": "patch"},
    ),
    Template(
        "toy block",
        build_toy_block,
        0.1,
        synonyms=(
            "building block",
            "alphabet block",
            "lego brick",
            "lego",
            "toy blocks",
        ),
        parts=("block", "frame", "letter", "brick", "stud"),
        aliases={"cube": "block", "edge": "frame", "shape": "letter", "symbol": "letter"},
    ),
    Template(
        "spinning top",
        build_spinning_top,
        0.1,
        synonyms=("toy top", "spintop", "whirligig", "peg top", "dreidel"),
        parts=("body", "stripe", "handle"),
        aliases={"band": "stripe", "stem": "handle"},
    ),
    Template(
        "kite",
        build_kite,
        1.8,
        synonyms=("paper kite", "box kite"),
        parts=("sail", "panel", "spar", "tail", "bow"),
        aliases={"string": "tail", "ribbon": "bow", "frame": "spar"},
    ),
)
