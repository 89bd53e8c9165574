"""Cherries: two glossy round cherries hanging from stalks joined at the top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, round_fruit, turned
from meshforge.engines.text.kit.solids import ellipsoid
from meshforge.engines.text.kit.sweeps import tube

CHERRIES: tuple[RGB, ...] = ((170, 15, 35), (200, 20, 40), (140, 10, 30))
STALK: RGB = (110, 140, 60)


def build_cherry(a: Assembly) -> None:
    """Cherries: two glossy round cherries hanging from stalks joined at the top."""
    radius = a.vary(0.012, 0.08)
    count = a.count("cherry", 2, 1, 3)
    height = radius * 1.8
    joint = (0.0, 0.0, radius * a.between(4.2, 5.0))
    red = a.pick(CHERRIES)
    spread = radius * 1.15
    for k in range(count):
        x = 0.0 if count == 1 else spread * (2 * k / (count - 1) - 1)
        y = radius * 0.6 * (k % 2) if count > 2 else 0.0
        body = turned(round_fruit(radius, height, 0.15), height, a.segments(radius))
        a.add(body.translate((x, y, 0.0)), "skin", red)
        if a.wants("stem"):
            bend = (x * 0.8 + a.between(-0.002, 0.002), y * 0.5, height + radius * 1.6)
            path = [(x, y, height * 0.85), bend, joint]
            a.add(tube(path, radius * 0.07, 8), "stem", STALK, Tier.FIXED)
    if a.wants("stem") and a.maybe("leaf", 0.5):
        leaf = ellipsoid((radius * 1.3, radius * 0.5, radius * 0.08), 16).rotate((0, -20, 30))
        a.add(
            leaf.translate((radius * 1.1, radius * 0.4, joint[2] + radius * 0.3)),
            "leaf",
            LEAF_GREEN,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "cherry",
    build_cherry,
    0.06,
    description="a pair of small round red cherries on long stems",
    synonyms=("cherries", "pair of cherries"),
    kinds=("maraschino cherry", "sour cherry"),
    not_claimed=("cherry tree", "cherry bonsai", "cherry tomato", "cherry blossom", "cherry pie"),
    parts=("skin", "stem", "leaf"),
    aliases={**FRUIT_ALIASES},
)
