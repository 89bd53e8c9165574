"""A cookie: a round, slightly domed biscuit with chocolate chips pressed into its top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHOCOLATE, golden_points
from meshforge.engines.text.kit.solids import ellipsoid, lathe, union

DOUGHS: tuple[RGB, ...] = ((215, 160, 90), (200, 140, 75), (225, 175, 105))
DARK_DOUGH: RGB = (85, 55, 40)


def build_cookie(a: Assembly) -> None:
    """A cookie: a round, slightly domed biscuit with chocolate chips pressed into its top."""
    radius, thick = a.vary(0.04, 0.1), a.vary(0.011, 0.15)
    dome = thick * a.between(0.2, 0.45)
    # a puck with a rounded rim and a gently domed top
    profile = [(0.0, 0.0), (radius * 0.92, 0.0)]
    for k in range(1, 7):
        angle = math.pi / 2 * k / 6
        profile.append(
            (radius * 0.92 + thick * 0.5 * math.sin(angle), thick * 0.5 * (1 - math.cos(angle)))
        )
    for k in range(1, 7):
        angle = math.pi / 2 * k / 6
        profile.append(
            (
                radius * 0.92 + thick * 0.5 * math.cos(angle),
                thick * 0.5 + thick * 0.5 * math.sin(angle),
            )
        )
    profile += [(radius * 0.5, thick + dome * 0.7), (0.0, thick + dome)]
    dark = a.mentions("chocolate cookie", "double chocolate", "brownie")
    a.add(lathe(profile, a.segments(radius)), "dough", DARK_DOUGH if dark else a.pick(DOUGHS))
    if a.wants("chip"):
        chips = []
        for azimuth, fraction in golden_points(a.count("chip", a.pick((9, 11, 13)), 0, 30)):
            r = radius * 0.85 * math.sqrt(fraction)
            z = thick + dome * (1 - (r / radius) ** 2) - 0.0012
            size = radius * a.between(0.07, 0.1)
            chip = ellipsoid((size, size * 0.9, size * 0.6), 10).rotate((0, 0, a.between(0, 90)))
            chips.append(chip.translate((r * math.cos(azimuth), r * math.sin(azimuth), z)))
        chip_color = (245, 240, 230) if dark else CHOCOLATE
        a.add(union(chips), "chip", chip_color, Tier.FIXED)


TEMPLATE = Template(
    "cookie",
    build_cookie,
    0.02,
    description="a round baked cookie with chocolate chips",
    synonyms=("cookies", "chocolate chip cookie", "biscuit", "sugar cookie"),
    kinds=("oatmeal cookie", "shortbread", "snickerdoodle"),
    not_claimed=("cookie jar", "cookie cutter", "fortune cookie"),
    parts=("dough", "chip"),
    aliases={"chocolate chip": "chip", "chips": "chip", "biscuit": "dough", "body": "dough"},
)
