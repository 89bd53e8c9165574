"""A ball: beach ball by default; "basketball", "soccer"/"football" and "tennis" change it."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import CrossSection, Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import Vec3, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop, tube

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


TEMPLATE = Template(
    "ball",
    build_ball,
    0.25,
    description="a round toy that bounces and rolls",
    synonyms=(
        "beach ball",
        "basketball",
        "soccer ball",
        "football",
        "tennis ball",
        "bouncy ball",
    ),
    kinds=(
        "netball",
        "dodgeball",
        "handball",
        "medicine ball",
        "ping pong ball",
        "kickball",
        "softball",
    ),
    parts=("ball", "panel", "seam", "patch"),
    aliases={"stripe": "panel", "line": "seam", "pentagon": "patch"},
)
