"""Broccoli: a thick pale stalk branching into a domed crown of bumpy green florets."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import rod, sphere

FLORETS: tuple[RGB, ...] = ((60, 130, 50), (50, 115, 45), (75, 140, 60))
STALK: RGB = (150, 185, 110)


def build_broccoli(a: Assembly) -> None:
    """Broccoli: a thick pale stalk branching into a domed crown of bumpy green florets."""
    height = a.vary(0.18, 0.12)
    crown_r = a.vary(0.075, 0.12)
    green = a.pick(FLORETS)
    if a.mentions("cauliflower"):  # the same build, creamy white
        green = (240, 235, 215)
    elif a.mentions("romanesco"):
        green = (150, 200, 80)
    stalk_top = height * 0.5
    a.add(
        rod((0, 0, 0), (0, 0, stalk_top), 0.02, a.segments(0.02), 0.026),
        "stalk",
        STALK,
        Tier.SECONDARY,
    )
    center_z = height - crown_r * 0.8
    count = a.pick((7, 8, 9))
    for azimuth, frac in golden_points(count):
        # each floret: a branch from the stalk out to a clump of small balls on the dome
        tilt = math.radians(15 + 60 * frac)
        d = (math.sin(tilt) * math.cos(azimuth), math.sin(tilt) * math.sin(azimuth), math.cos(tilt))
        tip = (d[0] * crown_r * 0.75, d[1] * crown_r * 0.75, center_z + d[2] * crown_r * 0.6)
        a.add(rod((0, 0, stalk_top - 0.01), tip, 0.009, 8, 0.006), "stalk", STALK, Tier.SECONDARY)
        bud = crown_r * a.between(0.4, 0.5)
        a.add(sphere(bud, a.segments(bud), tip), "floret", green)
        for k in range(3):
            t = azimuth + k * 2.1
            nub = (
                tip[0] + bud * 0.7 * math.cos(t),
                tip[1] + bud * 0.7 * math.sin(t),
                tip[2] + bud * 0.35,
            )
            a.add(sphere(bud * 0.5, 10, nub), "floret", green)
    a.add(
        sphere(crown_r * 0.55, a.segments(crown_r), (0, 0, center_z + crown_r * 0.35)),
        "floret",
        green,
    )


TEMPLATE = Template(
    "broccoli",
    build_broccoli,
    0.18,
    description="a green vegetable with a thick stalk and a crown of tiny florets",
    synonyms=("brocoli", "broccoli floret", "head of broccoli", "brocolli", "calabrese"),
    kinds=("broccolini", "romanesco", "cauliflower", "tenderstem broccoli"),
    parts=("stalk", "floret"),
    aliases={"stem": "stalk", "florets": "floret", "crown": "floret", "head": "floret"},
)
