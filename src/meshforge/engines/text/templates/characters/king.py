"""A king: gold crown, long red robe with a white ermine collar, a beard and a sceptre."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, sphere, torus, union

ROBES: tuple[RGB, ...] = ((170, 25, 35), (90, 30, 120), (30, 50, 130))
ERMINE: RGB = (245, 243, 238)
JEWELS: tuple[RGB, ...] = ((200, 30, 50), (40, 110, 210), (40, 160, 90))


def build_king(a: Assembly) -> None:
    """A king: gold crown, long red robe with a white ermine collar, a beard and a sceptre."""
    robe = a.pick(ROBES)
    hair = a.pick((*HAIRS, (220, 220, 215)))
    f = build_figure(
        a, Outfit(top=robe, bottom=robe, hair=hair, dress=True, pose="hold", girth=1.1)
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    cape = (
        lathe(
            [
                (0.0, 0.03 * s),
                (0.42 * s, 0.03 * s),
                (0.3 * s, f.waist_z),
                (0.25 * s, f.shoulder_z),
                (0.0, f.shoulder_z + 0.05 * s),
            ],
            a.segments(0.42),
        )
        .scale((1.0, 0.8, 1.0))
        .translate((0, 0.05 * s, 0))
    )
    a.add(cape, "robe", robe)
    a.add(
        torus(0.2 * s, 0.06 * s, a.segments(0.2), (0, 0, f.shoulder_z + 0.02 * s)).scale(
            (1, 0.8, 1)
        ),
        "collar",
        ERMINE,
        Tier.FIXED,
    )
    if a.wants("beard"):
        beard(a, f, hair, a.between(0.6, 1.2))
    if a.wants("crown"):
        base = hz + r * 0.45
        ring = cylinder(r * 1.02, r * 0.5, a.segments(r), (hx, hy, base), r * 1.15)
        points = union(
            [
                cylinder(r * 0.22, r * 0.5, 4, (0, 0, 0), 0.0)
                .translate((r * 1.05, 0, base + r * 0.45))
                .rotate((0, 0, k * 60))
                for k in range(6)
            ]
        )
        a.add(union([ring, points]), "crown", GOLD, Tier.FIXED)
        a.add(
            sphere(r * 0.14, 8, (hx, hy - r * 1.08, base + r * 0.25)),
            "jewel",
            a.pick(JEWELS),
            Tier.FIXED,
        )
    if a.wants("sceptre"):
        hand = f.hands[0]
        a.add(
            rod(
                (hand[0], hand[1], hand[2] - 0.15 * s),
                (hand[0], hand[1], hand[2] + 0.45 * s),
                0.018 * s,
                8,
            ),
            "sceptre",
            GOLD,
            Tier.FIXED,
        )
        a.add(
            sphere(0.045 * s, 12, (hand[0], hand[1], hand[2] + 0.48 * s)),
            "jewel",
            a.pick(JEWELS),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "king",
    build_king,
    1.9,
    description="a crowned monarch in a long red royal robe with an ermine collar and a sceptre",
    synonyms=("monarch", "emperor", "sultan", "pharaoh", "royal"),
    kinds=("king arthur", "old king"),
    not_claimed=("chess king", "lion king", "burger king"),
    parts=(*FIGURE_PARTS, "robe", "collar", "beard", "crown", "jewel", "sceptre"),
    aliases={
        **FIGURE_ALIASES,
        "cape": "robe",
        "cloak": "robe",
        "scepter": "sceptre",
        "ermine": "collar",
    },
)
