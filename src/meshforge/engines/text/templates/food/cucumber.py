"""A cucumber: a long dark-green ribbed body with blunt ends, often cut to show pale slices."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import round_fruit
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, union
from meshforge.engines.text.kit.vegetables import lying

SKINS: tuple[RGB, ...] = ((40, 90, 35), (55, 105, 40), (35, 75, 30))
FLESH: RGB = (200, 225, 160)
SEEDS: RGB = (235, 240, 205)


def _slice_face(a: Assembly, radius: float, thickness: float, at: tuple[float, float]) -> None:
    """A round slice lying flat: a dark rind, pale flesh, and three lobes of seeds in the middle."""
    x, y = at
    a.add(cylinder(radius, thickness, a.segments(radius), (x, y, 0.0)), "skin", SKINS)
    flesh = cylinder(radius * 0.9, thickness * 1.1, a.segments(radius), (x, y, 0.0))
    a.add(flesh, "flesh", FLESH, Tier.FIXED)
    lobes = [
        ellipsoid(
            (radius * 0.28, radius * 0.14, thickness * 0.2),
            12,
            (x + radius * 0.22 * math.cos(t), y + radius * 0.22 * math.sin(t), thickness * 1.1),
        )
        for t in (0.5, 0.5 + 2 * math.pi / 3, 0.5 + 4 * math.pi / 3)
    ]
    a.add(union(lobes), "seed", SEEDS, Tier.FIXED)


def build_cucumber(a: Assembly) -> None:
    """A cucumber: a long dark-green ribbed body with blunt ends, often cut to show pale slices."""
    length, radius = a.vary(0.22, 0.12), a.vary(0.022, 0.1)
    body = lying(
        round_fruit(radius, length, 0.7), length, a.segments(radius), 9, 0.025, radius * 0.25
    )
    body = body.rotate((0, 0, a.between(-20, 20)))
    if not (a.mentions("sliced", "slices", "cut", "slice") or a.chance(0.55)):
        a.add(body.translate((0, 0, radius)), "skin", SKINS)
        return
    # one end cut off square, the slices laid in front of it
    cut = length * 0.18
    a.add(body.trim_by_plane((-1, 0, 0), -cut).translate((0, 0, radius)), "skin", SKINS)
    face = cylinder(radius * 0.9, 0.002, a.segments(radius)).rotate((0, 90, 0))
    a.add(face.translate((cut - 0.0015, 0, radius)), "flesh", FLESH, Tier.FIXED)
    thickness = radius * 0.3
    for k in range(a.count("slice", 2, 1, 4)):
        _slice_face(a, radius, thickness, (cut + radius * (0.85 + 1.9 * k), -radius * 0.55))


TEMPLATE = Template(
    "cucumber",
    build_cucumber,
    0.05,
    description="a long green cucumber with a ribbed dark skin and pale slices",
    synonyms=("cucumbers", "cuke", "sliced cucumber", "cucumber slices", "gherkin", "pickle"),
    kinds=("english cucumber", "dill pickle"),
    not_claimed=("sea cucumber", "pickle jar"),
    parts=("skin", "flesh", "seed"),
    aliases={"peel": "skin", "rind": "skin", "seeds": "seed", "slices": "flesh", "body": "skin"},
)
