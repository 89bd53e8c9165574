"""A fern: arching fronds of paired leaflets rising from a central clump, maybe in a pot."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GREENS
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import GLAZES


def build_fern(a: Assembly) -> None:
    """A fern: arching fronds of paired leaflets rising from a central clump, maybe in a pot."""
    fronds = a.count("frond", a.pick((7, 8, 9)), 3, 14)
    reach = a.vary(0.45, 0.12)
    green = a.pick(GREENS)
    potted = a.maybe("pot", 0.4, "potted")
    base_z = 0.0
    if potted:
        pot_r = reach * 0.35
        a.add(
            cylinder(pot_r * 0.8, pot_r * 1.2, a.segments(pot_r), (0, 0, 0), pot_r),
            "pot",
            a.pick(GLAZES),
            Tier.SECONDARY,
        )
        a.add(
            cylinder(pot_r * 0.95, 0.01, a.segments(pot_r), (0, 0, pot_r * 1.15)),
            "soil",
            (80, 55, 35),
            Tier.FIXED,
        )
        base_z = pot_r * 1.15
    a.add(sphere(reach * 0.08, 12, (0, 0, base_z)), "frond", green)
    for k in range(fronds):
        t = 2 * math.pi * k / fronds + a.between(-0.2, 0.2)
        rise = a.between(0.7, 1.0)
        c, s = math.cos(t), math.sin(t)
        spine = []
        for i in range(7):
            u = i / 6
            r = reach * u
            z = base_z + reach * rise * (0.9 * u - 0.75 * u * u) + 0.01
            spine.append((r * c, r * s, z))
        a.add(tube(spine, 0.005, 8, 0.002), "frond", green)
        for i in range(1, 6):  # leaflets along the spine, shrinking to the tip
            u = i / 6
            px, py, pz = spine[i]
            size = reach * 0.14 * (1 - u * 0.6)
            for side in (-1, 1):
                angle = math.degrees(t) + (90 if side > 0 else -90) - side * 25
                leaf = (
                    ellipsoid((size, size * 0.3, size * 0.06), 10)
                    .translate((size * 0.9, 0, 0))
                    .rotate((0, 0, angle))
                )
                a.add(leaf.translate((px, py, pz)), "frond", green)


TEMPLATE = Template(
    "fern",
    build_fern,
    0.35,
    description="a leafy green plant with feathery arching fronds",
    synonyms=("ferns", "fern plant", "boston fern", "potted fern", "bracken"),
    kinds=("maidenhair fern", "tree fern", "sword fern"),
    parts=("frond", "pot", "soil"),
    aliases={"leaf": "frond", "leaves": "frond", "fronds": "frond", "planter": "pot"},
    kinds_in_wordnet=("fern",),
)
