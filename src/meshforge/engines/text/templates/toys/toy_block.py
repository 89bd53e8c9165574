"""Wooden alphabet blocks with framed faces and raised shapes; "lego" makes a studded brick."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import Vec3, box, cylinder, rod, subtract, union
from meshforge.engines.text.kit.sweeps import face_prism

WOOD: RGB = (215, 175, 120)


def build_toy_block(a: Assembly) -> None:
    """Wooden alphabet blocks with framed faces and raised shapes; "lego" makes a studded brick."""
    if a.mentions("lego", "brick", "duplo"):
        _brick(a)
        return
    size = a.vary(0.05, 0.08)
    stacked = a.mentions("stack", "stacked", "tower", "pile")
    count = a.count("block", a.pick((4, 5, 6) if stacked else (1, 1, 3)), 1, 6)
    places = (
        [(0.0, 0.0, 0.0)]
        if count == 1
        else [(-0.55 * size, 0.0, 0.0), (0.55 * size, 0.0, 0.0), (0.0, 0.0, size * 0.98)]
    )
    if stacked:  # one block on another, each a little off the one below
        places = [
            (a.between(-0.1, 0.1) * size, a.between(-0.1, 0.1) * size, size * 0.98 * k)
            for k in range(count)
        ]
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


TEMPLATE = Template(
    "toy block",
    build_toy_block,
    0.1,
    description="a wooden cube toy that children stack",
    synonyms=(
        "building block",
        "alphabet block",
        "lego brick",
        "lego",
        "toy blocks",
    ),
    kinds=("abc block", "duplo", "jenga", "toy brick"),
    parts=("block", "frame", "letter", "brick", "stud"),
    aliases={"cube": "block", "edge": "frame", "shape": "letter", "symbol": "letter"},
)
