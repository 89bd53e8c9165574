"""A table lamp (or a floor lamp when asked): base, stem, bulb and a conical shade."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, sphere

SHADES: tuple[RGB, ...] = (
    (245, 235, 210),
    (250, 250, 245),
    (180, 50, 50),
    (60, 110, 90),
    (50, 80, 140),
)


BULB: RGB = (255, 245, 200)


def build_lamp(a: Assembly) -> None:
    """A table lamp (or a floor lamp when asked): base, stem, bulb and a conical shade."""
    floor = a.mentions("floor", "standing", "standard")
    height = a.vary(1.6 if floor else 0.5, 0.1)
    metal = a.pick(LAMP_METALS)
    base_r = a.vary(0.16 if floor else 0.1, 0.15)
    if not floor and a.chance(0.5):  # a turned ceramic body instead of a flat foot
        belly = base_r * 1.1
        profile = [
            (0.0, 0.0),
            (base_r * 0.8, 0.0),
            (belly, height * 0.18),
            (base_r * 0.35, height * 0.42),
            (0.015, height * 0.45),
            (0.0, height * 0.45),
        ]
        a.add(lathe(profile, a.segments(belly)), "base", a.pick(SHADES), Tier.SECONDARY)
    else:
        a.add(
            cylinder(base_r, 0.03, a.segments(base_r), (0, 0, 0), base_r * 0.85),
            "base",
            metal,
            Tier.SECONDARY,
        )
    shade_low = height * 0.68
    a.add(
        rod((0, 0, 0.02), (0, 0, shade_low + 0.03), 0.012 if not floor else 0.018, 12),
        "stem",
        metal,
        Tier.FIXED,
    )
    a.add(sphere(0.035, a.segments(0.035), (0, 0, shade_low + 0.05)), "bulb", BULB, Tier.FIXED)
    if a.wants("shade"):
        bottom_r = a.vary(0.19 if not floor else 0.24, 0.15)
        top_r = bottom_r * a.between(0.55, 0.85)
        top = height
        wall = 0.006
        band = [
            (bottom_r, shade_low),
            (top_r, top),
            (top_r - wall, top),
            (bottom_r - wall, shade_low),
        ]
        a.add(lathe(band, a.segments(bottom_r)), "shade", a.pick(SHADES))
        for k in range(3):  # spider arms from the stem to the shade's top ring
            angle = 2 * math.pi * k / 3
            # the wall's middle 1 cm below the rim (the shade widens downwards)
            rim_r = top_r + (bottom_r - top_r) * 0.01 / (top - shade_low) - wall / 2
            rim = (rim_r * math.cos(angle), rim_r * math.sin(angle), top - 0.01)
            a.add(rod((0, 0, shade_low + 0.03), rim, 0.004, 6), "stem", metal, Tier.FIXED)


TEMPLATE = Template(
    "lamp",
    build_lamp,
    0.5,
    description="a light with a lampshade",
    synonyms=(
        "table lamp",
        "floor lamp",
        "lampshade",
        "reading lamp",
        "bedside lamp",
    ),
    kinds=("lantern", "oil lamp", "night light", "reading light", "standard lamp"),
    not_claimed=("jack o lantern",),
    parts=("base", "stem", "shade", "bulb"),
    aliases={"lampshade": "shade", "pole": "stem", "light": "bulb"},
)
