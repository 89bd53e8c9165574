"""A doll: a small girl figure with a big head, rosy cheeks, long hair and a bell-skirted dress."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import long_hair
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import on_sphere, sphere

DRESSES: tuple[RGB, ...] = (
    (240, 140, 180),
    (120, 170, 230),
    (250, 220, 100),
    (200, 60, 60),
    (160, 110, 210),
)
CHEEK: RGB = (240, 140, 140)


def build_doll(a: Assembly) -> None:
    """A doll: a small girl figure with a big head, rosy cheeks, long hair and a dress."""
    dress = a.pick(DRESSES)
    hair = a.pick((*HAIRS, (250, 215, 120)))
    f = build_figure(
        a,
        Outfit(
            top=dress,
            bottom=dress,
            shoes=(200, 40, 50),
            hair=hair,
            dress=True,
            pose="forward",
            girth=0.9,
            height=0.2,
            head_size=1.6,
        ),
    )
    head, r = f.head, f.head_r
    if a.wants("hair"):
        long_hair(a, f, hair, a.between(0.6, 1.1))
    for side in (-1, 1):
        cheek = on_sphere(head, r, side * 40, -18, r * 0.1)
        a.add(sphere(r * 0.13, 10, cheek), "cheek", CHEEK, Tier.FIXED)
    if a.maybe("bow", 0.5, "ribbon"):
        for side in (-1, 1):
            bow = sphere(
                r * 0.22, 10, (head[0] + side * r * 0.22, head[1] + r * 0.1, head[2] + r * 0.95)
            ).scale((1.0, 0.6, 1.0))
            a.add(
                bow.translate((0, head[1] * 0.4 + r * 0.06, 0)), "bow", a.pick(DRESSES), Tier.FIXED
            )


TEMPLATE = Template(
    "doll",
    build_doll,
    0.4,
    description="a child's toy doll with a big head, long hair and a pretty dress",
    synonyms=(
        "dolly",
        "baby doll",
        "rag doll",
        "toy doll",
        "porcelain doll",
        "barbie",
        "barbie doll",
        "dolls",
    ),
    kinds=("china doll", "fashion doll"),
    not_claimed=("doll house", "russian doll"),
    parts=(*FIGURE_PARTS, "cheek", "bow"),
    aliases={**FIGURE_ALIASES, "dress": "body", "skirt": "leg", "ribbon": "bow"},
)
