"""A princess: long flowing hair, a ball gown with a bell skirt and puffed sleeves, a tiara."""

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
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, sphere, union

GOWNS: tuple[RGB, ...] = (
    (240, 150, 190),
    (120, 170, 230),
    (250, 220, 90),
    (170, 120, 210),
    (245, 245, 250),
)
JEWEL: tuple[RGB, ...] = ((200, 30, 60), (40, 120, 220), (60, 180, 120))


def build_princess(a: Assembly) -> None:
    """A princess: long flowing hair, a ball gown with a bell skirt and puffed sleeves, a tiara."""
    gown = a.pick(GOWNS)
    hair = a.pick(HAIRS)
    f = build_figure(
        a, Outfit(top=gown, bottom=gown, hair=hair, dress=True, pose="down", girth=0.85)
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("hair"):
        back = capsule(
            (hx, hy + r * 0.35, hz + r * 0.2),
            (hx, hy + r * 0.55, hz - r * 2.8),
            r * 0.95,
            a.segments(r),
            r * 0.7,
        )
        a.add(
            back.scale((1.0, 0.75, 1.0)).translate((0, (hy + r * 0.4) * 0.25, 0)),
            "hair",
            hair,
            Tier.FIXED,
        )
    for side in (-1, 1):
        puff = sphere(
            0.085 * s, a.segments(0.085), (side * 0.2 * s * 0.85, 0, f.shoulder_z - 0.04 * s)
        )
        a.add(puff, "sleeve", gown, Tier.PRIMARY)
    if a.wants("tiara"):
        band = cylinder(r * 0.95, r * 0.12, a.segments(r), (hx, hy, hz + r * 0.45))
        peaks = union(
            [
                cylinder(
                    r * 0.18,
                    r * (0.55 if k == 0 else 0.35),
                    4,
                    (hx + k * r * 0.35, hy - r * 0.75 + abs(k) * r * 0.1, hz + r * 0.5),
                    0.0,
                )
                for k in (-1, 0, 1)
            ]
        )
        a.add(union([band, peaks]), "tiara", GOLD, Tier.FIXED)
        a.add(
            sphere(r * 0.09, 8, (hx, hy - r * 0.86, hz + r * 0.62)),
            "jewel",
            a.pick(JEWEL),
            Tier.FIXED,
        )
    a.add(
        ellipsoid((0.16 * s, 0.12 * s, 0.05 * s), 16, (0, 0, f.shoulder_z + 0.01 * s)), "body", gown
    )


TEMPLATE = Template(
    "princess",
    build_princess,
    1.8,
    description="a fairy-tale princess in a long ball gown with a tiara and flowing hair",
    synonyms=("queen", "fairy princess", "disney princess", "empress"),
    kinds=("duchess", "bride"),
    parts=(*FIGURE_PARTS, "sleeve", "tiara", "jewel"),
    aliases={
        **FIGURE_ALIASES,
        "dress": "leg",
        "gown": "leg",
        "skirt": "leg",
        "crown": "tiara",
        "gem": "jewel",
    },
)
