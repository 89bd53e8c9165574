"""A viking: horned helmet, braided beard, fur-trimmed tunic, a round shield and an axe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt, helm
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.gear import IRON, LEATHERS, STEEL, WOODS
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import front_disc, hoop, tube

TUNICS: tuple[RGB, ...] = ((120, 60, 40), (80, 90, 60), (60, 70, 110), (140, 120, 90))
FUR: tuple[RGB, ...] = ((110, 85, 60), (70, 60, 50), (160, 140, 110))
HORN: RGB = (235, 225, 200)
SHIELDS: tuple[RGB, ...] = ((180, 40, 35), (40, 80, 150), (200, 160, 60), (60, 110, 60))


def build_viking(a: Assembly) -> None:
    """A viking: horned helmet, braided beard, fur-trimmed tunic, a round shield and an axe."""
    hair = a.pick(HAIRS)
    f = build_figure(
        a,
        Outfit(
            top=TUNICS,
            bottom=LEATHERS,
            shoes=LEATHERS,
            hair=hair,
            coat=0.35,
            pose="hold",
            girth=a.vary(1.2, 0.06),
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    a.add(
        hoop(0.2 * s * 1.2, 0.06 * s, a.segments(0.14))
        .scale((1.0, 0.7, 1.0))
        .translate((0, 0, f.shoulder_z)),
        "fur",
        FUR,
        Tier.FIXED,
    )
    belt(a, f, LEATHERS, STEEL, 1.2)
    if a.wants("beard"):
        beard(a, f, hair, a.between(0.8, 1.3))
    if a.wants("helmet"):
        helm(a, f, STEEL, IRON)
        if a.maybe("horn", 0.85):
            for side in (-1, 1):
                horn = tube(
                    [
                        (hx + side * r * 0.8, hy, hz + r * 0.6),
                        (hx + side * r * 1.5, hy, hz + r * 0.9),
                        (hx + side * r * 1.7, hy - r * 0.2, hz + r * 1.6),
                    ],
                    r * 0.2,
                    12,
                    r * 0.04,
                )
                a.add(horn, "horn", HORN, Tier.FIXED)
    right, left = f.hands
    if a.wants("shield"):
        a.add(
            front_disc(
                0.3 * s, 0.04 * s, a.segments(0.2), left[0] + 0.04 * s, left[2], left[1] - 0.04 * s
            ),
            "shield",
            SHIELDS,
            Tier.FIXED,
        )
        a.add(
            front_disc(0.06 * s, 0.06 * s, 12, left[0] + 0.04 * s, left[2], left[1] - 0.07 * s),
            "boss",
            IRON,
            Tier.FIXED,
        )
    if a.wants("axe"):
        top = (right[0], right[1] - 0.05 * s, right[2] + 0.45 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.2 * s), top, 0.018 * s, 8),
            "axe",
            WOODS,
            Tier.FIXED,
        )
        a.add(
            box((0.04 * s, 0.16 * s, 0.14 * s), (top[0], top[1] - 0.07 * s, top[2] - 0.07 * s)),
            "axe",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "viking",
    build_viking,
    1.9,
    description="a bearded Norse viking warrior in a horned helmet with a round shield and an axe",
    synonyms=("norseman", "viking warrior", "norse warrior", "barbarian", "berserker"),
    kinds=("jarl", "shieldmaiden"),
    parts=(
        *FIGURE_PARTS,
        "beard",
        "helmet",
        "horn",
        "shield",
        "boss",
        "axe",
        "fur",
        "belt",
        "buckle",
    ),
    aliases={**FIGURE_ALIASES, "tunic": "body", "horns": "horn", "cloak": "fur"},
)
