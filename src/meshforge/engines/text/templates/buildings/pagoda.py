"""A pagoda: a tower of stacked storeys, each under a wide roof with upturned eaves, and a spire."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, cylinder, sphere

WALLS: tuple[RGB, ...] = ((190, 40, 35), (235, 225, 205), (160, 60, 40))
ROOFS: tuple[RGB, ...] = ((40, 50, 55), (50, 90, 80), (90, 60, 40), (60, 70, 110))


def build_pagoda(a: Assembly) -> None:
    """A tower of stacked storeys, each under a wide roof, topped by a spire."""
    wall, roof = a.pick(WALLS), a.pick(ROOFS)
    floors = a.count("roof", a.pick((3, 5, 5, 7)), 2, 9)
    w0 = a.vary(6.0, 0.08)
    storey = a.vary(2.6, 0.08)
    a.add(box((w0 * 1.35, w0 * 1.35, 0.6), (0, 0, 0.3)), "base", (150, 145, 135))
    z = 0.55
    for k in range(floors):
        w = w0 * (1 - 0.45 * k / floors)
        h = storey * (1 - 0.25 * k / floors)
        a.add(box((w, w, h), (0, 0, z + h / 2)), "wall", wall)
        a.add(
            box((w * 0.35, 0.1, h * 0.6), (0, -w / 2, z + h * 0.35)),
            "door",
            (60, 35, 25),
            Tier.FIXED,
        )
        z += h
        eave = w * 1.7 / 2**0.5
        # a hipped roof flared at its corners: a low wide frustum on a thinner, wider slab
        a.add(
            cylinder(eave, h * 0.18, 4, (0, 0, z - 0.05), eave * 0.85).rotate((0, 0, 45)),
            "roof",
            roof,
        )
        a.add(
            cylinder(eave * 0.85, h * 0.35, 4, (0, 0, z + h * 0.13), w * 0.45 / 2**0.5).rotate(
                (0, 0, 45)
            ),
            "roof",
            roof,
        )
        z += h * 0.4
    spire_h = storey * 1.8
    a.add(cylinder(0.18, spire_h, 12, (0, 0, z - 0.2), 0.06), "spire", GOLD, Tier.FIXED)
    for k in range(4):
        a.add(
            cylinder(0.35 - k * 0.05, 0.1, 12, (0, 0, z + 0.3 + k * 0.35)),
            "spire",
            GOLD,
            Tier.FIXED,
        )
    a.add(sphere(0.22, 12, (0, 0, z + spire_h - 0.1)), "spire", GOLD, Tier.FIXED)


TEMPLATE = Template(
    "pagoda",
    build_pagoda,
    20.0,
    description="an asian tiered tower temple with stacked roofs whose eaves curve upwards",
    synonyms=("chinese pagoda", "japanese pagoda", "stupa", "tiered tower", "buddhist temple"),
    kinds=("five storey pagoda", "chinese temple", "japanese temple"),
    parts=("base", "wall", "door", "roof", "spire"),
    aliases={"tier": "roof", "storey": "wall", "story": "wall", "eaves": "roof", "finial": "spire"},
)
