"""A trophy cup with two handles on a stem, standing on a stepped base with a plaque."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, lathe, vessel
from meshforge.engines.text.kit.sweeps import tube

BASES: tuple[RGB, ...] = ((45, 35, 30), (30, 30, 32), (240, 240, 235))


def build_trophy(a: Assembly) -> None:
    """A trophy cup with two handles on a stem, standing on a stepped base with a plaque."""
    height, cup_r = a.vary(0.35, 0.1), a.vary(0.075, 0.1)
    base_h = height * 0.2
    base = a.pick(BASES)
    a.add(
        box((cup_r * 1.9, cup_r * 1.9, base_h * 0.6), (0, 0, base_h * 0.3)),
        "base",
        base,
        Tier.SECONDARY,
    )
    a.add(
        box((cup_r * 1.5, cup_r * 1.5, base_h * 0.45), (0, 0, base_h * 0.8)),
        "base",
        base,
        Tier.SECONDARY,
    )
    a.add(
        box((cup_r * 1.1, 0.004, base_h * 0.3), (0, -cup_r * 0.95, base_h * 0.3)),
        "plaque",
        GOLD,
        Tier.FIXED,
    )
    stem_top = base_h + height * 0.3
    stem = [
        (0.0, 0.0),
        (cup_r * 0.5, 0.0),
        (cup_r * 0.45, 0.01),
        (cup_r * 0.12, height * 0.1),
        (cup_r * 0.1, stem_top - base_h - 0.01),
        (cup_r * 0.3, stem_top - base_h + 0.005),
        (0.0, stem_top - base_h + 0.005),
    ]
    a.add(lathe(stem, a.segments(cup_r)).translate((0, 0, base_h)), "cup", GOLD)
    cup_h = height - stem_top
    outer = [
        (cup_r * (0.3 + 0.7 * math.sin(t * math.pi / 2) ** 0.8), cup_h * t)
        for t in [k / 10 for k in range(11)]
    ]
    a.add(vessel(outer, 0.003, 0.01, a.segments(cup_r)).translate((0, 0, stem_top)), "cup", GOLD)
    for side in (-1, 1):
        handle = [
            (side * cup_r * 0.9, 0.0, stem_top + cup_h * 0.85),
            (side * cup_r * 1.5, 0.0, stem_top + cup_h * 0.75),
            (side * cup_r * 1.45, 0.0, stem_top + cup_h * 0.35),
            (side * cup_r * 0.6, 0.0, stem_top + cup_h * 0.2),
        ]
        a.add(tube(handle, cup_r * 0.07, a.segments(cup_r * 0.07)), "handle", GOLD)


TEMPLATE = Template(
    "trophy",
    build_trophy,
    0.35,
    description="a golden cup awarded to a winner",
    synonyms=("trophy cup", "award", "prize cup", "championship cup"),
    parts=("cup", "handle", "base", "plaque"),
    aliases={"stand": "base", "plinth": "base"},
)
