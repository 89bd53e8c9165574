"""A twin-bell alarm clock on little feet; "wall clock" is a plain round clock."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import DARK_TRIM, GOLD
from meshforge.engines.text.kit.solids import box, dome, rod, sphere, union
from meshforge.engines.text.kit.sweeps import front_disc, hoop

CLOCKS: tuple[RGB, ...] = (
    (200, 40, 40),
    (40, 90, 170),
    (240, 200, 50),
    (60, 60, 65),
    (90, 160, 110),
)


FACE: RGB = (250, 248, 240)


def build_clock(a: Assembly) -> None:
    """A twin-bell alarm clock on little feet; "wall clock" is a plain round clock."""
    wall = a.mentions("wall")
    radius = a.vary(0.15 if wall else 0.075, 0.08)
    depth = radius * (0.25 if wall else 0.6)
    color = a.pick(CLOCKS)
    centre_z = radius + (0.0 if wall else radius * 0.25)
    a.add(front_disc(radius, depth, a.segments(radius), 0, centre_z), "body", color)
    front = -depth / 2
    a.add(
        front_disc(radius * 0.86, 0.004, a.segments(radius), 0, centre_z, front),
        "face",
        FACE,
        Tier.FIXED,
    )
    ring = hoop(radius * 0.93, radius * 0.07, a.segments(radius)).rotate((90, 0, 0))
    a.add(
        ring.translate((0, front, centre_z)),
        "rim",
        a.pick((GOLD, (200, 200, 205), DARK_TRIM)),
        Tier.SECONDARY,
    )
    marks = []
    for k in range(12):
        angle = 2 * math.pi * k / 12
        size = (radius * 0.04, 0.004, radius * (0.16 if k % 3 == 0 else 0.09))
        mark = box(size, (0, 0, radius * 0.7)).rotate((0, math.degrees(angle), 0))
        marks.append(mark)
    a.add(union(marks).translate((0, front - 0.003, centre_z)), "mark", DARK_TRIM, Tier.FIXED)
    hour, minute = a.between(0, 360), a.between(0, 360)
    hands = [
        box((radius * 0.06, 0.004, radius * 0.45), (0, 0, radius * 0.2)).rotate((0, hour, 0)),
        box((radius * 0.04, 0.004, radius * 0.7), (0, 0, radius * 0.33)).rotate((0, minute, 0)),
        rod((0, -0.004, 0), (0, 0.012, 0), radius * 0.06, 12),  # the pin reaches the face
    ]
    a.add(union(hands).translate((0, front - 0.007, centre_z)), "hand", DARK_TRIM, Tier.FIXED)
    if wall:
        return
    bell_r = radius * 0.42
    for side in (-1, 1):
        bell = dome((bell_r, bell_r, bell_r * 0.8), a.segments(bell_r)).rotate((0, side * 35, 0))
        a.add(bell.translate((side * radius * 0.5, 0, centre_z + radius * 0.72)), "bell", color)
        leg = rod(
            (side * radius * 0.5, 0, centre_z - radius * 0.7),
            (side * radius * 0.8, 0, 0.005),
            radius * 0.07,
            8,
        )
        a.add(leg, "leg", DARK_TRIM, Tier.FIXED)
    a.add(
        rod((0, 0, centre_z + radius * 0.9), (0, 0, centre_z + radius * 1.25), radius * 0.06, 8),
        "bell",
        DARK_TRIM,
        Tier.FIXED,
    )
    a.add(sphere(radius * 0.1, 12, (0, 0, centre_z + radius * 1.25)), "bell", DARK_TRIM, Tier.FIXED)


TEMPLATE = Template(
    "clock",
    build_clock,
    0.2,
    description="a device with hands on a round face that shows the time",
    synonyms=("alarm clock", "wall clock", "table clock"),
    parts=("body", "face", "rim", "mark", "hand", "bell", "leg"),
    aliases={"dial": "face", "foot": "leg", "number": "mark"},
)
