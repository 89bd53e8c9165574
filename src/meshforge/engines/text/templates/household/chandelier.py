"""A chandelier: a hanging chain to a central stem with curved arms holding candle lights and
crystals."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD, LAMP_METALS
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, lathe, rod, sphere, torus
from meshforge.engines.text.kit.sweeps import tube

CANDLE: RGB = (250, 248, 240)
FLAME: RGB = (255, 210, 90)
CRYSTAL: RGB = (220, 235, 245)


def build_chandelier(a: Assembly) -> None:
    """A chandelier: a hanging chain to a central stem with curved arms holding candle lights and
    crystals."""
    radius = a.vary(0.35, 0.12)
    metal = a.pick((GOLD, *LAMP_METALS))
    arms = a.count("arm", a.pick((5, 6, 8)), 3, 12)
    hub_z = a.vary(0.3, 0.1)
    chain = a.vary(0.4, 0.2)
    top = hub_z + 0.35 + chain
    # the canopy that meets the ceiling, the chain, then the stem and its bowl
    a.add(cylinder(0.08, 0.03, 16, (0, 0, top)), "canopy", metal)
    stem_top = hub_z - 0.05 + 0.36 + chain * 0.1
    for k in range(math.ceil((top - 0.01 - stem_top) / 0.036) + 1):  # links down into the stem
        link = torus(0.018, 0.005, 12).rotate((90, 0, 90 * (k % 2)))
        a.add(link.translate((0, 0, top - 0.01 - k * 0.036)), "chain", metal)
    stem = [
        (0.0, 0.0),
        (0.07, 0.0),
        (0.1, 0.05),
        (0.03, 0.12),
        (0.025, 0.3),
        (0.05, 0.33),
        (0.02, 0.36 + chain * 0.1),
        (0.0, 0.36 + chain * 0.1),
    ]
    a.add(lathe(stem, 24, (0, 0, hub_z - 0.05)), "stem", metal)
    a.add(sphere(0.035, 12, (0, 0, hub_z - 0.07)), "stem", metal)
    for k in range(arms):
        t = 2 * math.pi * k / arms
        c, s = math.cos(t), math.sin(t)
        path = [
            (0.05 * c, 0.05 * s, hub_z + 0.02),
            (radius * 0.5 * c, radius * 0.5 * s, hub_z - 0.06),
            (radius * c, radius * s, hub_z + 0.05),
        ]
        a.add(tube(path, 0.012, 10), "arm", metal)
        cup = (radius * c, radius * s, hub_z + 0.05)
        a.add(cylinder(0.035, 0.025, 12, cup), "arm", metal)
        a.add(
            cylinder(0.013, 0.09, 10, (cup[0], cup[1], cup[2] + 0.02)), "candle", CANDLE, Tier.FIXED
        )
        flame = ellipsoid((0.012, 0.012, 0.025), 10, (cup[0], cup[1], cup[2] + 0.13))
        a.add(flame, "light", FLAME, Tier.FIXED)
        a.add(
            rod((cup[0], cup[1], cup[2] + 0.105), (cup[0], cup[1], cup[2] + 0.115), 0.003, 6),
            "light",
            FLAME,
            Tier.FIXED,
        )
        if a.wants("crystal"):
            drop = ellipsoid(
                (0.014, 0.014, 0.028), 8, (radius * 0.5 * c, radius * 0.5 * s, hub_z - 0.1)
            )
            a.add(drop, "crystal", CRYSTAL, Tier.FIXED)
            a.add(
                rod(
                    (radius * 0.5 * c, radius * 0.5 * s, hub_z - 0.075),
                    (radius * 0.5 * c, radius * 0.5 * s, hub_z - 0.055),
                    0.003,
                    6,
                ),
                "crystal",
                CRYSTAL,
                Tier.FIXED,
            )
    if a.wants("crystal"):
        a.add(torus(radius * 0.3, 0.008, 24, (0, 0, hub_z - 0.015)), "crystal", CRYSTAL, Tier.FIXED)


TEMPLATE = Template(
    "chandelier",
    build_chandelier,
    1.0,
    description="an ornate hanging ceiling light with many arms of candles and crystals",
    synonyms=(
        "crystal chandelier",
        "candelabra chandelier",
        "ceiling chandelier",
        "hanging chandelier",
        "candle chandelier",
    ),
    kinds=("gothic chandelier", "antler chandelier", "pendant chandelier"),
    parts=("canopy", "chain", "stem", "arm", "candle", "light", "crystal"),
    aliases={
        "arms": "arm",
        "candles": "candle",
        "bulb": "light",
        "flame": "light",
        "crystals": "crystal",
        "frame": "stem",
    },
)
