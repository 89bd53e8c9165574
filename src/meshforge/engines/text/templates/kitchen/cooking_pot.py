"""A cooking pot: a straight-sided steel pot with two side handles and a lid with a knob."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, cylinder, dome, rod, sphere, vessel

METALS: tuple[RGB, ...] = (
    (200, 203, 208),
    (180, 60, 45),
    (40, 40, 44),
    (60, 100, 160),
    (230, 140, 50),
)
KNOB: RGB = (35, 35, 38)


def build_cooking_pot(a: Assembly) -> None:
    """A cooking pot: a straight-sided pot with two side handles and a lid with a knob."""
    r, h = a.vary(0.12, 0.1), a.vary(0.14, 0.15)
    color = a.pick(METALS)
    wall = 0.004
    a.add(vessel([(r * 0.97, 0.0), (r, 0.01), (r, h)], wall, wall * 2, a.segments(r)), "pot", color)
    saucepan = a.mentions("saucepan", "sauce pan")
    if saucepan:
        a.add(
            rod((r - 0.005, 0, h * 0.8), (r + r * 1.4, 0, h * 0.95), 0.012, 8),
            "handle",
            KNOB,
            Tier.FIXED,
        )
    else:
        for side in (-1, 1):
            loop = arc_tube((0, 0, 0), 0.022, 0.006, a.segments(0.03), -90, 180)
            a.add(
                (loop if side > 0 else loop.mirror((1, 0, 0))).translate(
                    (side * (r - 0.002), 0, h * 0.82)
                ),
                "handle",
                color,
                Tier.SECONDARY,
            )
    if a.wants("lid"):
        a.add(cylinder(r + 0.004, 0.008, a.segments(r), (0, 0, h - 0.002)), "lid", color)
        a.add(dome((r * 0.96, r * 0.96, r * 0.18), a.segments(r), (0, 0, h + 0.005)), "lid", color)
        a.add(
            rod((0, 0, h + r * 0.16), (0, 0, h + r * 0.16 + 0.022), 0.008, 8),
            "knob",
            KNOB,
            Tier.FIXED,
        )
        a.add(
            sphere(0.016, 12, (0, 0, h + r * 0.16 + 0.03))
            .scale((1, 1, 0.7))
            .translate((0, 0, 0.009)),
            "knob",
            KNOB,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "cooking pot",
    build_cooking_pot,
    0.18,
    description="a metal cooking pot with a lid and two handles, for a stove",
    synonyms=(
        "saucepan",
        "sauce pan",
        "stockpot",
        "stock pot",
        "soup pot",
        "casserole dish",
        "dutch oven",
        "cauldron",
    ),
    kinds=("pressure cooker", "stew pot", "crock pot", "slow cooker", "rice cooker", "instant pot"),
    parts=("pot", "handle", "lid", "knob"),
    aliases={"cover": "lid"},
)
