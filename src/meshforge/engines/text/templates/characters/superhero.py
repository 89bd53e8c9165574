"""A superhero: a skin-tight suit, a flowing cape, a mask, boots, gloves and a chest emblem."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt, cape
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.gear import GOLD
from meshforge.engines.text.kit.solids import cylinder, prism, rod

SUITS: tuple[RGB, ...] = ((35, 70, 170), (190, 30, 35), (40, 40, 45), (60, 140, 70), (120, 60, 160))
CAPES: tuple[RGB, ...] = ((200, 30, 35), (250, 200, 40), (30, 30, 34), (35, 70, 170))
MASKS: tuple[RGB, ...] = ((30, 30, 34), (200, 30, 35), (35, 70, 170))


def build_superhero(a: Assembly) -> None:
    """A superhero: a skin-tight suit, a flowing cape, a mask, boots, gloves and a chest emblem."""
    suit, trim = a.pick(SUITS), a.pick(CAPES)
    f = build_figure(
        a,
        Outfit(
            top=suit,
            bottom=suit,
            shoes=trim,
            hair=HAIRS,
            pose=a.pick(("down", "wave", "wave")),
            girth=a.vary(1.15, 0.06),
            glove=trim,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("cape"):
        cape(a, f, trim, a.between(0.7, 0.9))
    if a.wants("emblem"):
        points = [(0.0, -0.07), (0.09, 0.0), (0.06, 0.05), (-0.06, 0.05), (-0.09, 0.0)]
        if a.chance(0.5):
            points = [
                (0.0, 0.08),
                (0.02, 0.025),
                (0.08, 0.025),
                (0.03, -0.01),
                (0.05, -0.07),
                (0.0, -0.035),
                (-0.05, -0.07),
                (-0.03, -0.01),
                (-0.08, 0.025),
                (-0.02, 0.025),
            ]
        shield = prism([(x * s, z * s) for x, z in points], 0.03 * s).rotate((90, 0, 0))
        a.add(
            shield.translate((0, f.chest_y + 0.012 * s, f.shoulder_z - 0.14 * s)),
            "emblem",
            GOLD,
            Tier.FIXED,
        )
    belt(a, f, trim, GOLD, 1.15)
    if a.wants("mask"):
        band = cylinder(r * 1.02, r * 0.3, a.segments(r), (hx, hy, hz - r * 0.02))
        a.add(band, "mask", a.pick(MASKS), Tier.FIXED)
        for side in (-1, 1):
            eye = rod(
                (hx + side * r * 0.35, hy - r * 0.7, hz + r * 0.12),
                (hx + side * r * 0.35, hy - r * 1.1, hz + r * 0.12),
                r * 0.13,
                10,
            )
            a.add(eye, "eye", (245, 245, 245), Tier.FIXED)


TEMPLATE = Template(
    "superhero",
    build_superhero,
    1.9,
    description="a comic-book superhero in a tight suit with a cape, mask and chest emblem",
    synonyms=(
        "super hero",
        "superman",
        "superwoman",
        "supergirl",
        "batman",
        "spiderman",
        "spider man",
        "iron man",
        "wonder woman",
        "caped crusader",
        "super heroine",
    ),
    kinds=("avenger", "crime fighter", "vigilante"),
    parts=(*FIGURE_PARTS, "cape", "emblem", "belt", "buckle", "mask"),
    aliases={
        **FIGURE_ALIASES,
        "suit": "body",
        "logo": "emblem",
        "symbol": "emblem",
        "cloak": "cape",
    },
)
