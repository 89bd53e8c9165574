"""A ballerina: a dancer in a leotard and a flat, stiff tutu, pale tights, hair in a bun."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import cylinder, sphere

LEOTARDS: tuple[RGB, ...] = (
    (245, 170, 195),
    (250, 250, 250),
    (150, 120, 210),
    (120, 180, 235),
)
TIGHTS: RGB = (250, 215, 215)
POINTE: RGB = (240, 185, 185)


def build_ballerina(a: Assembly) -> None:
    """A ballerina: a dancer in a leotard and a flat, stiff tutu, pale tights, hair in a bun."""
    leotard = a.pick(LEOTARDS)
    hair = a.pick(HAIRS)
    f = build_figure(
        a,
        Outfit(top=leotard, bottom=TIGHTS, shoes=POINTE, hair=hair, pose="wave", girth=0.8),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("tutu"):
        # the classical tutu: layers of net standing straight out from the hips
        for k, spread in enumerate((0.36, 0.31)):
            layer = cylinder(
                spread * s,
                0.035 * s,
                a.segments(spread * s),
                (0, 0, f.waist_z - 0.1 * s - k * 0.03 * s),
                spread * s * 0.92,
            )
            a.add(layer, "tutu", leotard, Tier.PRIMARY)
        hips = cylinder(0.16 * s, 0.12 * s, a.segments(0.16 * s), (0, 0, f.waist_z - 0.12 * s))
        a.add(hips, "tutu", leotard, Tier.PRIMARY)
    if a.wants("hair"):
        a.add(
            sphere(r * 0.42, a.segments(r * 0.4), (hx, hy + r * 0.55, hz + r * 0.75)),
            "hair",
            hair,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "ballerina",
    build_ballerina,
    1.7,
    description="a ballet dancer in a leotard and a stiff tutu, standing on her toes",
    synonyms=("ballet dancer", "ballerinas"),
    kinds=("prima ballerina", "ballet girl", "tutu dancer", "ballet student"),
    parts=(*FIGURE_PARTS, "tutu"),
    aliases={**FIGURE_ALIASES, "skirt": "tutu", "leotard": "body", "tights": "leg", "bun": "hair"},
)
