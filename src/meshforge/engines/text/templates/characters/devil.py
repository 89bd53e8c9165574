"""A devil: red skin, curved horns, a pointed beard, a pointed tail and a trident."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.gear import STEEL
from meshforge.engines.text.kit.solids import cylinder, rod
from meshforge.engines.text.kit.sweeps import tube

REDS: tuple[RGB, ...] = ((200, 30, 30), (170, 25, 30), (220, 50, 40))
HORN: RGB = (40, 35, 35)


def build_devil(a: Assembly) -> None:
    """A devil: red skin, curved horns, a pointed beard, a pointed tail and a trident."""
    red = a.pick(REDS)
    f = build_figure(
        a,
        Outfit(
            top=red,
            bottom=(30, 30, 32),
            skin=red,
            hair=(25, 22, 20),
            shoes=HORN,
            pose="hold",
            girth=a.vary(1.05, 0.05),
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    for side in (-1, 1):
        horn = tube(
            [
                (hx + side * r * 0.5, hy, hz + r * 0.7),
                (hx + side * r * 0.9, hy, hz + r * 1.1),
                (hx + side * r * 0.75, hy - r * 0.1, hz + r * 1.6),
            ],
            r * 0.16,
            10,
            r * 0.03,
        )
        a.add(horn, "horn", HORN, Tier.FIXED)
    if a.wants("beard"):
        beard(a, f, (25, 22, 20), 0.5)
    if a.wants("tail"):
        tail = tube(
            [
                (0, 0.1 * s, f.waist_z),
                (0, 0.35 * s, f.waist_z - 0.3 * s),
                (0, 0.5 * s, 0.2 * s),
                (0, 0.65 * s, 0.35 * s),
            ],
            0.025 * s,
            10,
            0.012 * s,
        )
        a.add(tail, "tail", red)
        a.add(cylinder(0.06 * s, 0.1 * s, 3, (0, 0.65 * s, 0.33 * s), 0.0), "tail", red)
    right, _left = f.hands
    if a.wants("trident"):
        top = (right[0], right[1], right[2] + 0.8 * s)
        a.add(rod((right[0], right[1], 0.02 * s), top, 0.015 * s, 8), "trident", STEEL, Tier.FIXED)
        a.add(
            rod(
                (right[0] - 0.1 * s, right[1], top[2]),
                (right[0] + 0.1 * s, right[1], top[2]),
                0.014 * s,
                8,
            ),
            "trident",
            STEEL,
            Tier.FIXED,
        )
        for dx in (-0.1, 0.0, 0.1):
            a.add(
                cylinder(0.016 * s, 0.14 * s, 8, (right[0] + dx * s, right[1], top[2]), 0.0),
                "trident",
                STEEL,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "devil",
    build_devil,
    1.9,
    description="a red horned devil with a pointed tail holding a pitchfork trident",
    synonyms=("devils", "demon", "satan", "lucifer", "red devil", "imp"),
    kinds=("demon lord", "hell demon"),
    not_claimed=("tasmanian devil", "devil ray", "dust devil"),
    parts=(*FIGURE_PARTS, "horn", "beard", "tail", "trident"),
    aliases={
        **FIGURE_ALIASES,
        "horns": "horn",
        "pitchfork": "trident",
        "fork": "trident",
        "goatee": "beard",
    },
)
