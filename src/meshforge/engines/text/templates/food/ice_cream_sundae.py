"""An ice cream sundae: scoops in a footed tulip glass under sauce, whipped cream and a cherry."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, lathe, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tableware import GLASS

SCOOPS: tuple[RGB, ...] = ((245, 235, 205), (120, 75, 50), (240, 165, 185), (170, 225, 185))
SAUCES: tuple[RGB, ...] = ((80, 45, 30), (190, 120, 50), (200, 30, 45))
CREAM: RGB = (252, 250, 245)
CHERRY: RGB = (195, 20, 35)
WAFER: RGB = (215, 170, 105)


def build_ice_cream_sundae(a: Assembly) -> None:
    """A sundae: a footed glass bowl, two or three scoops, sauce, cream, a cherry, a wafer."""
    radius = a.vary(0.055, 0.08)
    stem_h = radius * 1.1
    bowl_h = radius * 1.1
    seg = a.segments(radius)
    # the glass: a round foot, a short stem and a flared bowl
    glass = lathe(
        [
            (0.0, 0.0),
            (radius * 0.75, 0.0),
            (radius * 0.75, radius * 0.06),
            (radius * 0.15, radius * 0.2),
            (radius * 0.12, stem_h),
            (radius * 0.55, stem_h + bowl_h * 0.25),
            (radius * 0.9, stem_h + bowl_h * 0.7),
            (radius * 1.0, stem_h + bowl_h),
            (0.0, stem_h + bowl_h),
        ],
        seg,
    )
    a.add(glass, "glass", GLASS, Tier.FIXED)
    rim = stem_h + bowl_h
    a.add(hoop(radius * 1.0, radius * 0.04, seg, (0, 0, rim)), "glass", GLASS, Tier.FIXED)
    count = a.count("scoop", a.pick((2, 3, 3)), 1, 4)
    scoop_r = radius * 0.55
    tops = []
    for k in range(count):
        if count == 1:
            at = (0.0, 0.0, rim + scoop_r * 0.3)
        else:
            angle = 2 * math.pi * k / count + a.between(0, 0.5)
            at = (
                radius * 0.42 * math.cos(angle),
                radius * 0.42 * math.sin(angle),
                rim + scoop_r * 0.25,
            )
        a.add(
            sphere(scoop_r, a.segments(scoop_r), at),
            "scoop",
            SCOOPS[(k + a.pick((0, 1, 2))) % len(SCOOPS)],
            Tier.SECONDARY,
        )
        tops.append(at)
    top = rim + scoop_r * (1.1 if count > 1 else 1.3)
    if count > 2:
        top_at = (0.0, 0.0, rim + scoop_r * 0.95)
        a.add(
            sphere(scoop_r * 0.85, a.segments(scoop_r), top_at), "scoop", SCOOPS[0], Tier.SECONDARY
        )
        top = top_at[2] + scoop_r * 0.8
    if a.wants("sauce"):
        # sauce poured over the top, running down in a cap
        cap = ellipsoid(
            (radius * 0.62, radius * 0.62, scoop_r * 0.55), seg, (0, 0, top - scoop_r * 0.45)
        )
        a.add(cap, "sauce", a.pick(SAUCES), Tier.SECONDARY)
    if a.wants("cream"):
        rings = [
            hoop(
                radius * (0.4 - 0.1 * k),
                radius * (0.14 - 0.02 * k),
                seg,
                (0, 0, top + radius * 0.12 * k),
            )
            for k in range(3)
        ]
        rings.append(sphere(radius * 0.17, 12, (0, 0, top + radius * 0.3)))
        a.add(union(rings), "cream", CREAM, Tier.FIXED)
        top += radius * 0.45
    if a.maybe("cherry", 0.9):
        a.add(sphere(radius * 0.14, 12, (0, 0, top + radius * 0.08)), "cherry", CHERRY, Tier.FIXED)
        a.add(
            rod(
                (0, 0, top + radius * 0.18),
                (radius * 0.1, 0, top + radius * 0.4),
                radius * 0.015,
                6,
            ),
            "cherry",
            (60, 90, 40),
            Tier.FIXED,
        )
    if a.maybe("wafer", 0.6):
        wafer = rod(
            (radius * 0.3, radius * 0.1, rim),
            (radius * 0.55, radius * 0.2, rim + radius * 1.2),
            radius * 0.09,
            4,
        )
        a.add(wafer, "wafer", WAFER, Tier.FIXED)


TEMPLATE = Template(
    "ice cream sundae",
    build_ice_cream_sundae,
    0.2,
    description="scoops of ice cream in a glass dish topped with sauce, whipped cream and a cherry",
    synonyms=("sundae", "sundaes", "ice cream sundaes", "ice cream dessert"),
    kinds=("hot fudge sundae", "banana split", "knickerbocker glory", "brownie sundae"),
    not_claimed=("sundae bar",),
    parts=("glass", "scoop", "sauce", "cream", "cherry", "wafer"),
    aliases={
        "scoops": "scoop",
        "fudge": "sauce",
        "syrup": "sauce",
        "whipped cream": "cream",
        "dish": "glass",
        "cup": "glass",
    },
)
