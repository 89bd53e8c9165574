"""A pitcher plant: a cluster of upright trumpet pitchers, open at the top under a hooded lid,
green below and veined red towards the mouth, in a pot with a few strap leaves."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.houseplants import potted
from meshforge.engines.text.kit.solids import capsule, ellipsoid, torus, union, vessel

GREENS: tuple[RGB, ...] = ((120, 165, 60), (95, 145, 55), (140, 170, 70))
MOUTHS: tuple[RGB, ...] = ((170, 40, 50), (130, 30, 60), (190, 70, 50))


def build_pitcher_plant(a: Assembly) -> None:
    """A pitcher plant: upright trumpet pitchers with hooded lids, in a pot."""
    pot_r = a.vary(0.07, 0.1)
    soil_z = potted(a, pot_r, pot_r * 1.4)
    green, mouth = a.pick(GREENS), a.pick(MOUTHS)
    count = a.count("pitcher", a.pick((3, 4, 5)), 1, 8)
    tubes, rims, lids = [], [], []
    for k in range(count):
        yaw = 2 * math.pi * k / count + a.between(-0.3, 0.3)
        spot = 0.0 if count == 1 else pot_r * 0.45
        x, y = spot * math.cos(yaw), spot * math.sin(yaw)
        tall, r = a.vary(0.3, 0.2), a.vary(0.022, 0.1)
        outline = [(r * 0.25, 0.0), (r * 0.6, tall * 0.3), (r, tall * 0.8), (r * 1.2, tall)]
        lean = a.between(3, 10)
        pitcher = vessel(outline, 0.003, tall * 0.2, a.segments(r))
        pitcher = pitcher.translate((0, 0, -0.03)).rotate((0, lean, math.degrees(yaw)))
        tubes.append(pitcher.translate((x, y, soil_z)))
        rim = torus(r * 1.2, 0.004, a.segments(r), (0, 0, tall - 0.03))
        rims.append(rim.rotate((0, lean, math.degrees(yaw))).translate((x, y, soil_z)))
        # the lid: a hood leaning over the mouth from its outer edge
        lid = ellipsoid((r * 1.3, r * 1.1, 0.003), 16).rotate((0, -35, 0))
        lid = lid.translate((r * 1.6, 0, tall + r * 0.2 - 0.03))
        lid = lid + capsule(
            (r * 1.15, 0, tall - 0.03), (r * 1.6, 0, tall + r * 0.2 - 0.03), 0.003, 6
        )
        lids.append(lid.rotate((0, lean, math.degrees(yaw))).translate((x, y, soil_z)))
    a.add(union(tubes), "pitcher", green)
    a.add(union(rims), "rim", mouth, Tier.SECONDARY)
    a.add(union(lids), "lid", mouth, Tier.SECONDARY)
    leaves = []
    for k in range(a.pick((3, 4))):
        yaw = 2 * math.pi * (k + 0.5) / 4
        end = (pot_r * 1.5 * math.cos(yaw), pot_r * 1.5 * math.sin(yaw), soil_z + 0.03)
        leaves.append(spindle((0, 0, soil_z - 0.01), end, 0.015, 10, 0.3))
    a.add(union(leaves), "leaf", green, Tier.FIXED)


TEMPLATE = Template(
    "pitcher plant",
    build_pitcher_plant,
    0.4,
    description="a carnivorous plant of upright tube-shaped pitchers with hooded lids",
    synonyms=("pitcher plants", "nepenthes", "sarracenia", "trumpet pitcher"),
    kinds=("monkey cup", "tropical pitcher plant"),
    parts=("pot", "soil", "pitcher", "rim", "lid", "leaf"),
    aliases={
        "pitchers": "pitcher",
        "tube": "pitcher",
        "tubes": "pitcher",
        "hood": "lid",
        "leaves": "leaf",
        "mouth": "rim",
    },
)
