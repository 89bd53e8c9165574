"""A stadium: an oval bowl of stands round a marked green pitch, floodlight masts at the corners."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod, subtract, union
from meshforge.engines.text.kit.sweeps import hoop

SEATS: tuple[RGB, ...] = ((180, 40, 40), (40, 80, 160), (230, 190, 40), (150, 150, 155))
CONCRETE: RGB = (200, 198, 192)
GRASS: RGB = (70, 150, 60)
LINES: RGB = (245, 245, 245)
MAST: RGB = (150, 152, 158)


def build_stadium(a: Assembly) -> None:
    """An oval bowl of stands round a marked green pitch, floodlight masts at the corners."""
    radius, height = a.vary(90.0, 0.08), a.vary(26.0, 0.12)
    stretch = a.vary(1.3, 0.08)  # the bowl is longer along X, with the pitch
    inner = radius * 0.62
    segments = max(48, a.segments(radius))
    bowl = [(inner, 2.0), (radius * 0.96, height), (radius, height), (radius, 0.0), (inner, 0.0)]
    stands = lathe(bowl, segments).scale((stretch, 1.0, 1.0))
    a.add(stands, "stands", SEATS)
    wall = subtract(
        cylinder(radius + 1.0, height * 0.55, segments).scale((stretch, 1.0, 1.0)),
        cylinder(radius - 1.0, height, segments, (0, 0, -1)).scale((stretch, 1.0, 1.0)),
    )
    a.add(wall, "wall", CONCRETE, Tier.SECONDARY)
    floor = cylinder(inner + 1.0, 1.0, segments).scale((stretch, 1.0, 1.0))
    a.add(floor, "pitch", GRASS, Tier.FIXED)
    length, width = inner * stretch * 1.5, inner * 1.3
    marks = [
        subtract(
            box((length, width, 0.2), (0, 0, 1.05)),
            box((length - 1.6, width - 1.6, 1.0), (0, 0, 1.05)),
        ),
        box((0.8, width, 0.2), (0, 0, 1.05)),
        hoop(width * 0.15, 0.4, 32, (0, 0, 1.05)),
    ]
    a.add(union(marks), "line", LINES, Tier.FIXED)
    if a.wants("floodlight"):
        mast_h = height * a.vary(1.9, 0.1)
        for sx in (-1, 1):
            for sy in (-1, 1):
                x, y = sx * radius * stretch * 0.68, sy * radius * 0.68
                a.add(rod((x, y, 0), (x, y, mast_h), 1.0, 12), "mast", MAST, Tier.FIXED)
                lamp = box((8.0, 1.5, 5.0), (x, y, mast_h + 2.0)).rotate((0, 0, 0))
                a.add(lamp, "floodlight", LINES, Tier.FIXED)


TEMPLATE = Template(
    "stadium",
    build_stadium,
    50.0,
    description="a sports stadium: tiers of seats in an oval bowl around a grass pitch",
    synonyms=("football stadium", "soccer stadium", "sports stadium", "arena"),
    kinds=("ballpark", "baseball stadium", "sports arena", "olympic stadium"),
    parts=("stands", "wall", "pitch", "line", "mast", "floodlight"),
    aliases={
        "seats": "stands",
        "seating": "stands",
        "bleachers": "stands",
        "field": "pitch",
        "grass": "pitch",
        "lights": "floodlight",
    },
)
