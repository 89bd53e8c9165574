"""An orchid (phalaenopsis): broad glossy leaves low in a pot, and a staked spike arching over
with a row of flat five-petalled flowers, each with a small lip in the middle."""

from __future__ import annotations

import itertools

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.houseplants import laid, potted
from meshforge.engines.text.kit.solids import blossom, capsule, ellipsoid, sphere, union

PETALS: tuple[RGB, ...] = ((245, 240, 245), (220, 110, 190), (200, 150, 220), (250, 220, 235))
LIP: RGB = (230, 80, 120)
LEAF: RGB = (50, 110, 55)
SPIKE: RGB = (70, 95, 50)
POTS: tuple[RGB, ...] = ((240, 238, 230), (200, 200, 205), (70, 110, 160))


def build_orchid(a: Assembly) -> None:
    """An orchid: broad leaves in a pot and an arching spike of flat five-petalled flowers."""
    pot_r = a.vary(0.065, 0.1)
    soil_z = potted(a, pot_r, pot_r * 1.6, POTS)
    leaves = []
    for k in range(a.count("leaf", a.pick((3, 4)), 2, 6)):
        length = a.vary(0.15, 0.15)
        leaf = ellipsoid((length / 2, length * 0.17, 0.004), 16).translate((length * 0.45, 0, 0))
        leaves.append(
            laid(
                leaf,
                a.between(-15, 5),
                180 * k + a.between(-30, 30) + 40 * (k // 2),
                (0, 0, soil_z),
            )
        )
    a.add(union(leaves), "leaf", LEAF, Tier.FIXED)
    height = a.vary(0.42, 0.1)
    lean = a.between(-0.02, 0.02)
    # the spike rises by its stake, then arches forward over the pot: joined straight pieces,
    # so that each flower's pedicel can start exactly on it
    path = [
        (lean, 0.0, soil_z - 0.01),
        (lean, 0.0, soil_z + height * 0.6),
        (lean, -0.03, soil_z + height * 0.88),
        (lean, -0.1, soil_z + height),
        (lean, -0.2, soil_z + height * 0.93),
    ]
    spike = [capsule(p, q, 0.004, 8) for p, q in itertools.pairwise(path)]
    a.add(union(spike), "stem", SPIKE, Tier.FIXED)
    petal = a.pick(PETALS)
    flowers = a.count("flower", a.pick((4, 5, 6)), 1, 8)
    heads, lips = [], []
    for k in range(flowers):
        t = 2 + 2 * (k + 0.5) / flowers  # along the arch, from path[2] to path[4]
        p, q = path[int(t)], path[min(4, int(t) + 1)]
        f = t - int(t)
        on = (p[0], p[1] + (q[1] - p[1]) * f, p[2] + (q[2] - p[2]) * f)
        size = 0.055 * (1.0 - 0.2 * k / flowers) * a.vary(1.0, 0.05)
        at = (on[0] + (0.02 if k % 2 else -0.02), on[1] - 0.01, on[2] - size * 0.8)
        head = blossom(size, 5, 16).rotate((0, 0, 18)).rotate((80, 0, 0)).translate(at)
        heads.append(head)
        heads.append(capsule(on, at, 0.002, 6))
        lips.append(sphere(size * 0.25, 12, (at[0], at[1] - size * 0.08, at[2] - size * 0.1)))
    a.add(union(heads), "petal", petal)
    a.add(union(lips), "lip", LIP, Tier.SECONDARY)


TEMPLATE = Template(
    "orchid",
    build_orchid,
    0.55,
    description="a potted orchid with an arching spike of flat round flowers above broad leaves",
    synonyms=("orchids", "phalaenopsis", "moth orchid", "orchid plant", "potted orchid"),
    kinds=("cattleya", "dendrobium", "orchid flower"),
    parts=("pot", "soil", "leaf", "stem", "petal", "lip"),
    aliases={
        "leaves": "leaf",
        "spike": "stem",
        "flower": "petal",
        "flowers": "petal",
        "petals": "petal",
        "planter": "pot",
    },
    kinds_in_wordnet=("orchid",),
)
