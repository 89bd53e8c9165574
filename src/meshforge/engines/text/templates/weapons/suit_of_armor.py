"""An empty suit of plate armour on a display stand: helm, cuirass, pauldrons, arms and legs."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, dome, ellipsoid, rounded_box, sphere

STEELS: tuple[RGB, ...] = ((190, 194, 202), (160, 163, 170), (215, 180, 90))
DARK: RGB = (35, 35, 38)
STAND: tuple[RGB, ...] = ((90, 60, 35), (60, 40, 25))


def build_suit_of_armor(a: Assembly) -> None:
    """An empty suit of plate armour on a display stand: helm, cuirass, pauldrons, limbs."""
    s = a.vary(1.0, 0.05)
    g = a.vary(1.0, 0.08)
    steel = a.pick(STEELS)
    base_h = 0.08 * s
    a.add(box((0.7 * s, 0.5 * s, base_h), (0, 0, base_h / 2)), "stand", STAND, Tier.FIXED)
    hip, shoulder = base_h + 0.92 * s, base_h + 1.42 * s
    for side in (-1, 1):
        x = side * 0.11 * s * g
        knee = (x, -0.02 * s, base_h + 0.5 * s)
        a.add(capsule((x, 0, hip), knee, 0.08 * s * g, a.segments(0.08)), "leg", steel)
        a.add(capsule(knee, (x, 0, base_h + 0.1 * s), 0.07 * s * g, a.segments(0.07)), "leg", steel)
        a.add(sphere(0.085 * s * g, 16, knee), "leg", steel)
        sabaton = rounded_box(
            (0.13 * s, 0.28 * s, 0.1 * s), 0.04 * s, 12, (x, -0.05 * s, base_h + 0.04 * s)
        )
        a.add(sabaton, "leg", steel)
    # cuirass: a chest swelling forward over a narrower waist, with a skirt of plates (faulds)
    chest = ellipsoid(
        (0.24 * s * g, 0.17 * s * g, 0.26 * s),
        a.segments(0.24),
        (0, -0.01 * s, shoulder - 0.18 * s),
    )
    waist = rounded_box((0.36 * s * g, 0.24 * s * g, 0.2 * s), 0.06 * s, 12, (0, 0, hip + 0.1 * s))
    a.add(Manifold.batch_hull([chest, waist]), "cuirass", steel)
    for k in range(3):
        z = hip + 0.02 * s - k * 0.07 * s
        a.add(
            rounded_box(
                ((0.4 + 0.03 * k) * s * g, (0.27 + 0.02 * k) * s * g, 0.07 * s),
                0.03 * s,
                12,
                (0, 0, z),
            ),
            "cuirass",
            steel,
        )
    for side in (-1, 1):
        top = (side * 0.26 * s * g, 0.0, shoulder - 0.04 * s)
        a.add(
            dome((0.14 * s, 0.14 * s, 0.1 * s), a.segments(0.14), (top[0], 0, top[2] - 0.02 * s)),
            "pauldron",
            steel,
            Tier.SECONDARY,
        )
        elbow = (side * 0.3 * s * g, 0.02 * s, shoulder - 0.3 * s)
        hand = (side * 0.31 * s * g, -0.1 * s, hip - 0.02 * s)
        a.add(capsule(top, elbow, 0.06 * s, a.segments(0.06)), "arm", steel)
        a.add(capsule(elbow, hand, 0.055 * s, a.segments(0.06)), "arm", steel)
        a.add(sphere(0.065 * s, 12, hand), "gauntlet", steel, Tier.SECONDARY)
    helm_z = shoulder + 0.05 * s
    a.add(
        capsule((0, 0, helm_z), (0, 0, helm_z + 0.17 * s), 0.13 * s, a.segments(0.13)),
        "helmet",
        steel,
    )
    a.add(
        box((0.2 * s, 0.06 * s, 0.025 * s), (0, -0.12 * s, helm_z + 0.13 * s)),
        "visor",
        DARK,
        Tier.FIXED,
    )
    a.add(box((0.025 * s, 0.24 * s, 0.3 * s), (0, -0.01 * s, helm_z + 0.12 * s)), "helmet", steel)
    if a.maybe("plume", 0.4):
        plume = ellipsoid((0.04 * s, 0.14 * s, 0.07 * s), 16, (0, 0.06 * s, helm_z + 0.33 * s))
        a.add(plume, "plume", (180, 30, 35), Tier.FIXED)


TEMPLATE = Template(
    "suit of armor",
    build_suit_of_armor,
    1.8,
    description="an empty medieval suit of shining steel plate armour standing on a stand",
    synonyms=(
        "suit of armour",
        "armor",
        "armour",
        "plate armor",
        "plate armour",
        "knight armor",
        "knight armour",
        "medieval armor",
        "medieval armour",
        "full plate",
        "armor suit",
        "armour suit",
    ),
    kinds=("armor stand", "armour stand", "body armor", "battle armor"),
    parts=("cuirass", "helmet", "visor", "pauldron", "arm", "gauntlet", "leg", "plume", "stand"),
    aliases={
        "breastplate": "cuirass",
        "chest": "cuirass",
        "helm": "helmet",
        "glove": "gauntlet",
        "shoulder": "pauldron",
        "base": "stand",
    },
)
