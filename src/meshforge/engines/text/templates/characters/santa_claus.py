"""Santa Claus: red suit trimmed with white fur, black belt and boots, white beard, floppy hat."""

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
from meshforge.engines.text.kit.gear import BLACK, GOLD
from meshforge.engines.text.kit.solids import box, capsule, cylinder, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import hoop

RED: RGB = (200, 30, 35)
FUR: RGB = (248, 248, 245)
SACK: tuple[RGB, ...] = ((150, 110, 70), (175, 135, 90))


def build_santa_claus(a: Assembly) -> None:
    """Santa Claus: red suit trimmed with white fur, black belt and boots, white beard, a hat."""
    girth = a.vary(1.35, 0.08)
    f = build_figure(
        a,
        Outfit(
            top=RED,
            bottom=RED,
            shoes=BLACK,
            hair=FUR,
            coat=0.3,
            pose=a.pick(("wave", "down")),
            girth=girth,
            glove=BLACK,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    a.add(
        ellipsoid(
            (0.26 * s * girth, 0.2 * s * girth, 0.26 * s),
            a.segments(0.1),
            (0, -0.02 * s, f.waist_z + 0.2 * s),
        ),
        "body",
        RED,
    )
    # the belt girds the belly at its widest, so it follows the belly's oval
    belly_z = f.waist_z + 0.2 * s
    band = cylinder(
        0.27 * s * girth, 0.08 * s, a.segments(0.15), (0, -0.02 * s, belly_z - 0.04 * s)
    )
    a.add(band.scale((1.0, 0.2 / 0.26, 1.0)), "belt", BLACK, Tier.FIXED)
    buckle = box((0.11 * s, 0.03 * s, 0.1 * s), (0, -0.02 * s - 0.208 * s * girth, belly_z))
    a.add(buckle, "buckle", GOLD, Tier.FIXED)
    hem_z = f.waist_z - 0.3 * (f.waist_z - 0.15 * s)
    hem = hoop(0.25 * s * girth, 0.03 * s, a.segments(0.15)).scale((1.0, 0.72, 1.0))
    a.add(hem.translate((0, 0, hem_z + 0.02 * s)), "fur", FUR, Tier.FIXED)
    if a.wants("beard"):
        beard(a, f, FUR, a.between(0.9, 1.4))
        for side in (-1, 1):
            tip = (hx + side * r * 0.5, hy - r * 0.88, hz - r * 0.4)
            a.add(
                capsule((hx, hy - r * 0.95, hz - r * 0.3), tip, r * 0.16, 8, r * 0.1),
                "beard",
                FUR,
                Tier.FIXED,
            )
    if a.wants("hat"):
        base = hz + r * 0.45
        a.add(
            hoop(r * 1.0, r * 0.16, a.segments(r)).translate((hx, hy, base)), "fur", FUR, Tier.FIXED
        )
        droop = a.between(0.6, 1.1)
        tip = (hx + r * droop, hy + r * 0.4, base + r * 0.9)
        cone = capsule(
            (hx, hy, base + r * 0.2),
            (hx, hy + r * 0.1, base + r * 1.3),
            r * 0.95,
            a.segments(r),
            r * 0.35,
        )
        a.add(cone, "hat", RED, Tier.FIXED)
        a.add(
            capsule((hx, hy + r * 0.1, base + r * 1.3), tip, r * 0.35, 12, r * 0.15),
            "hat",
            RED,
            Tier.FIXED,
        )
        a.add(sphere(r * 0.25, 12, tip), "pompom", FUR, Tier.FIXED)
    if a.maybe("sack", 0.5, "bag", "presents", "gifts"):
        a.add(
            ellipsoid(
                (0.25 * s, 0.2 * s, 0.33 * s),
                a.segments(0.12),
                (0.05 * s, 0.3 * s, f.shoulder_z - 0.05 * s),
            ),
            "sack",
            SACK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "santa claus",
    build_santa_claus,
    1.9,
    description="Santa Claus in a red suit with white fur trim, a long white beard and a red hat",
    synonyms=("santa", "father christmas", "saint nick", "st nick", "kris kringle", "santa clause"),
    kinds=("st nicholas", "saint nicholas"),
    not_claimed=("santa hat",),
    parts=(*FIGURE_PARTS, "beard", "hat", "fur", "pompom", "belt", "buckle", "sack"),
    aliases={**FIGURE_ALIASES, "suit": "body", "trim": "fur", "bag": "sack"},
)
