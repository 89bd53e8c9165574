"""A witch: tall pointed hat with a wide brim, long dark dress, long hair and a broomstick."""

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
from meshforge.engines.text.kit.solids import capsule, cylinder, rod, union
from meshforge.engines.text.kit.sweeps import tube

DRESSES: tuple[RGB, ...] = ((35, 30, 45), (60, 30, 80), (30, 50, 40))
HAIR: tuple[RGB, ...] = ((30, 25, 25), (160, 50, 30), (200, 200, 195), (50, 40, 70))
SKINS: tuple[RGB, ...] = ((240, 205, 175), (150, 190, 120), (220, 180, 150))
BAND: tuple[RGB, ...] = ((120, 60, 160), (230, 120, 30), (60, 140, 60))
HANDLE: RGB = (110, 75, 45)
STRAW: RGB = (205, 170, 90)


def build_witch(a: Assembly) -> None:
    """A witch: tall pointed hat with a wide brim, long dark dress, long hair and a broomstick."""
    dress = a.pick(DRESSES)
    hair = a.pick(HAIR)
    f = build_figure(
        a,
        Outfit(top=dress, bottom=dress, skin=SKINS, hair=hair, dress=True, pose="hold", girth=0.9),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    a.add(
        capsule(
            (hx, hy + r * 0.4, hz),
            (hx, hy + r * 0.6, hz - r * 2.3),
            r * 0.85,
            a.segments(r),
            r * 0.6,
        ),
        "hair",
        hair,
        Tier.FIXED,
    )
    if a.wants("hat"):
        base = hz + r * 0.35
        brim = cylinder(r * 2.3, r * 0.1, a.segments(r * 2), (hx, hy, base))
        cone = tube(
            [
                (hx, hy, base),
                (hx, hy + r * 0.1, base + r * 1.4),
                (hx, hy + r * 0.6, base + r * 2.6),
                (hx, hy + r * 1.2, base + r * 3.0),
            ],
            r * 1.05,
            a.segments(r),
            r * 0.08,
        )
        a.add(union([brim, cone]), "hat", dress, Tier.PRIMARY)
        a.add(
            cylinder(r * 1.04, r * 0.3, a.segments(r), (hx, hy, base + r * 0.1), r * 0.98),
            "band",
            a.pick(BAND),
            Tier.FIXED,
        )
    if a.wants("broom"):
        hand = f.hands[0]
        top = (hand[0], hand[1] - 0.05 * s, hand[2] + 0.6 * s)
        bottom = (hand[0], hand[1] + 0.05 * s, 0.35 * s)
        a.add(rod(bottom, top, 0.018 * s, 8), "broom", HANDLE, Tier.FIXED)
        a.add(
            cylinder(0.1 * s, 0.32 * s, 12, (hand[0], hand[1] + 0.05 * s, 0.06 * s), 0.025 * s),
            "broom",
            STRAW,
            Tier.FIXED,
        )
    nose_tip = (hx, hy - r * 1.5, hz - r * 0.2)
    a.add(
        capsule((hx, hy - r * 0.8, hz), nose_tip, r * 0.14, 8, r * 0.05), "nose", f.skin, Tier.FIXED
    )


TEMPLATE = Template(
    "witch",
    build_witch,
    2.1,
    description="a witch with a tall pointed black hat, long dark dress and a broomstick",
    synonyms=("sorceress", "hag", "enchantress", "halloween witch"),
    kinds=("wicked witch", "good witch"),
    not_claimed=("witch doctor",),
    parts=(*FIGURE_PARTS, "hat", "band", "broom", "nose"),
    aliases={**FIGURE_ALIASES, "dress": "leg", "robe": "body", "broomstick": "broom"},
)
