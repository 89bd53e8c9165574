"""A houseplant in a pot: arching leaves on stalks, or upright blades ("snake plant")."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GREENS
from meshforge.engines.text.kit.solids import Vec3, cylinder, ellipsoid, rod, union, vessel

POTS: tuple[RGB, ...] = (
    (195, 105, 70),
    (240, 238, 230),
    (60, 60, 65),
    (70, 110, 160),
    (210, 200, 180),
)


SOIL: RGB = (80, 55, 35)


GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def build_potted_plant(a: Assembly) -> None:
    """A houseplant in a pot: arching leaves on stalks, or upright blades ("snake plant")."""
    pot_r, pot_h = a.vary(0.1, 0.12), a.vary(0.17, 0.12)
    outline = [
        (pot_r * 0.72, 0.0),
        (pot_r, pot_h - 0.02),
        (pot_r * 1.06, pot_h - 0.02),
        (pot_r * 1.06, pot_h),
    ]
    if a.wants("pot"):
        a.add(vessel(outline, 0.01, 0.015, a.segments(pot_r)), "pot", a.pick(POTS))
    soil_z = pot_h - 0.03
    # soil fills the pot from its floor up, so that no sealed void is left under it
    soil = cylinder(
        pot_r * 0.72 - 0.004, soil_z - 0.01, a.segments(pot_r), (0, 0, 0.01), pot_r * 0.95
    )
    a.add(soil, "soil", SOIL, Tier.FIXED)
    green = a.pick(GREENS)
    if a.mentions("snake", "sansevieria", "aloe", "spiky") or a.chance(0.3):
        blades = a.count("leaf", a.pick((6, 7, 9)), 3, 14)
        for k in range(blades):
            yaw, lean = k * GOLDEN_ANGLE, a.between(4, 16)
            tall = a.vary(0.32, 0.2)
            blade = ellipsoid((0.024, 0.007, tall / 2), a.segments(0.024), (0, 0, tall / 2))
            at = (pot_r * 0.35 * math.cos(yaw), pot_r * 0.35 * math.sin(yaw), soil_z - 0.03)
            a.add(
                blade.rotate((0, lean, 0)).rotate((0, 0, math.degrees(yaw))).translate(at),
                "leaf",
                green,
                Tier.FIXED,
            )
        return
    leaves = a.count("leaf", a.pick((9, 11, 13)), 3, 20)
    stalks = []
    for k in range(leaves):
        yaw, pitch = k * GOLDEN_ANGLE, math.radians(a.between(20, 70))
        reach = a.vary(0.14, 0.25)
        tip: Vec3 = (
            reach * math.cos(yaw) * math.cos(pitch),
            reach * math.sin(yaw) * math.cos(pitch),
            soil_z + reach * math.sin(pitch),
        )
        stalks.append(rod((0, 0, soil_z - 0.02), tip, 0.004, 8))
        length = a.vary(0.12, 0.15)
        leaf = ellipsoid((length / 2, length * 0.22, 0.005), a.segments(length * 0.15))
        # turned to point along the stalk, then drooped a little past its end
        leaf = (
            leaf.translate((length / 2 - 0.01, 0, 0))
            .rotate((0, -math.degrees(pitch) + 25, 0))
            .rotate((0, 0, math.degrees(yaw)))
        )
        a.add(leaf.translate(tip), "leaf", green, Tier.FIXED)
    a.add(union(stalks), "stem", green, Tier.FIXED)


TEMPLATE = Template(
    "potted plant",
    build_potted_plant,
    0.4,
    description="a green leafy plant growing in a pot",
    synonyms=(
        "houseplant",
        "house plant",
        "pot plant",
        "snake plant",
        "indoor plant",
    ),
    kinds=(
        "pothos",
        "philodendron",
        "ficus",
        "rubber plant",
        "spider plant",
        "peace lily",
        "dracaena",
    ),
    parts=("pot", "soil", "leaf", "stem"),
    aliases={"planter": "pot", "stalk": "stem", "foliage": "leaf", "dirt": "soil"},
)
