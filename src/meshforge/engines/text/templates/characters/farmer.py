"""A farmer: a straw hat, a checked shirt under denim dungarees, boots, and a pitchfork."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    brimmed_hat,
    build_figure,
)
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import box, rod

SHIRTS: tuple[RGB, ...] = ((190, 55, 50), (70, 110, 160), (225, 220, 200), (110, 140, 80))
DENIMS: tuple[RGB, ...] = ((60, 85, 135), (50, 70, 110), (110, 95, 70))
STRAW: tuple[RGB, ...] = ((225, 195, 120), (210, 180, 110))


def build_farmer(a: Assembly) -> None:
    """A straw hat, a checked shirt under denim dungarees, boots, and a pitchfork."""
    f = build_figure(a, Outfit(top=SHIRTS, bottom=DENIMS, shoes=LEATHERS, pose="hold"))
    s = f.scale
    denim = a.color("leg", DENIMS, Tier.SECONDARY)
    # the dungarees' bib on the chest and its two straps over the shoulders
    bib_z = f.waist_z + 0.17 * s
    a.add(box((0.26 * s, 0.03 * s, 0.3 * s), (0, f.chest_y, bib_z)), "dungarees", denim)
    a.add(box((0.44 * s, 0.28 * s, 0.12 * s), (0, 0, f.waist_z + 0.03 * s)), "dungarees", denim)
    for side in (-1, 1):
        strap = box((0.05 * s, 0.27 * s, 0.025 * s), (side * 0.1 * s, 0, f.shoulder_z + 0.035 * s))
        a.add(strap, "dungarees", denim)
    if a.wants("hat"):
        brimmed_hat(a, f, a.between(2.0, 2.3), f.head_r * 0.6, STRAW)
    right, _left = f.hands
    if a.wants("pitchfork"):
        top = (right[0], right[1], right[2] + 0.9 * s)
        a.add(rod((right[0], right[1], 0.02), top, 0.017 * s, 8), "pitchfork", WOODS, Tier.FIXED)
        a.add(box((0.2 * s, 0.02 * s, 0.02 * s), top), "pitchfork", DARK_STEEL, Tier.FIXED)
        for dx in (-0.09, 0.0, 0.09):
            tine = rod(
                (top[0] + dx * s, top[1], top[2]),
                (top[0] + dx * s, top[1], top[2] + 0.25 * s),
                0.009 * s,
                6,
            )
            a.add(tine, "pitchfork", DARK_STEEL, Tier.FIXED)


TEMPLATE = Template(
    "farmer",
    build_farmer,
    1.9,
    description="a farmer in a straw hat, checked shirt and denim dungarees, holding a pitchfork",
    synonyms=("farmers", "farm worker", "farmhand", "rancher", "peasant", "farm girl", "farm boy"),
    kinds=("old farmer", "country farmer"),
    parts=(*FIGURE_PARTS, "dungarees", "hat", "pitchfork"),
    aliases={
        **FIGURE_ALIASES,
        "overalls": "dungarees",
        "bib": "dungarees",
        "straw hat": "hat",
        "fork": "pitchfork",
    },
)
