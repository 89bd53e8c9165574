"""A pear: a round bottom narrowing to a neck, with a woody stalk and sometimes a leaf."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, FRUIT_PARTS, stalk_and_leaf, turned

PEARS: tuple[RGB, ...] = ((190, 200, 70), (215, 200, 80), (165, 185, 60), (175, 110, 55))


def build_pear(a: Assembly) -> None:
    """A pear: a round bottom narrowing to a neck, with a woody stalk and sometimes a leaf."""
    bulb, height = a.vary(0.038, 0.1), a.vary(0.11, 0.1)
    neck = bulb * a.between(0.42, 0.55)  # the top's radius

    def radius_at(z: float) -> float:
        neck_z = height - neck
        # a round bulb below and a small round top, joined by an inward-curving waist
        low = math.sqrt(max(0.0, bulb**2 - (z - bulb) ** 2))
        high = math.sqrt(max(0.0, neck**2 - (z - neck_z) ** 2))
        t = min(1.0, max(0.0, (z - bulb) / (neck_z - bulb)))
        waist = bulb + (neck - bulb) * (1 - (1 - t) ** 2) if bulb <= z <= neck_z else 0.0
        return max(low, high, waist)

    a.add(turned(radius_at, height, a.segments(bulb)), "skin", a.pick(PEARS))
    stalk_and_leaf(a, (0.0, 0.0, height * 0.99), height * 0.25, 0.0025, bulb * 0.6, 0.4)


TEMPLATE = Template(
    "pear",
    build_pear,
    0.12,
    description="a green pear, round at the bottom and narrow at the top, with a stalk",
    synonyms=("green pear", "pear fruit"),
    kinds=("bartlett pear", "bosc pear", "williams pear", "conference pear", "nashi"),
    not_claimed=("prickly pear", "pear shaped"),
    parts=FRUIT_PARTS,
    aliases=FRUIT_ALIASES,
)
