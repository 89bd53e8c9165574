"""A wooden barrel: bulging staves held by iron hoops, the lid set in below the rim."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, subtract, union, vessel

BARREL_WOODS: tuple[RGB, ...] = ((160, 105, 60), (135, 85, 50), (185, 130, 80))


HOOP: RGB = (70, 70, 75)


def _barrel_radius(z: float, height: float, end_r: float, belly_r: float) -> float:
    """The radius of a barrel's bulging side at height ``z``."""
    return end_r + (belly_r - end_r) * math.sin(math.pi * z / height)


def build_barrel(a: Assembly) -> None:
    """A wooden barrel: bulging staves held by iron hoops, the lid set in below the rim."""
    height, belly = a.vary(0.9, 0.1), a.vary(0.32, 0.08)
    end_r = belly * a.vary(0.84, 0.04)
    samples = np.linspace(0.0, height, 17)
    side = [(_barrel_radius(float(z), height, end_r, belly), float(z)) for z in samples]
    body = vessel(side, 0.025, height - 0.04, a.segments(belly))
    wood = a.pick(BARREL_WOODS)
    hoops = []
    for share in (0.08, 0.3, 0.7, 0.92):
        z0, z1 = height * share - 0.025, height * share + 0.025
        r0 = _barrel_radius(z0, height, end_r, belly) + 0.006
        r1 = _barrel_radius(z1, height, end_r, belly) + 0.006
        hoops.append(cylinder(r0, z1 - z0, a.segments(belly), (0, 0, z0), r1))
    if a.maybe("stave", 0.6):  # shallow grooves between the staves
        grooves = [
            box((0.006, belly * 2.4, height), (0, 0, height / 2)).rotate((0, 0, 180 * k / 9))
            for k in range(9)
        ]
        body = subtract(
            body, subtract(union(grooves), cylinder(belly - 0.01, height + 1, 32, (0, 0, -0.5)))
        )
    a.add(body, "body", wood)
    a.add(union(hoops), "hoop", HOOP, Tier.SECONDARY)


TEMPLATE = Template(
    "barrel",
    build_barrel,
    0.9,
    description="a round wooden container bound with metal hoops",
    synonyms=("cask", "keg", "wine barrel", "wooden barrel", "whiskey barrel"),
    kinds=("hogshead", "firkin", "oil drum"),
    parts=("body", "hoop", "stave"),
    aliases={"band": "hoop", "ring": "hoop", "plank": "stave"},
)
