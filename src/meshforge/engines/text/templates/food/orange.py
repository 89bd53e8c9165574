"""An orange (or a tangerine): a dimpled round citrus with a green nub and maybe a leaf."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.produce import (
    FRUIT_ALIASES,
    FRUIT_PARTS,
    round_fruit,
    stalk_and_leaf,
    turned,
)
from meshforge.engines.text.kit.solids import cylinder

ORANGES: tuple[RGB, ...] = ((245, 140, 25), (240, 125, 20), (250, 155, 40))


def build_orange(a: Assembly) -> None:
    """An orange (or a tangerine): a dimpled round citrus with a green nub and maybe a leaf."""
    small = a.mentions("tangerine", "mandarin", "clementine", "satsuma")
    radius = a.vary(0.03 if small else 0.04, 0.08)
    height = radius * a.between(1.65, 1.85) if small else radius * a.between(1.85, 2.0)
    a.add(turned(round_fruit(radius, height, 0.12), height, a.segments(radius)), "skin", ORANGES)
    nub = cylinder(radius * 0.16, radius * 0.12, 12, (0, 0, height - radius * 0.08))
    a.add(nub, "stem", LEAF_GREEN, Tier.FIXED)
    stalk_and_leaf(a, (0.0, 0.0, height), radius * 0.15, 0.0018, radius * 0.8, 0.5)


TEMPLATE = Template(
    "orange",
    build_orange,
    0.08,
    description="a round orange citrus fruit with a dimpled peel",
    synonyms=("tangerine", "mandarin", "clementine", "orange fruit"),
    kinds=("satsuma", "navel orange", "blood orange", "valencia orange"),
    not_claimed=("orange juice", "agent orange", "clockwork orange"),
    parts=FRUIT_PARTS,
    aliases=FRUIT_ALIASES,
)
