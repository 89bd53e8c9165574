"""A golem: a hulking figure of stacked stone blocks, boulder shoulders and glowing eyes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.solids import box, on_sphere, sphere

STONES: tuple[RGB, ...] = ((130, 128, 122), (150, 135, 115), (110, 112, 115), (165, 110, 80))
GLOWS: tuple[RGB, ...] = ((120, 230, 255), (255, 170, 40), (140, 255, 120))
MOSS: RGB = (90, 130, 60)


def build_golem(a: Assembly) -> None:
    """A huge stone figure: blocky chest plates, boulder shoulders and fists, a glowing rune."""
    stone = a.color("body", STONES, Tier.PRIMARY)
    f = build_figure(
        a,
        Outfit(
            top=(stone,),
            bottom=(stone,),
            shoes=(stone,),
            skin=(stone,),
            hair=None,
            pose="down",
            girth=1.8,
            height=1.35,
            head_size=0.9,
        ),
    )
    s, r = f.scale, f.head_r
    glow = a.pick(GLOWS)
    mid = (f.waist_z + f.shoulder_z) / 2
    a.add(
        box((0.5 * s, 0.3 * s, 0.25 * s), (0, 0, mid + 0.08 * s)).rotate((0, 0, a.between(-4, 4))),
        "body",
        stone,
    )
    a.add(box((0.4 * s, 0.28 * s, 0.18 * s), (0, 0, f.waist_z)), "body", stone)
    for side in (-1, 1):
        a.add(sphere(0.15 * s, 10, (side * 0.4 * s, 0, f.shoulder_z)), "body", stone)
    for hand in f.hands:
        a.add(sphere(0.1 * s, 10, hand), "hand", stone, Tier.SECONDARY)
    for side in (-1, 1):
        eye = on_sphere(f.head, r, side * 25, 10, r * 0.05)
        a.add(sphere(r * 0.16, 10, eye), "eye", glow, Tier.FIXED)
    if a.maybe("rune", 0.6, "glowing", "runes", "magic"):
        a.add(
            box((0.07 * s, 0.02 * s, 0.12 * s), (0, -0.15 * s, mid + 0.08 * s)),
            "rune",
            glow,
            Tier.FIXED,
        )
    if a.maybe("moss", 0.3, "mossy", "overgrown"):
        a.add(sphere(0.08 * s, 8, (-0.4 * s, 0, f.shoulder_z + 0.1 * s)), "moss", MOSS, Tier.FIXED)


TEMPLATE = Template(
    "golem",
    build_golem,
    2.5,
    description="a golem, a hulking giant made of stone blocks brought to life by magic",
    synonyms=("golems", "stone golem", "rock golem", "stone giant", "clay golem", "rock monster"),
    kinds=("earth elemental", "iron golem"),
    parts=(*FIGURE_PARTS, "rune", "moss"),
    aliases={**FIGURE_ALIASES, "stone": "body", "rock": "body", "glyph": "rune", "fists": "hand"},
)
