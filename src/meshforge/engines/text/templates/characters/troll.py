"""A troll: a huge, hunched grey-skinned brute with a big nose, small tusks and a wooden club."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.brutes import (
    BRUTE_ALIASES,
    BRUTE_PARTS,
    RAGS,
    brow_ridge,
    brute_figure,
    club,
    hide_kilt,
    nose,
    pointed_ears,
    tusks,
    underbite,
)
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import sphere

SKINS: tuple[RGB, ...] = ((125, 130, 120), (110, 125, 100), (140, 125, 105), (100, 115, 110))
HAIR: tuple[RGB, ...] = ((60, 50, 40), (40, 40, 38), (150, 70, 40))


def build_troll(a: Assembly) -> None:
    """A huge, grey-skinned brute with a big nose, small tusks, a hide kilt and a wooden club."""
    f, skin = brute_figure(
        a,
        SKINS,
        Outfit(
            top=(),
            bottom=RAGS,
            shoes=(RAGS[1],),
            hair=None,
            pose="hold",
            girth=1.7,
            height=1.35,
            head_size=1.35,
        ),
    )
    (hx, hy, hz), r = f.head, f.head_r
    brow_ridge(a, f, skin)
    jaw = underbite(a, f, skin, 1.2)
    tusks(a, f, jaw, a.between(0.25, 0.4))
    if a.wants("nose"):
        nose(a, f, skin, a.between(0.3, 0.4), a.between(0.26, 0.34))
    pointed_ears(a, f, skin, 0.35, 0.3)
    if a.maybe("hair", 0.6, "tuft"):
        a.add(sphere(r * 0.4, 10, (hx, hy + r * 0.1, hz + r * 0.95)), "hair", HAIR, Tier.FIXED)
    hide_kilt(a, f, RAGS, 1.7)
    if a.wants("club"):
        club(a, f, f.hands[0], 0.75, WOODS)


TEMPLATE = Template(
    "troll",
    build_troll,
    2.6,
    description="a huge ugly grey troll with a big nose, a heavy jaw and a wooden club",
    synonyms=("trolls", "cave troll", "mountain troll", "ogre", "ogres", "bridge troll"),
    kinds=("forest troll", "swamp ogre"),
    not_claimed=("troll doll", "internet troll"),
    parts=(*FIGURE_PARTS, *BRUTE_PARTS, "club"),
    aliases={**FIGURE_ALIASES, **BRUTE_ALIASES, "weapon": "club", "cudgel": "club"},
)
