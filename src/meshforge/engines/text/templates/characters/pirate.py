"""A pirate: black tricorn hat, eye patch, long coat with a sash, boots and a cutlass."""

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
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, on_sphere, rod, union
from meshforge.engines.text.kit.sweeps import tube

COATS: tuple[RGB, ...] = ((120, 30, 35), (40, 50, 90), (70, 45, 30), (30, 30, 35))
TROUSERS: tuple[RGB, ...] = ((225, 215, 190), (60, 50, 40))
SASH: tuple[RGB, ...] = ((200, 40, 40), (230, 180, 40))
HAT: RGB = (25, 25, 28)
STEEL: RGB = (200, 204, 210)
BRASS: RGB = (210, 170, 70)


def build_pirate(a: Assembly) -> None:
    """A pirate: black tricorn hat, eye patch, long coat with a sash, boots and a cutlass."""
    f = build_figure(
        a,
        Outfit(top=COATS, bottom=TROUSERS, shoes=HAT, hair=HAIRS, coat=0.55, pose="hold"),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("hat"):
        base = hz + r * 0.5
        # three segments: the tricorn's triangle, one corner to the front
        brim = cylinder(r * 1.7, r * 0.45, 3, (0, 0, 0), r * 1.3).rotate((0, 0, -90))
        brim = brim.translate((hx, hy + r * 0.15, base))
        crown = ellipsoid((r * 1.0, r * 0.95, r * 0.75), a.segments(r), (hx, hy, base + r * 0.25))
        a.add(union([brim, crown]), "hat", HAT, Tier.FIXED)
    if a.wants("patch"):
        eye = on_sphere((hx, hy, hz), r, 28, 8, r * 0.02)
        a.add(ellipsoid((r * 0.3, r * 0.12, r * 0.26), 12, eye), "patch", HAT, Tier.FIXED)
        strap = tube(
            [
                on_sphere((hx, hy, hz), r * 1.01, -70, 40),
                eye,
                on_sphere((hx, hy, hz), r * 1.01, 80, -20),
            ],
            r * 0.04,
            8,
        )
        a.add(strap, "patch", HAT, Tier.FIXED)
    if a.wants("beard") and a.chance(0.7):
        beard(a, f, a.pick(HAIRS), a.between(0.4, 0.9))
    a.add(
        cylinder(0.22 * s, 0.09 * s, a.segments(0.22), (0, 0, f.waist_z + 0.02 * s)).scale(
            (1, 0.7, 1)
        ),
        "sash",
        a.pick(SASH),
        Tier.FIXED,
    )
    if a.wants("sword"):
        hand = f.hands[0]
        a.add(
            box((0.12 * s, 0.03 * s, 0.03 * s), (hand[0], hand[1], hand[2] + 0.05 * s)),
            "sword",
            BRASS,
            Tier.FIXED,
        )
        blade = (
            tube(
                [
                    (hand[0], hand[1], hand[2] + 0.05 * s),
                    (hand[0], hand[1] - 0.1 * s, hand[2] + 0.4 * s),
                    (hand[0], hand[1] - 0.3 * s, hand[2] + 0.72 * s),
                ],
                0.022 * s,
                8,
                0.008 * s,
            )
            .scale((0.45, 1, 1))
            .translate((hand[0] * 0.55, 0, 0))
        )
        a.add(blade, "sword", STEEL, Tier.FIXED)
        a.add(
            rod(
                (hand[0], hand[1], hand[2] - 0.06 * s),
                (hand[0], hand[1], hand[2] + 0.05 * s),
                0.016 * s,
                8,
            ),
            "sword",
            BRASS,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "pirate",
    build_pirate,
    1.9,
    description="a sea robber with a black tricorn hat, eye patch, long coat and a cutlass",
    synonyms=("buccaneer", "corsair", "pirate captain", "privateer"),
    kinds=("sea pirate", "swashbuckler"),
    parts=(*FIGURE_PARTS, "hat", "patch", "beard", "sash", "sword"),
    aliases={
        **FIGURE_ALIASES,
        "tricorn": "hat",
        "eyepatch": "patch",
        "cutlass": "sword",
        "belt": "sash",
    },
)
