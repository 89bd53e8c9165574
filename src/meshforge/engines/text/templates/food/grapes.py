"""A bunch of grapes: round berries packed in a hanging cone under a stalk and a vine leaf."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN, STEM_BROWN
from meshforge.engines.text.kit.solids import capsule, ellipsoid, rod, sphere, union

PURPLES: tuple[RGB, ...] = ((95, 40, 105), (120, 50, 120), (75, 35, 85))
GREENS: tuple[RGB, ...] = ((170, 205, 90), (185, 215, 110))


def build_grapes(a: Assembly) -> None:
    """A bunch of grapes: round berries packed in a hanging cone under a stalk and a vine leaf."""
    berry = a.vary(0.009, 0.08)
    rows = a.pick((5, 6, 7))
    color = a.pick(GREENS if a.mentions("green", "white grape") else PURPLES)
    berries = []
    top_z = berry * 2 * rows
    for row in range(rows):
        z = top_z - row * berry * 1.7
        ring_r = berry * (1.6 - 1.2 * row / rows) * 1.2
        count = max(1, round(2 * math.pi * ring_r / (berry * 1.9))) if ring_r > berry else 1
        turn = a.between(0, 2 * math.pi)
        for k in range(count):
            angle = turn + 2 * math.pi * k / count
            r = ring_r if count > 1 else 0.0
            size = berry * a.between(0.92, 1.08)
            center = (r * math.cos(angle), r * math.sin(angle), z)
            berries.append(ellipsoid((size, size, size * 1.12), a.segments(berry), center))
            if r > 0:  # each berry's own little stalk to the bunch's core: one body
                berries.append(capsule((0.0, 0.0, z + berry * 0.5), center, berry * 0.25, 8))
    # a core down the middle holds every ring to its neighbours: one body
    berries.append(sphere(berry * 1.2, a.segments(berry), (0.0, 0.0, top_z - berry)))
    berries.append(rod((0, 0, top_z - (rows - 1) * berry * 1.7), (0, 0, top_z), berry * 0.8, 8))
    a.add(union(berries), "grape", color)
    if a.wants("stem"):
        stalk = rod((0, 0, top_z), (berry * 0.4, 0, top_z + berry * 2.6), berry * 0.22, 8)
        a.add(stalk, "stem", STEM_BROWN, Tier.FIXED)
        if a.maybe("leaf", 0.6):
            leaf = ellipsoid((berry * 2.6, berry * 2.2, berry * 0.15), 20).rotate((0, -30, 20))
            at = (berry * 2.2, berry * 0.3, top_z + berry * 1.7)
            a.add(leaf.translate(at), "leaf", LEAF_GREEN, Tier.FIXED)


TEMPLATE = Template(
    "grapes",
    build_grapes,
    0.15,
    description="a bunch of round purple grapes hanging from a stalk",
    synonyms=("grape", "bunch of grapes", "grape bunch", "green grapes"),
    kinds=("red grapes", "cluster of grapes"),
    not_claimed=("grape tomato",),
    parts=("grape", "stem", "leaf"),
    aliases={"berry": "grape", "fruit": "grape", "stalk": "stem", "vine": "stem"},
)
