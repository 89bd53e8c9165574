"""A pair of trousers standing as if worn: a waistband with belt loops and two straight legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, BRASS, CLOTHES, SILVER
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod, rounded_box


def build_trousers(a: Assembly) -> None:
    """A pair of trousers standing as if worn: a waistband with belt loops and two straight legs."""
    jeans = a.mentions("jeans", "denim") or a.chance(0.4)
    color = (45, 65, 120) if jeans else a.pick(CLOTHES)
    shorts = a.mentions("shorts")
    waist_z = a.vary(1.0, 0.04) * (0.55 if shorts else 1.0)
    crotch_z = waist_z - 0.28 * (0.8 if shorts else 1.0)
    hem_z = 0.02 if not shorts else crotch_z - 0.2
    leg_r, flare = a.vary(0.075, 0.08), a.between(0.85, 1.2)
    a.add(
        rounded_box(
            (0.38, 0.22, waist_z - crotch_z + 0.06),
            0.06,
            a.segments(0.06),
            (0, 0, (waist_z + crotch_z) / 2),
        ),
        "leg",
        color,
    )
    for side in (-1, 1):
        top = (side * 0.095, 0.0, crotch_z + 0.04)
        low = (side * 0.11, 0.0, hem_z + leg_r * flare * 0.5)
        a.add(capsule(top, low, leg_r * 1.1, a.segments(leg_r), leg_r * flare), "leg", color)
        a.add(
            cylinder(leg_r * flare * 1.02, 0.03, a.segments(leg_r), (low[0], 0, hem_z)),
            "hem",
            color,
            Tier.SECONDARY,
        )
        if jeans:
            a.add(
                box((0.08, 0.01, 0.008), (side * 0.1, -0.112, waist_z - 0.06)),
                "stitching",
                (215, 160, 70),
                Tier.FIXED,
            )
    a.add(
        cylinder(0.195, 0.05, a.segments(0.2), (0, 0, waist_z - 0.02)).scale((1.0, 0.6, 1.0)),
        "waistband",
        color,
        Tier.SECONDARY,
    )
    for x in (-0.15, -0.06, 0.06, 0.15):
        # belt loops sit on the oval waistband's front, wherever it curves back at that x
        y = -0.117 * (1 - (x / 0.195) ** 2) ** 0.5
        loop = box((0.016, 0.014, 0.05), (x, y, waist_z + 0.005))
        a.add(loop, "waistband", color, Tier.SECONDARY)
    button = rod((0, -0.11, waist_z), (0, -0.126, waist_z), 0.012, 12)
    a.add(button, "button", BRASS if jeans else SILVER, Tier.FIXED)
    fly = rod((0, -0.108, waist_z - 0.04), (0, -0.108, crotch_z + 0.02), 0.005, 6)
    a.add(fly, "fly", BLACK if not jeans else (35, 50, 95), Tier.FIXED)


TEMPLATE = Template(
    "trousers",
    build_trousers,
    1.0,
    description="a pair of long trousers or blue jeans with a waistband and two legs",
    synonyms=(
        "jeans",
        "pants",
        "pair of jeans",
        "pair of trousers",
        "pair of pants",
        "slacks",
        "chinos",
        "shorts",
        "denim jeans",
    ),
    kinds=("sweatpants", "joggers", "cargo pants", "khakis"),
    parts=("leg", "hem", "waistband", "button", "fly", "stitching"),
    aliases={
        "legs": "leg",
        "denim": "leg",
        "cuff": "hem",
        "belt loops": "waistband",
        "zip": "fly",
        "zipper": "fly",
    },
)
