"""A monstera: a potted houseplant of big glossy heart-shaped leaves, each split by slits from
its edge towards the midrib, held out on long arching stalks."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import plan_blade
from meshforge.engines.text.kit.houseplants import laid, potted
from meshforge.engines.text.kit.solids import box, rod, subtract, union

GREENS: tuple[RGB, ...] = ((35, 110, 55), (45, 125, 60), (30, 95, 50))
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def split_leaf(length: float, slits: int) -> Manifold:
    """A heart-shaped leaf along +X from its base, cut by ``slits`` slits on each side."""
    outline = []
    for k in range(48):
        t = 2 * math.pi * k / 48
        # an egg wider near the base, dented where the stalk joins (the heart's notch)
        r = 1.0 - 0.25 * math.cos(t) ** 8 * (1 if math.cos(t) < 0 else 0)
        outline.append((length * (0.45 + 0.55 * math.cos(t) * r), length * 0.42 * math.sin(t) * r))
    leaf = plan_blade(outline, length * 0.012)
    cuts = []
    for side in (-1, 1):
        for k in range(slits):
            x = length * (0.15 + 0.75 * (k + 0.5) / slits)
            slit = box((length * 0.055, length * 0.5, length * 0.1), (0, length * 0.37, 0))
            slit = slit.rotate((0, 0, -20))
            cuts.append((slit if side > 0 else slit.mirror((0, 1, 0))).translate((x, 0, 0)))
    return subtract(leaf, union(cuts))


def build_monstera(a: Assembly) -> None:
    """A monstera: big split heart-shaped leaves on long arching stalks, in a pot."""
    pot_r = a.vary(0.12, 0.1)
    soil_z = potted(a, pot_r, pot_r * a.vary(1.5, 0.1))
    green = a.pick(GREENS)
    count = a.count("leaf", a.pick((5, 6, 7)), 2, 12)
    stalks, leaves = [], []
    for k in range(count):
        yaw = k * GOLDEN_ANGLE + a.between(-0.2, 0.2)
        rise = a.between(0.25, 0.5)
        out = a.between(0.1, 0.22)
        tip = (out * math.cos(yaw), out * math.sin(yaw), soil_z + rise)
        stalks.append(rod((0, 0, soil_z - 0.02), tip, 0.006, 8, 0.005))
        length = a.vary(0.26, 0.15)
        leaf = split_leaf(length, a.pick((3, 4)))
        leaves.append(
            laid(leaf.translate((-length * 0.08, 0, 0)), a.between(25, 45), math.degrees(yaw), tip)
        )
    a.add(union(stalks), "stem", green, Tier.FIXED)
    a.add(union(leaves), "leaf", green)


TEMPLATE = Template(
    "monstera",
    build_monstera,
    0.7,
    description="a potted houseplant with big glossy green leaves split by slits and holes",
    synonyms=(
        "monstera plant",
        "monstera deliciosa",
        "swiss cheese plant",
        "split leaf philodendron",
    ),
    kinds=("potted monstera", "monstera leaf plant"),
    parts=("pot", "soil", "stem", "leaf"),
    aliases={"leaves": "leaf", "stalk": "stem", "stalks": "stem", "planter": "pot"},
)
