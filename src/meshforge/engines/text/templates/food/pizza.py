"""A pizza slice (or a whole pizza when asked): dough, melted cheese, a puffy crust, pepperoni."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHEESE, CRUSTS, LEAF_GREEN
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, prism, union
from meshforge.engines.text.kit.sweeps import hoop, tube

PEPPERONI: RGB = (175, 45, 35)
SAUCE: RGB = (190, 50, 30)


def build_pizza(a: Assembly) -> None:
    """A pizza slice (or a whole pizza when asked): dough, cheese, a puffy crust, pepperoni."""
    crust_color = a.pick(CRUSTS)
    radius = a.vary(0.16, 0.12)
    dough, crust_r = 0.008, a.vary(0.011, 0.15)
    whole = a.mentions("whole", "pie", "entire")
    if whole:
        a.add(cylinder(radius, dough, a.segments(radius)), "crust", crust_color, Tier.FIXED)
        a.add(
            hoop(radius - crust_r, crust_r, a.segments(radius), (0, 0, dough)), "crust", crust_color
        )
        a.add(
            cylinder(radius - crust_r * 1.5, dough * 0.6, a.segments(radius), (0, 0, dough * 0.6)),
            "cheese",
            CHEESE,
        )
        spots = _spots_in_disc(a, radius - crust_r * 2.5, a.count("pepperoni", 10, 0, 30))
    else:
        half = math.radians(a.between(14, 19))
        apex = (0.0, -radius * 0.5)
        arc = [
            (apex[0] + radius * math.sin(t), apex[1] + radius * math.cos(t))
            for t in [-half + 2 * half * k / 10 for k in range(11)]
        ]
        a.add(prism([apex, *arc], dough), "crust", crust_color, Tier.FIXED)
        inset = [(x * 0.94, apex[1] + (y - apex[1]) * 0.94) for x, y in arc]
        a.add(
            prism([(apex[0], apex[1] + 0.008), *inset], dough * 0.6, (0, 0, dough * 0.6)),
            "cheese",
            CHEESE,
        )
        rim = [(x * 0.975, apex[1] + (y - apex[1]) * 0.975, dough + crust_r * 0.3) for x, y in arc]
        a.add(tube(rim, crust_r, a.segments(crust_r * 4)), "crust", crust_color)
        spots = _spots_in_slice(a, apex, radius * 0.85, half * 0.8, a.count("pepperoni", 3, 0, 8))
    if a.wants("pepperoni") and spots:
        size = a.vary(0.016, 0.1)
        discs = [cylinder(size, 0.004, a.segments(size * 3), (x, y, dough * 1.1)) for x, y in spots]
        a.add(union(discs), "pepperoni", PEPPERONI, Tier.FIXED)
    if a.maybe("basil", 0.3):
        x, y = spots[0] if spots else (0.0, 0.0)
        leaf = ellipsoid((0.012, 0.007, 0.002), 12, (x + 0.02, y + 0.01, dough * 1.3))
        a.add(leaf, "basil", LEAF_GREEN, Tier.FIXED)


def _spots_in_slice(
    a: Assembly, apex: tuple[float, float], reach: float, half: float, count: int
) -> list[tuple[float, float]]:
    """Pepperoni places spread over a slice, away from its tip."""
    spots: list[tuple[float, float]] = []
    for k in range(count):
        distance = reach * (0.45 + 0.5 * (k + a.between(0.2, 0.8)) / max(count, 1))
        angle = a.between(-half, half) * min(1.0, distance / reach + 0.2)
        spots.append((apex[0] + distance * math.sin(angle), apex[1] + distance * math.cos(angle)))
    return spots


def _spots_in_disc(a: Assembly, reach: float, count: int) -> list[tuple[float, float]]:
    """Pepperoni places spread over a whole pizza."""
    golden = math.pi * (3 - math.sqrt(5))
    turn = a.between(0, 2 * math.pi)
    return [
        (
            reach * math.sqrt((k + 0.5) / count) * math.cos(turn + k * golden),
            reach * math.sqrt((k + 0.5) / count) * math.sin(turn + k * golden),
        )
        for k in range(count)
    ]


TEMPLATE = Template(
    "pizza",
    build_pizza,
    0.03,
    description="a slice of pizza with melted cheese, pepperoni and a golden crust",
    synonyms=("pizza slice", "slice of pizza", "pizza pie", "pepperoni pizza"),
    kinds=(
        "margherita",
        "cheese pizza",
        "neapolitan pizza",
        "hawaiian pizza",
        "veggie pizza",
        "deep dish pizza",
        "personal pizza",
    ),
    parts=("crust", "cheese", "pepperoni", "basil"),
    aliases={"topping": "pepperoni", "salami": "pepperoni", "dough": "crust", "leaf": "basil"},
)
