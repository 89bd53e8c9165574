"""A tree stump: a short sawn-off trunk with flared roots, growth rings on top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, dome, torus

BARKS: tuple[RGB, ...] = ((100, 70, 45), (85, 60, 40), (120, 90, 60))
WOOD: RGB = (215, 175, 120)
RING: RGB = (170, 125, 80)
MOSS: RGB = (90, 140, 60)


def build_tree_stump(a: Assembly) -> None:
    """A tree stump: a short sawn-off trunk with flared roots, growth rings on top and maybe a
    mushroom."""
    radius, height = a.vary(0.3, 0.12), a.vary(0.4, 0.2)
    bark = a.pick(BARKS)
    a.add(cylinder(radius * 1.08, height, a.segments(radius), (0, 0, 0), radius), "bark", bark)
    a.add(
        cylinder(radius * 0.96, 0.012, a.segments(radius), (0, 0, height - 0.008)),
        "top",
        WOOD,
        Tier.SECONDARY,
    )
    for k in range(1, 4):
        a.add(
            torus(radius * 0.22 * k, 0.005, a.segments(radius), (0, 0, height + 0.002)),
            "ring",
            RING,
            Tier.FIXED,
        )
    roots = a.pick((4, 5, 6))
    for k in range(roots):
        t = 2 * math.pi * k / roots + a.between(-0.3, 0.3)
        start = (radius * 0.7 * math.cos(t), radius * 0.7 * math.sin(t), height * 0.3)
        end = (radius * 1.6 * math.cos(t), radius * 1.6 * math.sin(t), 0.02)
        a.add(
            capsule(start, end, radius * 0.22, a.segments(radius * 0.22), radius * 0.08),
            "root",
            bark,
        )
    if a.maybe("mushroom", 0.35, "mushrooms", "toadstool"):
        t = a.between(0, 2 * math.pi)
        base = (radius * 1.05 * math.cos(t), radius * 1.05 * math.sin(t), 0)
        a.add(cylinder(0.015, 0.08, 10, base), "mushroom", (240, 235, 220), Tier.FIXED)
        a.add(
            dome((0.045, 0.045, 0.035), 16, (base[0], base[1], 0.075)),
            "mushroom",
            (200, 40, 40),
            Tier.FIXED,
        )
    if a.maybe("moss", 0.3, "mossy"):
        a.add(
            dome(
                (radius * 0.5, radius * 0.5, 0.03), 16, (radius * 0.2, -radius * 0.1, height - 0.01)
            ),
            "moss",
            MOSS,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "tree stump",
    build_tree_stump,
    0.4,
    description="the sawn-off base of a tree trunk with roots and growth rings",
    synonyms=("stump", "tree trunk stump", "log stump", "chopping block stump", "old stump"),
    kinds=("mossy stump", "chopped tree", "felled tree stump"),
    parts=("bark", "top", "ring", "root", "mushroom", "moss"),
    aliases={"rings": "ring", "roots": "root", "wood": "top", "trunk": "bark"},
)
