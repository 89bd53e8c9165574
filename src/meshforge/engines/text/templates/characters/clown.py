"""A clown: baggy polka-dot suit, a ruff collar, a red nose, wild hair and huge shoes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import (
    cylinder,
    ellipsoid,
    on_sphere,
    rounded_box,
    sphere,
    torus,
)

NOSE: RGB = (230, 30, 30)
FACE: RGB = (250, 245, 240)
HAIRS: tuple[RGB, ...] = ((240, 90, 40), (60, 140, 230), (90, 200, 90), (240, 200, 40))
DOTS: RGB = (245, 245, 240)


def build_clown(a: Assembly) -> None:
    """A clown: baggy polka-dot suit, a ruff collar, a red nose, wild hair and huge shoes."""
    suit = a.pick(BRIGHTS)
    f = build_figure(
        a,
        Outfit(
            top=suit,
            bottom=suit,
            skin=FACE,
            hair=None,
            pose="wave",
            girth=1.25,
            shoes=(200, 30, 30),
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    a.add(sphere(r * 0.25, 16, on_sphere(f.head, r, 0, -5, r * 0.1)), "nose", NOSE, Tier.FIXED)
    hair = a.pick(HAIRS)
    if a.wants("hair"):
        for side in (-1, 1):
            a.add(
                sphere(
                    r * 0.6,
                    a.segments(r * 0.6),
                    (hx + side * r * 0.85, hy + r * 0.15, hz + r * 0.15),
                ),
                "hair",
                hair,
                Tier.FIXED,
            )
    a.add(
        torus(0.13 * s, 0.045 * s, a.segments(0.13)).translate((0, 0, f.shoulder_z + 0.04 * s)),
        "ruff",
        DOTS,
        Tier.SECONDARY,
    )
    for side in (-1, 1):
        shoe = rounded_box(
            (0.14 * s, 0.36 * s, 0.1 * s), 0.05 * s, 12, (side * 0.11 * s, -0.1 * s, 0.05 * s)
        )
        a.add(shoe, "foot", (200, 30, 30), Tier.FIXED)
    if a.maybe("dots", 0.8, "polka", "spotted"):
        for k in range(6):
            z = f.waist_z + (k % 3) * 0.12 * s
            x = (-0.1 + 0.2 * (k // 3)) * s
            a.add(
                ellipsoid((0.035 * s, 0.02 * s, 0.035 * s), 12, (x, f.chest_y, z)),
                "dots",
                a.pick(BRIGHTS) if k == 0 else DOTS,
                Tier.FIXED,
            )
    a.add(
        sphere(0.05 * s, 12, (0, f.chest_y, f.shoulder_z - 0.12 * s)),
        "button",
        (240, 200, 40),
        Tier.FIXED,
    )
    if a.maybe("hat", 0.4, "party"):
        a.add(sphere(r * 0.12, 8, (hx, hy, hz + r * 1.55)), "hat", DOTS, Tier.FIXED)
        a.add(
            cylinder(r * 0.45, r * 0.75, 16, (hx, hy, hz + r * 0.8), 0.0), "hat", hair, Tier.FIXED
        )


TEMPLATE = Template(
    "clown",
    build_clown,
    1.8,
    description="a circus clown with a red nose, white face, wild coloured hair and big shoes",
    synonyms=("circus clown", "clowns", "jester", "court jester", "harlequin", "pierrot"),
    kinds=("scary clown", "creepy clown", "rodeo clown"),
    not_claimed=("clown fish",),
    parts=(*FIGURE_PARTS, "nose", "ruff", "dots", "button", "hat"),
    aliases={**FIGURE_ALIASES, "suit": "body", "collar": "ruff", "wig": "hair", "spots": "dots"},
)
