"""A caveman: a one-shouldered fur tunic, shaggy hair and beard, bare feet and a wooden club."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.brutes import brow_ridge, club
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    SKINS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid

FURS: tuple[RGB, ...] = ((160, 110, 60), (130, 90, 50), (200, 160, 100), (110, 80, 60))
HAIR: tuple[RGB, ...] = ((50, 35, 25), (80, 55, 35), (30, 25, 20))


def build_caveman(a: Assembly) -> None:
    """Bare arms and legs, a fur tunic over one shoulder, wild hair and beard, a club."""
    skin = a.pick(SKINS)
    f = build_figure(
        a,
        Outfit(
            top=(skin,),
            bottom=(skin,),
            shoes=(skin,),
            skin=(skin,),
            hair=None,
            pose="hold",
            girth=1.2,
        ),
    )
    s, r = f.scale, f.head_r
    fur = a.color("tunic", FURS, Tier.PRIMARY)
    low = f.waist_z - 0.3 * s
    a.add(
        cylinder(0.25 * s, f.shoulder_z - low, a.segments(0.25 * s), (0, 0, low), 0.21 * s).scale(
            (1.0, 0.7, 1.0)
        ),
        "tunic",
        fur,
    )
    strap = box((0.09 * s, 0.27 * s, 0.3 * s), (0, 0, 0)).rotate((0, 35, 0))
    a.add(strap.translate((0.1 * s, 0, f.shoulder_z + 0.02 * s)), "tunic", fur)
    brow_ridge(a, f, f.skin)
    hair = a.color("hair", HAIR, Tier.FIXED)
    hx, hy, hz = f.head
    a.add(
        ellipsoid((r * 1.15, r * 1.1, r * 0.9), a.segments(r), (hx, hy + r * 0.25, hz + r * 0.35)),
        "hair",
        hair,
        Tier.FIXED,
    )
    if a.wants("beard"):
        beard(a, f, hair, 0.7)
    if a.wants("club"):
        club(a, f, f.hands[0], 0.7, WOODS)


TEMPLATE = Template(
    "caveman",
    build_caveman,
    1.85,
    description="a prehistoric caveman in a fur tunic with shaggy hair, a beard and a wooden club",
    synonyms=("cavemen", "cave man", "neanderthal", "cavewoman", "stone age man", "caveperson"),
    kinds=("prehistoric man", "primitive man"),
    parts=(*FIGURE_PARTS, "tunic", "brow", "beard", "club"),
    aliases={**FIGURE_ALIASES, "fur": "tunic", "loincloth": "tunic", "weapon": "club"},
)
