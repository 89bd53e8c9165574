"""A dagger held point up: a short double-edged blade, a guard, a wrapped grip, a pommel."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, DARK_STEEL, LEATHERS, STEEL, leaf_blade
from meshforge.engines.text.kit.solids import box, capsule, cylinder, sphere, torus

GUARDS: tuple[RGB, ...] = (BRASS, DARK_STEEL, STEEL)


def build_dagger(a: Assembly) -> None:
    """A dagger held point up: a short double-edged blade, a guard, a wrapped grip, a pommel."""
    blade_len = a.vary(0.22, 0.15)
    width = blade_len * a.between(0.16, 0.24)
    grip_len = a.vary(0.1, 0.1)
    r = 0.011
    guard_z = grip_len + 0.02
    blade = leaf_blade(blade_len, width, 0.008, guard_z, a.between(0.05, 0.3))
    a.add(blade, "blade", STEEL)
    metal = a.pick(GUARDS)
    guard_w = width * a.between(2.0, 2.8)
    if a.chance(0.5):
        guard = capsule(
            (-guard_w / 2, 0, guard_z), (guard_w / 2, 0, guard_z), 0.008, a.segments(0.008)
        )
    else:
        guard = box((guard_w, 0.02, 0.014), (0, 0, guard_z))
    a.add(guard, "guard", metal, Tier.SECONDARY)
    leather = a.pick(LEATHERS)
    a.add(cylinder(r, grip_len, a.segments(r), (0, 0, 0.02)), "grip", leather, Tier.FIXED)
    for k in range(3):
        z = 0.02 + (k + 0.5) * grip_len / 3
        a.add(torus(r * 1.03, 0.0025, a.segments(r), (0, 0, z)), "grip", leather, Tier.FIXED)
    a.add(sphere(r * 1.6, a.segments(r * 2), (0, 0, 0.018)), "pommel", metal, Tier.SECONDARY)


TEMPLATE = Template(
    "dagger",
    build_dagger,
    0.35,
    description="a short double-edged stabbing blade with a crossguard and a grip",
    synonyms=("dirk", "stiletto", "poniard", "kris", "athame"),
    kinds=("throwing knife", "combat knife", "assassin dagger", "ceremonial dagger"),
    parts=("blade", "guard", "grip", "pommel"),
    aliases={"handle": "grip", "hilt": "grip", "crossguard": "guard"},
)
