"""A chef: white double-breasted jacket, tall pleated toque, apron and a wooden spoon or pan."""

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
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, sphere, union

WHITE: RGB = (245, 245, 240)
CHECKS: tuple[RGB, ...] = ((40, 40, 45), (70, 70, 80), (245, 245, 240))
BUTTON: RGB = (40, 40, 45)
PAN: RGB = (45, 45, 50)
SPOON: RGB = (175, 130, 80)


def build_chef(a: Assembly) -> None:
    """A chef: white double-breasted jacket, tall pleated toque, apron and a wooden spoon or pan."""
    f = build_figure(
        a, Outfit(top=WHITE, bottom=CHECKS, hair=None, pose="hold", girth=a.vary(1.1, 0.1))
    )
    s = f.scale
    hx, hy, hz = f.head
    if a.wants("hat"):
        band = cylinder(
            f.head_r * 1.02, f.head_r * 0.7, a.segments(f.head_r), (hx, hy, hz + f.head_r * 0.3)
        )
        puff_z = hz + f.head_r * (1.0 + a.between(0.8, 1.4))
        band_top = cylinder(
            f.head_r * 1.05,
            puff_z - hz - f.head_r * 0.6,
            a.segments(f.head_r),
            (hx, hy, hz + f.head_r * 0.6),
            f.head_r * 1.3,
        )
        puff = ellipsoid(
            (f.head_r * 1.35, f.head_r * 1.35, f.head_r), a.segments(f.head_r), (hx, hy, puff_z)
        )
        a.add(union([band, band_top, puff]), "hat", WHITE, Tier.SECONDARY)
    for row in range(3):
        for side in (-1, 1):
            z = f.shoulder_z - (0.12 + row * 0.12) * s
            a.add(
                sphere(0.018 * s, 8, (side * 0.07 * s, f.chest_y - 0.005, z)),
                "button",
                BUTTON,
                Tier.FIXED,
            )
    if a.wants("apron"):
        apron = box((0.34 * s, 0.03 * s, 0.5 * s), (0, f.chest_y - 0.005, f.waist_z - 0.15 * s))
        a.add(apron, "apron", WHITE, Tier.FIXED)
    hand = f.hands[0]
    if a.mentions("pan", "frying", "skillet") or a.chance(0.5):
        a.add(
            rod(
                (hand[0], hand[1] + 0.03, hand[2]),
                (hand[0], hand[1] - 0.22 * s, hand[2]),
                0.015 * s,
                8,
            ),
            "utensil",
            PAN,
            Tier.FIXED,
        )
        pan = cylinder(
            0.13 * s,
            0.04 * s,
            a.segments(0.13),
            (hand[0] - 0.02, hand[1] - 0.34 * s, hand[2] - 0.02),
        )
        a.add(pan, "utensil", PAN, Tier.FIXED)
    else:
        tip = (hand[0], hand[1] - 0.1 * s, hand[2] + 0.35 * s)
        a.add(
            rod((hand[0], hand[1] + 0.02, hand[2] - 0.08 * s), tip, 0.013 * s, 8),
            "utensil",
            SPOON,
            Tier.FIXED,
        )
        a.add(ellipsoid((0.04 * s, 0.02 * s, 0.055 * s), 12, tip), "utensil", SPOON, Tier.FIXED)


TEMPLATE = Template(
    "chef",
    build_chef,
    2.0,
    description="a cook in a white jacket and tall white chef's hat holding a pan",
    synonyms=("cook", "head chef", "pastry chef", "baker"),
    kinds=("sous chef", "line cook"),
    parts=(*FIGURE_PARTS, "hat", "button", "apron", "utensil"),
    aliases={
        **FIGURE_ALIASES,
        "toque": "hat",
        "pan": "utensil",
        "spoon": "utensil",
    },
)
