"""A table: rectangular on legs, or round on a pedestal or legs."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, slab


def build_table(a: Assembly) -> None:
    """A table: rectangular on legs, or round on a pedestal or legs."""
    wood = a.pick(WOODS + PAINTS[:1])
    low = a.mentions("coffee", "side")
    height = a.vary(0.45 if low else 0.75, 0.06)
    thick = a.vary(0.04, 0.2)
    legs = a.count("leg", 4, 1, 8)
    round_top = a.mentions("round", "circular") or (
        not a.mentions("square", "rectangular") and (legs in (1, 3) or a.chance(0.3))
    )
    top_z = height - thick / 2
    leg = a.vary(0.055, 0.2)
    if round_top:
        radius = a.vary(0.5 if not low else 0.4, 0.15)
        a.add(cylinder(radius, thick, a.segments(radius), (0, 0, height - thick)), "top", wood)
        if legs == 1 or (a.count("leg", 0, 0, 8) == 0 and a.chance(0.5)):
            a.add(cylinder(0.06, height, a.segments(0.06), (0, 0, 0)), "leg", wood)
            a.add(
                cylinder(radius * 0.55, 0.04, a.segments(radius), (0, 0, 0), radius * 0.45),
                "leg",
                wood,
            )
            return
        for i in range(legs):
            angle = 2 * math.pi * (i + 0.5) / legs
            x, y = 0.7 * radius * math.cos(angle), 0.7 * radius * math.sin(angle)
            a.add(box((leg, leg, top_z), (x, y, top_z / 2)), "leg", wood)
        return
    length, depth = a.vary(1.3 if not low else 1.0, 0.15), a.vary(0.8 if not low else 0.55, 0.12)
    a.add(slab((length, depth, thick), 0.03, a.segments(0.03), (0, 0, top_z)), "top", wood)
    inset = leg / 2 + 0.04
    per_side = max(2, legs // 2)
    for i in range(per_side):
        x = -length / 2 + inset + (length - 2 * inset) * i / (per_side - 1)
        for sy in (-1, 1):
            a.add(box((leg, leg, top_z), (x, sy * (depth / 2 - inset), top_z / 2)), "leg", wood)
    if a.chance(0.6):  # an apron under the top makes it read as a table, not a plank on sticks
        apron_h = 0.08
        z = height - thick - apron_h / 2
        for sy in (-1, 1):
            a.add(
                box((length - 2 * inset, 0.02, apron_h), (0, sy * (depth / 2 - inset), z)),
                "top",
                wood,
            )


TEMPLATE = Template(
    "table",
    build_table,
    0.75,
    description="a piece of furniture with a flat top on legs",
    synonyms=("desk", "dining table", "coffee table", "side table", "kitchen table"),
    kinds=(
        "end table",
        "console table",
        "card table",
        "dressing table",
        "office desk",
        "computer desk",
        "standing desk",
        "school desk",
        "trestle table",
        "round table",
        "farmhouse table",
        "patio table",
    ),
    parts=("top", "leg"),
    aliases={"tabletop": "top", "surface": "top"},
)
