"""The clothing archetype: a garment on a dress form, for clothes with no template of their own.

"A scarf" or "a raincoat" is shown the way shops show clothes: a tailor's torso on a stand,
wearing a garment in the prompt's colours and material, so it reads as something to wear.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rod, sphere, union

CATEGORY = "clothing"
FABRICS = ((70, 90, 150), (170, 50, 60), (200, 180, 140), (60, 60, 65), (90, 130, 90))
FORM = (225, 215, 195)
STAND = (60, 50, 45)


def build_clothing(a: Assembly) -> None:
    """A torso form on a pole and tripod foot, dressed in a seeded garment."""
    s = a.vary(1.0, 0.05)
    chest_z = 1.25 * s
    # the form: shoulders, chest and hips as one smooth torso
    torso = union(
        [
            ellipsoid((0.2 * s, 0.12 * s, 0.16 * s), a.segments(0.2 * s), (0.0, 0.0, chest_z)),
            ellipsoid(
                (0.16 * s, 0.1 * s, 0.2 * s), a.segments(0.2 * s), (0.0, 0.0, chest_z - 0.2 * s)
            ),
            ellipsoid(
                (0.18 * s, 0.12 * s, 0.12 * s), a.segments(0.2 * s), (0.0, 0.0, chest_z - 0.38 * s)
            ),
        ]
    )
    a.add(torso, "form", FORM, Tier.FIXED)
    a.add(
        rod((0.0, 0.0, chest_z + 0.1 * s), (0.0, 0.0, chest_z + 0.22 * s), 0.05 * s, 16),
        "form",
        FORM,
        Tier.FIXED,
    )
    a.add(sphere(0.04 * s, 12, (0.0, 0.0, chest_z + 0.24 * s)), "form", STAND, Tier.FIXED)
    a.add(
        rod((0.0, 0.0, 0.05), (0.0, 0.0, chest_z - 0.45 * s), 0.018 * s, 12),
        "stand",
        STAND,
        Tier.FIXED,
    )
    for k in range(3):
        leg = rod((0.0, 0.0, 0.06), (0.0, 0.25 * s, 0.01), 0.015 * s, 8).rotate((0, 0, 120 * k))
        a.add(leg, "stand", STAND, Tier.FIXED)
    # the garment: a shell just outside the form, cut to a top, a dress or a wrap
    kind = a.pick(("top", "dress", "wrap"))
    grow = 1.06
    garment = [
        ellipsoid(
            (0.2 * s * grow, 0.12 * s * grow, 0.16 * s * grow),
            a.segments(0.2 * s),
            (0.0, 0.0, chest_z),
        ),
        ellipsoid(
            (0.16 * s * grow, 0.1 * s * grow, 0.2 * s * grow),
            a.segments(0.2 * s),
            (0.0, 0.0, chest_z - 0.2 * s),
        ),
    ]
    if kind == "dress":
        garment.append(
            cylinder(
                0.32 * s, 0.55 * s, a.segments(0.3 * s), (0.0, 0.0, chest_z - 0.9 * s), 0.17 * s
            )
        )
    elif kind == "wrap":
        garment.append(
            rod(
                (0.0, 0.0, chest_z + 0.1 * s),
                (0.0, 0.0, chest_z + 0.2 * s),
                0.08 * s,
                a.segments(0.1 * s),
            )
        )
        garment.append(
            rod(
                (0.06 * s, -0.1 * s, chest_z + 0.12 * s),
                (0.09 * s, -0.14 * s, chest_z - 0.35 * s),
                0.035 * s,
                12,
            )
        )
    for side in (-1, 1):  # short sleeves
        garment.append(
            rod(
                (side * 0.16 * s, 0.0, chest_z + 0.06 * s),
                (side * 0.27 * s, 0.0, chest_z - 0.06 * s),
                0.06 * s,
                16,
            )
        )
    a.add(union(garment), "garment", FABRICS)


TEMPLATE = Template(
    "garment",
    build_clothing,
    1.6,
    description="a piece of clothing of no particular kind, shown on a dress form",
    parts=("garment", "form", "stand"),
    aliases={"fabric": "garment", "cloth": "garment", "mannequin": "form"},
)
