"""A party balloon: a round rubber balloon with a knotted neck on a long curling string."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import cylinder, lathe
from meshforge.engines.text.kit.sweeps import tube


def build_balloon(a: Assembly) -> None:
    """A party balloon: a round rubber balloon with a knotted neck on a long curling string."""
    r = a.vary(0.14, 0.08)
    string_l = a.vary(0.55, 0.12) if a.wants("string") else 0.0
    base = string_l
    # a teardrop: wide at the top, narrowing to the knot
    profile = [(0.0, 0.0)]
    for k in range(1, 24):
        t = math.pi * k / 24
        radius = r * math.sin(t) * (1.0 - 0.18 * math.cos(t))
        z = r * 1.15 * (1 - math.cos(t)) + r * 0.12
        profile.append((radius, z))
    profile.append((0.0, r * 2.42))
    a.add(lathe(profile, a.segments(r)).translate((0, 0, base + r * 0.05)), "balloon", BRIGHTS)
    a.add(
        cylinder(r * 0.09, r * 0.16, 12, (0, 0, base + r * 0.02), r * 0.05),
        "knot",
        BRIGHTS,
        Tier.SECONDARY,
    )
    if string_l > 0:
        wiggle = a.between(0.02, 0.04)
        points = [
            (
                wiggle * math.sin(k * 1.3),
                wiggle * math.cos(k * 0.9) * 0.5,
                base + r * 0.06 - string_l * k / 8,
            )
            for k in range(9)
        ]
        points[0] = (0.0, 0.0, base + r * 0.1)
        a.add(tube(points, 0.0025, 8), "string", (235, 235, 230), Tier.FIXED)


TEMPLATE = Template(
    "balloon",
    build_balloon,
    0.9,
    description="a round colourful party balloon on a string",
    synonyms=(
        "balloons",
        "party balloon",
        "helium balloon",
        "rubber balloon",
        "birthday balloon",
        "toy balloon",
    ),
    kinds=("balloon bouquet",),
    not_claimed=("hot air balloon", "balloon dog", "balloon animal", "weather balloon"),
    parts=("balloon", "knot", "string"),
    aliases={"ribbon": "string", "body": "balloon"},
)
