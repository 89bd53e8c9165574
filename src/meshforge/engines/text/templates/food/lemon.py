"""A lemon (or a lime): an oval citrus with a pointed tip at each end."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, FRUIT_PARTS, stalk_and_leaf, turned

LEMONS: tuple[RGB, ...] = ((250, 220, 50), (245, 210, 40), (250, 230, 80))
LIMES: tuple[RGB, ...] = ((110, 180, 50), (95, 165, 45))


def build_lemon(a: Assembly) -> None:
    """A lemon (or a lime): an oval citrus with a pointed tip at each end."""
    lime = a.mentions("lime")
    radius = a.vary(0.026 if lime else 0.03, 0.08)
    length = radius * (2.2 if lime else a.between(2.6, 3.0))
    tip = radius * (0.12 if lime else 0.22)

    def radius_at(z: float) -> float:
        t = z / length
        body = radius * math.sin(math.pi * t) ** 0.75
        # a small nipple at each end: the body's radius never falls below a thin tip's
        return float(max(body, tip * math.sqrt(max(0.0, 1 - abs(2 * t - 1) ** 14))))

    fruit = turned(radius_at, length, a.segments(radius))
    # lemons lie on their side: the lathe's axis turned to run left to right
    fruit = fruit.translate((0, 0, -length / 2)).rotate((0, 90, a.between(-25, 25)))
    a.add(fruit.translate((0, 0, radius * 0.95)), "skin", LIMES if lime else LEMONS)
    if a.chance(0.4) or a.mentions("leaf", "stem"):
        stalk_and_leaf(a, (0.0, 0.0, radius * 1.9), radius * 0.2, 0.0015, radius, 0.9)


TEMPLATE = Template(
    "lemon",
    build_lemon,
    0.06,
    description="a yellow oval citrus fruit, sour, with pointed ends",
    synonyms=("lime", "yellow lemon", "citrus"),
    kinds=("key lime", "meyer lemon"),
    not_claimed=("lemon juice",),
    parts=FRUIT_PARTS,
    aliases=FRUIT_ALIASES,
)
