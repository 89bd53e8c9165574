"""A leprechaun: a little bearded man in a green coat and a tall buckled green hat."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    beard,
    brimmed_hat,
    build_figure,
)
from meshforge.engines.text.kit.gear import BLACK, GOLD
from meshforge.engines.text.kit.solids import box, cylinder

GREENS: tuple[RGB, ...] = ((40, 140, 60), (30, 110, 50), (70, 160, 70))
GINGER: tuple[RGB, ...] = ((200, 90, 30), (180, 70, 25))


def build_leprechaun(a: Assembly) -> None:
    """A small man in a green coat, breeches and buckled shoes, a ginger beard, a tall hat."""
    green = a.color("body", GREENS, Tier.PRIMARY)
    f = build_figure(
        a,
        Outfit(
            top=(green,),
            bottom=(green,),
            hair=GINGER,
            coat=0.35,
            pose="hold",
            height=0.62,
            head_size=1.3,
        ),
    )
    r = f.head_r
    beard(a, f, a.color("beard", GINGER, Tier.FIXED), 0.6)
    belt(a, f, BLACK, GOLD)
    if a.wants("hat"):
        brimmed_hat(a, f, 1.7, r * 1.3, green)
        top = f.head[2] + r * 0.55
        a.add(
            cylinder(r * 0.97, r * 0.25, a.segments(r), (f.head[0], f.head[1], top + r * 0.1)),
            "hat",
            BLACK,
            Tier.FIXED,
        )
        a.add(
            box((r * 0.4, r * 0.1, r * 0.3), (f.head[0], f.head[1] - r * 0.92, top + r * 0.22)),
            "hat",
            GOLD,
            Tier.FIXED,
        )
    if a.maybe("gold", 0.5, "pot", "coin", "coins"):
        right, _left = f.hands
        a.add(
            cylinder(0.05, 0.06, 16, (right[0], right[1], right[2] - 0.02), 0.06),
            "gold",
            BLACK,
            Tier.FIXED,
        )
        a.add(
            cylinder(0.055, 0.015, 16, (right[0], right[1], right[2] + 0.035)),
            "gold",
            GOLD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "leprechaun",
    build_leprechaun,
    1.2,
    description="a leprechaun, a little bearded irish fairy man in a green coat and tall green hat",
    synonyms=("leprechauns", "irish leprechaun"),
    kinds=("st patricks leprechaun",),
    parts=(*FIGURE_PARTS, "beard", "belt", "buckle", "hat", "gold"),
    aliases={**FIGURE_ALIASES, "pot": "gold", "coins": "gold"},
)
