"""Bamboo: a clump of tall green jointed canes, a ring at every node, with sprays of narrow
leaves near their tops."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, cylinder, rod, union
from meshforge.engines.text.kit.sweeps import hoop

CANES: tuple[RGB, ...] = ((120, 165, 70), (105, 150, 60), (190, 180, 100))
NODE: RGB = (90, 120, 55)
LEAF: RGB = (80, 150, 60)
SOIL: RGB = (95, 70, 50)


def _along(start: Vec3, end: Vec3, t: float) -> Vec3:
    """The point ``t`` of the way from ``start`` to ``end``."""
    return (
        start[0] + (end[0] - start[0]) * t,
        start[1] + (end[1] - start[1]) * t,
        start[2] + (end[2] - start[2]) * t,
    )


def build_bamboo(a: Assembly) -> None:
    """Bamboo: a clump of tall jointed canes with node rings and sprays of narrow leaves."""
    height = a.vary(1.6, 0.12)
    cane = a.pick(CANES[:2]) if not a.mentions("dry", "golden") else CANES[2]
    count = a.pick((3, 4, 5))
    a.add(cylinder(0.16, 0.03, a.segments(0.16)), "base", SOIL, Tier.FIXED)
    canes, nodes, leaves = [], [], []
    for k in range(count):
        angle = 2 * math.pi * k / count + a.between(-0.4, 0.4)
        spread = 0.06 + 0.04 * (k % 2)
        foot: Vec3 = (spread * math.cos(angle), spread * math.sin(angle), 0.0)
        tall = height * a.between(0.75, 1.0)
        lean = a.between(0.02, 0.08)
        top: Vec3 = (foot[0] * (1 + lean * 12), foot[1] * (1 + lean * 12), tall)
        r = 0.022 * a.between(0.8, 1.1)
        canes.append(rod(foot, top, r, a.segments(r), r * 0.8))
        joints = int(tall / 0.22)
        for j in range(1, joints):
            t = j / joints
            at = _along(foot, top, t)
            nodes.append(hoop(r * (1 - 0.2 * t) * 1.02, r * 0.12, a.segments(r), at))
        for j in range(3):  # a spray of leaves from the upper nodes
            t = 0.7 + 0.1 * j
            at = _along(foot, top, t)
            for side in (-1, 1):
                out = angle + side * a.between(0.6, 1.2)
                tip: Vec3 = (at[0] + 0.2 * math.cos(out), at[1] + 0.2 * math.sin(out), at[2] - 0.04)
                leaves.append(spindle(at, tip, 0.018, 12, 0.2))
    a.add(union(canes), "cane", cane)
    a.add(union(nodes), "node", NODE, Tier.FIXED)
    if a.wants("leaf"):
        a.add(union(leaves), "leaf", LEAF, Tier.SECONDARY)


TEMPLATE = Template(
    "bamboo",
    build_bamboo,
    1.6,
    description="a clump of tall green jointed canes with narrow leaves",
    synonyms=("bamboo plant", "bamboo stalk", "bamboo stalks", "bamboo canes", "bamboo grove"),
    kinds=("lucky bamboo", "bamboo shoot", "bamboo cane"),
    parts=("cane", "node", "leaf", "base"),
    aliases={"stalk": "cane", "stem": "cane", "leaves": "leaf", "rings": "node", "soil": "base"},
)
