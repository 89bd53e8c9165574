"""A pen holder: a round desk pot with pens and pencils standing in it at easy angles."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, vessel

POTS: tuple[RGB, ...] = (
    (40, 40, 44),
    (200, 202, 206),
    (245, 244, 238),
    (60, 110, 180),
    (190, 60, 55),
)
PENS: tuple[RGB, ...] = ((30, 60, 170), (200, 40, 40), (30, 30, 34), (250, 200, 40), (60, 150, 80))
PENCIL_WOOD: RGB = (235, 200, 150)


def build_pen_holder(a: Assembly) -> None:
    """A pen holder: a round desk pot with pens and pencils standing in it at easy angles."""
    radius, height = a.vary(0.038, 0.1), a.vary(0.1, 0.1)
    pot = vessel([(radius, 0.0), (radius, height)], 0.003, 0.006, a.segments(radius))
    a.add(pot, "pot", POTS)
    if not a.wants("pens"):
        return
    count = a.count("pens", a.pick((4, 5, 6)), 1, 8)
    for k in range(count):
        angle = 2 * math.pi * k / count + a.between(-0.3, 0.3)
        lean = a.between(0.12, 0.28)
        spot = radius * 0.45
        foot = (spot * math.cos(angle), spot * math.sin(angle), 0.007)
        length = a.vary(0.145, 0.08)
        top = (
            foot[0] + length * math.sin(lean) * math.cos(angle),
            foot[1] + length * math.sin(lean) * math.sin(angle),
            foot[2] + length * math.cos(lean),
        )
        colour = a.pick(PENS)
        if k % 2:
            # a pencil: six-sided shaft, painted, its sharpened point up
            a.add(rod(foot, top, 0.0045, 6), "pens", colour, Tier.FIXED)
            tip = tuple(t + (t - f) * 0.12 for t, f in zip(top, foot, strict=True))
            a.add(
                rod(top, (tip[0], tip[1], tip[2]), 0.0045, 6, 0.0008),
                "pens",
                PENCIL_WOOD,
                Tier.FIXED,
            )
        else:
            a.add(rod(foot, top, 0.0055, 12), "pens", colour, Tier.FIXED)
            cap_end = tuple(t + (t - f) * 0.06 for t, f in zip(top, foot, strict=True))
            a.add(
                rod(top, (cap_end[0], cap_end[1], cap_end[2]), 0.0057, 12),
                "pens",
                (30, 30, 34),
                Tier.FIXED,
            )
    a.add(
        cylinder(radius - 0.002, 0.004, a.segments(radius), (0, 0, 0.004)),
        "pot",
        a.color("pot", POTS),
    )


TEMPLATE = Template(
    "pen holder",
    build_pen_holder,
    0.2,
    description="a pen holder: a round pot on a desk with pens and pencils standing in it",
    synonyms=(
        "pencil holder",
        "pen pot",
        "pencil pot",
        "pen cup",
        "pencil cup",
        "desk tidy",
        "pen stand",
    ),
    parts=("pot", "pens"),
    aliases={"cup": "pot", "pen": "pens", "pencils": "pens", "pencil": "pens"},
)
