"""A straight sword held point up: diamond-section blade, crossguard, wrapped grip, pommel."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, cylinder, prism, sphere, torus

STEEL: RGB = (200, 205, 212)


GUARDS: tuple[RGB, ...] = ((200, 165, 70), (150, 150, 158), (120, 80, 40))


LEATHER: RGB = (85, 50, 30)


def build_sword(a: Assembly) -> None:
    """A straight sword held point up: diamond-section blade, crossguard, wrapped grip, pommel."""
    blade_len, width = a.vary(0.75, 0.12), a.vary(0.05, 0.15)
    thick = 0.009
    grip_len = a.vary(0.13, 0.15)
    guard_z = grip_len + 0.03
    lozenge = [(width / 2, 0.0), (0.0, thick / 2), (-width / 2, 0.0), (0.0, -thick / 2)]
    root = prism(lozenge, 0.01, (0, 0, guard_z))
    shoulder = prism(lozenge, 0.01, (0, 0, guard_z + blade_len * 0.85)).scale((0.85, 1.0, 1.0))
    tip = sphere(0.001, 8, (0, 0, guard_z + blade_len))
    a.add(Manifold.batch_hull([root, shoulder, tip]), "blade", STEEL)
    guard_w = a.vary(0.2, 0.15)
    guard_color = a.pick(GUARDS)
    if a.chance(0.5):
        guard = capsule(
            (-guard_w / 2, 0, guard_z), (guard_w / 2, 0, guard_z), 0.013, a.segments(0.013)
        )
    else:
        guard = box((guard_w, 0.03, 0.025), (0, 0, guard_z))
    a.add(guard, "guard", guard_color, Tier.SECONDARY)
    a.add(
        cylinder(0.014, grip_len + 0.01, a.segments(0.014), (0, 0, 0.025)),
        "grip",
        LEATHER,
        Tier.FIXED,
    )
    for k in range(4):
        z = 0.03 + (k + 0.5) * grip_len / 4
        a.add(torus(0.0145, 0.003, a.segments(0.014), (0, 0, z)), "grip", LEATHER, Tier.FIXED)
    a.add(sphere(0.024, a.segments(0.024), (0, 0, 0.024)), "pommel", guard_color, Tier.SECONDARY)


TEMPLATE = Template(
    "sword",
    build_sword,
    1.0,
    description="a weapon with a long metal blade and a hilt",
    synonyms=("blade", "katana", "saber", "sabre", "longsword", "broadsword", "rapier"),
    kinds=(
        "claymore",
        "gladius",
        "excalibur",
        "falchion",
        "greatsword",
        "zweihander",
        "wakizashi",
        "two handed sword",
        "knight sword",
        "knights sword",
        "samurai sword",
        "long sword",
        "short sword",
        "lightsaber",
        "light saber",
        "fantasy sword",
        "master sword",
    ),
    parts=("blade", "guard", "grip", "pommel"),
    aliases={"handle": "grip", "hilt": "grip", "crossguard": "guard"},
)
