"""A pencil sharpener: a small block with a cone-shaped hole and a blade."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, sphere, subtract

STEEL: RGB = (195, 198, 205)
DARK: RGB = (30, 30, 33)


def build_pencil_sharpener(a: Assembly) -> None:
    """A pencil sharpener: a small block with a cone-shaped hole and blade, or a desk crank
    sharpener."""
    color = a.pick((*BRIGHTS, STEEL))
    if a.mentions("crank", "desk", "electric", "rotary") or a.chance(0.35):
        size = a.vary(0.09, 0.1)
        body = rounded_box((size * 0.9, size * 1.1, size), 0.01, 12, (0, 0, size / 2))
        hole = rod((0, -size, size * 0.55), (0, -size * 0.3, size * 0.55), size * 0.06, 12)
        a.add(subtract(body, hole), "body", color)
        a.add(
            rod((0, -size * 0.55, size * 0.55), (0, -size * 0.6, size * 0.55), size * 0.14, 16),
            "body",
            color,
        )
        arm = rod((size * 0.45, 0.0, size * 0.6), (size * 0.55, 0.0, size * 0.6), size * 0.08, 12)
        a.add(arm, "crank", STEEL, Tier.FIXED)
        a.add(
            box((0.012, 0.01, size * 0.6), (size * 0.56, 0.0, size * 0.4)),
            "crank",
            STEEL,
            Tier.FIXED,
        )
        a.add(
            rod((size * 0.56, 0, size * 0.12), (size * 0.66, 0, size * 0.12), 0.008, 10),
            "crank",
            STEEL,
            Tier.FIXED,
        )
        a.add(sphere(0.013, 12, (size * 0.7, 0, size * 0.12)), "crank", DARK, Tier.FIXED)
        return
    size = a.vary(0.03, 0.12)
    body = rounded_box((size, size * 1.3, size * 0.75), 0.003, 8, (0, 0, size * 0.375))
    cone = (
        cylinder(size * 0.22, size * 1.1, 16, (0, 0, 0), 0.0)
        .rotate((90, 0, 0))
        .translate((0, -size * 0.66, size * 0.38))
    )
    a.add(subtract(body, cone), "body", color)
    a.add(
        box((size * 0.55, 0.002, size * 0.5), (size * 0.5, -size * 0.05, size * 0.38)),
        "blade",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        sphere(0.002, 8, (size * 0.5 + 0.001, -size * 0.05, size * 0.38)), "screw", DARK, Tier.FIXED
    )


TEMPLATE = Template(
    "pencil sharpener",
    build_pencil_sharpener,
    0.04,
    description="a small office tool with a blade for sharpening the point of a pencil",
    synonyms=("sharpener", "pencil sharpner", "manual pencil sharpener", "crank pencil sharpener"),
    kinds=("electric pencil sharpener", "desk sharpener"),
    parts=("body", "blade", "screw", "crank"),
    aliases={"handle": "crank", "case": "body"},
)
