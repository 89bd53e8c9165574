"""A chestplate on a stand: a curved steel cuirass with a centre ridge, a flared fauld, rivets."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import grown
from meshforge.engines.text.kit.gear import BRASS, DARK_STEEL, GOLD, LEATHERS, SILVER, STEEL, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, sphere, subtract, union


def build_chestplate(a: Assembly) -> None:
    """A chestplate on a stand: a steel cuirass, a centre ridge, a flared fauld, rivets."""
    width = a.vary(0.4, 0.06)
    depth = width * 0.6
    height = width * a.between(1.0, 1.15)
    metal = a.pick((STEEL, SILVER, DARK_STEEL, (170, 172, 178)))
    trim = a.pick((BRASS, GOLD, metal))
    base = 0.0
    if a.wants("stand"):
        wood = a.pick(WOODS)
        a.add(cylinder(width * 0.35, 0.03, a.segments(width * 0.35)), "stand", wood, Tier.FIXED)
        base = 0.28
        # the pole reaches up inside the chest, past the fauld
        a.add(rod((0, 0, 0.02), (0, 0, base + height * 0.5), 0.018, 10), "stand", wood, Tier.FIXED)
    seg = a.segments(width / 2)
    waist_z = base + height * 0.22
    # the chest: a hull of a narrow waist and a broad, deep chest, cut flat at neck and shoulders
    chest = Manifold.batch_hull(
        [
            ellipsoid((width * 0.4, depth * 0.42, 0.02), seg, (0, 0, waist_z)),
            ellipsoid(
                (width * 0.5, depth * 0.55, height * 0.28),
                seg,
                (0, -depth * 0.04, base + height * 0.62),
            ),
            ellipsoid((width * 0.42, depth * 0.45, 0.02), seg, (0, 0, base + height * 0.95)),
        ]
    )
    neck = ellipsoid(
        (width * 0.2, depth * 0.3, height * 0.14), seg, (0, -depth * 0.1, base + height * 1.0)
    )
    arms = [
        ellipsoid(
            (width * 0.14, depth * 0.5, height * 0.2),
            seg,
            (s * width * 0.52, 0, base + height * 0.8),
        )
        for s in (-1, 1)
    ]
    shell = subtract(chest, neck, *arms)
    a.add(shell, "plate", metal)
    # the medial ridge down the front, a raised keel
    ridge = box(
        (width * 0.03, depth, height * 0.72), (0, -depth * 0.2, base + height * 0.58)
    ) ^ grown(chest, 1.012)
    a.add(ridge, "ridge", metal)
    # the fauld: two flared lames below the waist
    for k in range(a.count("lame", 2, 1, 4)):
        z = waist_z - (k + 1) * height * 0.075
        lame = cylinder(
            width * (0.41 + 0.03 * k),
            height * 0.08,
            seg,
            (0, 0, z),
            top_radius=width * (0.39 + 0.03 * k),
        )
        a.add(lame.scale((1.0, 0.72, 1.0)), "fauld", metal)
    # a turned rim at the neck and the arm holes, and rivets along it
    surface = subtract(grown(chest, 1.015), grown(chest, 0.96))
    rim = surface ^ union([grown(neck, 1.12), *(grown(arm, 1.1) for arm in arms)])
    a.add(subtract(rim, neck, *arms), "trim", trim, Tier.SECONDARY)
    if a.maybe("rivet", 0.8, "rivets", "studded"):
        # a row across the waist, set into the plate's surface
        z = waist_z + height * 0.06
        rivets = [
            sphere(width * 0.016, 8, (x * width, -depth * 0.38, z))
            for x in (-0.18, -0.06, 0.06, 0.18)
        ]
        a.add(union(rivets), "rivet", trim, Tier.FIXED)
    if a.maybe("strap", 0.5, "straps", "leather"):
        for s in (-1, 1):
            strap = box(
                (width * 0.08, depth * 0.9, 0.012), (s * width * 0.26, 0, base + height * 0.96)
            )
            a.add(strap, "strap", a.pick(LEATHERS), Tier.FIXED)


TEMPLATE = Template(
    "chestplate",
    build_chestplate,
    0.75,
    description="a curved steel breastplate of plate armour covering the chest",
    synonyms=(
        "breastplate",
        "chest plate",
        "breast plate",
        "cuirass",
        "plate armor chest",
        "armor chestplate",
        "armour chestplate",
        "iron chestplate",
        "diamond chestplate",
    ),
    parts=("plate", "ridge", "fauld", "trim", "rivet", "strap", "stand"),
    aliases={
        "rim": "trim",
        "rivets": "rivet",
        "straps": "strap",
        "skirt": "fauld",
        "lames": "fauld",
    },
)
