"""A cowboy: wide-brimmed hat, waistcoat over a shirt, jeans, boots, a gun belt and a lasso."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, subtract, union
from meshforge.engines.text.kit.sweeps import hoop

SHIRTS: tuple[RGB, ...] = ((190, 60, 50), (230, 225, 210), (80, 110, 160))
JEANS: tuple[RGB, ...] = ((60, 80, 120), (110, 85, 60))
HATS: tuple[RGB, ...] = ((140, 95, 55), (60, 45, 35), (215, 195, 160))
LEATHER: RGB = (110, 70, 40)
ROPE: RGB = (200, 175, 120)


def build_cowboy(a: Assembly) -> None:
    """A cowboy: wide-brimmed hat, waistcoat over a shirt, jeans, boots, a gun belt and a lasso."""
    f = build_figure(a, Outfit(top=SHIRTS, bottom=JEANS, shoes=LEATHER, hair=None, pose="hold"))
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if a.wants("hat"):
        base = hz + r * 0.4
        brim = ellipsoid((r * 2.1, r * 2.0, r * 0.18), a.segments(r * 2), (hx, hy, base))
        crown = ellipsoid((r * 0.95, r * 1.05, r * 0.85), a.segments(r), (hx, hy, base + r * 0.35))
        dent = box((r * 0.3, r * 1.6, r * 0.4), (hx, hy, base + r * 1.15))
        a.add(subtract(union([brim, crown]), dent), "hat", HATS, Tier.FIXED)
    vest = subtract(
        box((0.42 * s, 0.26 * s, 0.42 * s), (0, 0.005 * s, f.shoulder_z - 0.2 * s)),
        box((0.12 * s, 0.2 * s, 0.44 * s), (0, -0.14 * s, f.shoulder_z - 0.2 * s)),
    )
    a.add(vest, "vest", LEATHER, Tier.SECONDARY)
    belt = cylinder(0.215 * s, 0.06 * s, a.segments(0.22), (0, 0, f.waist_z - 0.03 * s)).scale(
        (1, 0.7, 1)
    )
    a.add(belt, "belt", LEATHER, Tier.FIXED)
    a.add(
        box((0.08 * s, 0.02 * s, 0.06 * s), (0, -0.16 * s, f.waist_z)),
        "buckle",
        (215, 180, 80),
        Tier.FIXED,
    )
    a.add(
        box((0.05 * s, 0.08 * s, 0.2 * s), (0.21 * s, 0, f.waist_z - 0.1 * s)),
        "holster",
        LEATHER,
        Tier.FIXED,
    )
    if a.wants("lasso"):
        hand = f.hands[0]
        loop = hoop(0.14 * s, 0.012 * s, 24, (0, 0, 0)).rotate((0, 90, 0)).scale((1, 1, 1.3))
        a.add(
            loop.translate((hand[0] - 0.03 * s, hand[1], hand[2] - 0.17 * s)),
            "lasso",
            ROPE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "cowboy",
    build_cowboy,
    2.0,
    description="a wild west cowboy in a wide-brimmed hat, waistcoat, jeans and boots with a lasso",
    synonyms=("cowgirl", "wrangler", "gunslinger", "sheriff", "ranch hand", "cowpoke"),
    kinds=("wild west cowboy", "outlaw"),
    parts=(*FIGURE_PARTS, "hat", "vest", "belt", "buckle", "holster", "lasso"),
    aliases={
        **FIGURE_ALIASES,
        "stetson": "hat",
        "waistcoat": "vest",
        "jeans": "leg",
        "rope": "lasso",
    },
)
