"""A zombie: green-grey skin, arms stretched out in front, torn shirt and trousers, sunken eyes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, on_sphere, sphere

SKIN: tuple[RGB, ...] = ((130, 165, 110), (150, 170, 130), (120, 140, 120))
RAGS: tuple[RGB, ...] = ((90, 110, 140), (120, 90, 70), (150, 140, 120), (110, 60, 60))
TROUSERS: tuple[RGB, ...] = ((70, 60, 55), (60, 70, 100))
EYE: RGB = (200, 30, 30)
WOUND: RGB = (120, 30, 30)


def build_zombie(a: Assembly) -> None:
    """Green-grey skin, arms stretched out in front, torn shirt and trousers, sunken eyes."""
    skin = a.pick(SKIN)
    f = build_figure(
        a,
        Outfit(
            top=RAGS, bottom=TROUSERS, skin=skin, hair=((60, 55, 45), (40, 38, 36)), pose="forward"
        ),
    )
    s, head, r = f.scale, f.head, f.head_r
    for side in (-1, 1):
        socket = on_sphere(head, r, side * 28, 8, r * 0.02)
        a.add(sphere(r * 0.17, 8, socket), "eye", (40, 40, 35), Tier.FIXED)
        a.add(
            sphere(r * 0.08, 8, on_sphere(head, r, side * 28, 8, -r * 0.04)), "eye", EYE, Tier.FIXED
        )
    # torn hem: ragged teeth along the shirt's bottom, skin showing through a tear
    for k in range(-2, 3):
        depth = a.between(0.06, 0.14) * s
        tooth = box((0.07 * s, 0.26 * s, depth)).rotate((0, a.between(-12, 12), 0))
        a.add(tooth.translate((k * 0.075 * s, 0, f.waist_z - depth / 2 + 0.02 * s)), "body", RAGS)
    a.add(
        box((0.09 * s, 0.03 * s, 0.12 * s), (0.07 * s, f.chest_y + 0.005, f.shoulder_z - 0.22 * s)),
        "skin patch",
        skin,
        Tier.FIXED,
    )
    a.add(
        box((0.06 * s, 0.03 * s, 0.03 * s), (-0.08 * s, f.chest_y + 0.002, f.shoulder_z - 0.1 * s)),
        "wound",
        WOUND,
        Tier.FIXED,
    )
    mouth = box((r * 0.5, r * 0.2, r * 0.12), (head[0], head[1] - r * 0.92, head[2] - r * 0.4))
    a.add(mouth, "mouth", (50, 20, 20), Tier.FIXED)


TEMPLATE = Template(
    "zombie",
    build_zombie,
    1.9,
    description="an undead walking corpse with green skin, torn clothes and arms stretched forward",
    synonyms=("undead", "ghoul", "living dead"),
    kinds=("zombie girl", "zombie man"),
    parts=(*FIGURE_PARTS, "skin patch", "wound", "mouth"),
    aliases={**FIGURE_ALIASES, "blood": "wound", "clothes": "body", "rags": "body"},
)
