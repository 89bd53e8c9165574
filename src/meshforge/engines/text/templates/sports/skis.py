"""A pair of skis: long narrow boards with upturned tips and bindings, with two poles."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import side_plate
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box

SKIS: tuple[RGB, ...] = (
    (200, 40, 40),
    (30, 80, 170),
    (240, 240, 235),
    (40, 40, 45),
    (240, 180, 30),
)
BINDING: RGB = (35, 35, 38)
POLE: RGB = (190, 192, 198)


def build_skis(a: Assembly) -> None:
    """A pair of skis: long narrow boards with upturned tips and bindings, and maybe poles."""
    length = a.vary(1.7, 0.08)
    width = a.vary(0.09, 0.1)
    color = a.pick(SKIS)
    # side view along Y: flat, then bending up to the tip at the front (-Y)
    half = length / 2
    steps = 8
    profile_top = [(half, 0.012)]
    profile_bottom = [(half, 0.0)]
    for k in range(steps + 1):
        t = k / steps
        y = -half * 0.75 - half * 0.25 * t
        lift = 0.1 * (1 - math.cos(t * math.pi / 2)) * 1.0
        profile_top.append((y - 0.0, lift + 0.012))
        profile_bottom.append((y + 0.006 * t, lift))
    outline = profile_bottom + profile_top[::-1]
    gap = width * a.between(1.4, 2.2)
    for sx in (-1, 1):
        x = sx * gap / 2
        a.add(side_plate(outline, width, x), "ski", color)
        a.add(
            rounded_box((width * 0.8, 0.3, 0.05), 0.015, 8, (x, 0.05, 0.035)),
            "binding",
            BINDING,
            Tier.FIXED,
        )
    a.add(box((gap, 0.06, 0.01), (0, 0.3, 0.006)), "ski", color)
    if a.maybe("pole", 0.6, "poles"):
        for sx in (-1, 1):
            x = sx * (gap / 2 + width * 1.2)
            a.add(rod((x, 0.3, 0.0), (x, -0.6, 0.02), 0.01, 8), "pole", POLE, Tier.FIXED)
            a.add(cylinder(0.05, 0.01, 12, (x, 0.2, 0.0)), "pole", POLE, Tier.FIXED)
            a.add(
                rod((x, 0.3, 0.0), (sx * gap / 2, 0.3, 0.003), 0.008, 6), "pole", POLE, Tier.FIXED
            )


TEMPLATE = Template(
    "skis",
    build_skis,
    0.15,
    description="a pair of long narrow boards with bindings for skiing down snow",
    synonyms=("ski", "pair of skis", "snow skis", "alpine skis", "ski set"),
    kinds=("cross country skis", "water skis"),
    not_claimed=(
        "ski lift",
        "ski mask",
        "ski goggles",
        "jet ski",
        "ski boot",
        "ski resort",
        "ski poles",
    ),
    parts=("ski", "binding", "pole"),
    aliases={"poles": "pole", "bindings": "binding", "boards": "ski"},
)
