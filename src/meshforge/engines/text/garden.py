"""Garden plant templates: potted plant, bush (trees, flowers and cacti have their own)."""

from __future__ import annotations

import math

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    Vec3,
    cylinder,
    ellipsoid,
    rod,
    rounded_box,
    sphere,
    union,
    vessel,
)

POTS: tuple[RGB, ...] = (
    (195, 105, 70),
    (240, 238, 230),
    (60, 60, 65),
    (70, 110, 160),
    (210, 200, 180),
)
SOIL: RGB = (80, 55, 35)
GREENS: tuple[RGB, ...] = ((60, 130, 60), (80, 150, 70), (45, 110, 55), (100, 160, 80))
BLOOMS: tuple[RGB, ...] = (
    (220, 40, 60),
    (245, 245, 240),
    (240, 130, 170),
    (250, 200, 40),
    (150, 90, 200),
)
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


def build_bush(a: Assembly) -> None:
    """A rounded shrub of clustered leafy balls, sometimes in flower; "hedge" trims it square."""
    shades = a.pick(GREENS), a.pick(GREENS)
    if a.mentions("hedge", "hedgerow"):
        length, height = a.vary(2.0, 0.15), a.vary(1.0, 0.1)
        hedge = rounded_box((length, 0.7, height), 0.15, a.segments(0.15), (0, 0, height / 2))
        a.add(hedge, "leaf", shades[0])
        return
    radius = a.vary(0.6, 0.15)
    balls: list[tuple[Vec3, float]] = [((0.0, 0.0, radius * 0.75), radius * 0.8)]
    count = a.pick((6, 7, 8))
    for k in range(count):
        angle = k * 2 * math.pi / count + a.between(-0.3, 0.3)
        r = radius * a.between(0.45, 0.6)
        at = (radius * 0.65 * math.cos(angle), radius * 0.65 * math.sin(angle), r * 0.8)
        balls.append((at, r))
    for k in range(3):
        angle = k * 2 * math.pi / 3 + a.between(0, 1)
        r = radius * a.between(0.4, 0.5)
        balls.append(
            ((radius * 0.35 * math.cos(angle), radius * 0.35 * math.sin(angle), radius * 1.15), r)
        )
    lumps = a.segments(radius * 0.1)  # leafy lumps need no more than about half the full count
    for k, (at, r) in enumerate(balls):
        a.add(sphere(r, lumps, at), "leaf", shades[k % 2])
    if a.maybe("flower", 0.35, "flowering", "blooming", "berry", "rose", "azalea"):
        color = a.pick(BLOOMS)
        blooms = []
        for _ in range(18):
            at, r = balls[int(a.between(0, len(balls) - 0.01))]
            yaw, pitch = a.between(0, 2 * math.pi), a.between(0.1, 1.3)
            spot = (
                at[0] + r * 0.96 * math.cos(yaw) * math.cos(pitch),
                at[1] + r * 0.96 * math.sin(yaw) * math.cos(pitch),
                at[2] + r * 0.96 * math.sin(pitch),
            )
            blooms.append(sphere(radius * 0.085, 12, spot))
        a.add(union(blooms), "flower", color, Tier.SECONDARY)


TEMPLATES = (
    Template(
        "potted plant",
        build_potted_plant,
        0.4,
        synonyms=(
            "houseplant",
            "house plant",
            "pot plant",
            "snake plant",
            "indoor plant",
            "monstera",
        ),
        parts=("pot", "soil", "leaf", "stem"),
        aliases={"planter": "pot", "stalk": "stem", "foliage": "leaf", "dirt": "soil"},
    ),
    Template(
        "bush",
        build_bush,
        1.0,
        synonyms=("shrub", "hedge", "shrubbery", "boxwood"),
        parts=("leaf", "flower"),
        aliases={"foliage": "leaf", "blossom": "flower", "berry": "flower", "bloom": "flower"},
    ),
)
