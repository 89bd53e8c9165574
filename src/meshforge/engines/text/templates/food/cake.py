"""A round layer cake: frosted tiers, a piped border, cherries and lit candles on top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CANDY, ICINGS
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

SPONGES: tuple[RGB, ...] = ((240, 215, 160), (95, 55, 35), (235, 170, 160))
CHERRY: RGB = (190, 25, 40)
FLAME: RGB = (255, 190, 50)
PLATE: RGB = (240, 240, 240)


def build_cake(a: Assembly) -> None:
    """A round layer cake: frosted tiers, a piped border, cherries and lit candles on top."""
    icing = a.pick(ICINGS)
    tiers = a.count("tier", 3 if a.mentions("wedding") else a.pick((1, 1, 2)), 1, 4)
    radius = a.vary(0.11, 0.12) * (1.25 if tiers > 2 else 1.0)
    plate_r = radius * 1.18
    a.add(cylinder(plate_r, 0.008, a.segments(plate_r)), "plate", PLATE, Tier.FIXED)
    z = 0.008
    layer_h = a.vary(0.085, 0.12) if tiers == 1 else a.vary(0.07, 0.1)
    for k in range(tiers):
        r = radius * (1 - 0.28 * k)
        a.add(cylinder(r, layer_h, a.segments(r), (0, 0, z - 0.001)), "icing", icing)
        if tiers == 1 and a.maybe("filling", 0.5):
            band = cylinder(r + 0.002, layer_h * 0.08, a.segments(r), (0, 0, z + layer_h * 0.45))
            a.add(band, "filling", a.pick(SPONGES), Tier.SECONDARY)
        if a.wants("border"):
            bead = min(0.008, r * 0.08)
            a.add(
                hoop(r - bead * 0.3, bead, a.segments(r), (0, 0, z + layer_h)),
                "border",
                icing,
                Tier.SECONDARY,
            )
            a.add(
                hoop(r - bead * 0.3, bead, a.segments(r), (0, 0, z + bead * 0.6)),
                "border",
                icing,
                Tier.SECONDARY,
            )
        z += layer_h
    top_r = radius * (1 - 0.28 * (tiers - 1))
    if a.maybe("cherry", 0.5, "cherries"):
        n = a.count("cherry", 6 if top_r > 0.07 else 3, 1, 12)
        berries = [
            sphere(
                0.009,
                12,
                (
                    (top_r * 0.72) * math.cos(2 * math.pi * i / n),
                    (top_r * 0.72) * math.sin(2 * math.pi * i / n),
                    z + 0.006,
                ),
            )
            for i in range(n)
        ]
        a.add(union(berries), "cherry", CHERRY, Tier.FIXED)
    if a.maybe("candle", 0.6, "birthday", "candles"):
        n = a.count("candle", a.pick((1, 3, 5)), 1, 12)
        ring = 0.0 if n == 1 else top_r * 0.4
        color = a.pick(CANDY)
        for i in range(n):
            x = ring * math.cos(2 * math.pi * i / n + 0.3)
            y = ring * math.sin(2 * math.pi * i / n + 0.3)
            a.add(cylinder(0.0035, 0.05, 8, (x, y, z - 0.002)), "candle", color, Tier.FIXED)
            flame = ellipsoid((0.004, 0.004, 0.008), 8, (x, y, z + 0.055))
            a.add(flame, "flame", FLAME, Tier.FIXED)


TEMPLATE = Template(
    "cake",
    build_cake,
    0.12,
    description="a round frosted layer cake with candles on a plate",
    synonyms=("birthday cake", "layer cake", "wedding cake", "gateau", "chocolate cake"),
    kinds=(
        "sponge cake",
        "cheesecake",
        "black forest cake",
        "tiered cake",
        "torte",
        "carrot cake",
        "pound cake",
        "bundt cake",
        "fruit cake",
        "cake slice",
        "slice of cake",
    ),
    parts=("icing", "filling", "border", "cherry", "candle", "flame", "plate", "tier"),
    aliases={"frosting": "icing", "layer": "tier", "stand": "plate"},
)
