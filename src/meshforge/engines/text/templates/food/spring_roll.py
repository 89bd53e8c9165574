"""Spring rolls: crisp golden cylinders of rolled wrapper, a seam and blistered skin, on a plate."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, union

FRIED: tuple[RGB, ...] = ((215, 150, 60), (200, 135, 50), (225, 165, 75))
FRESH: RGB = (238, 232, 215)
PLATE: RGB = (245, 245, 242)
DIP: RGB = (200, 60, 40)


def build_spring_roll(a: Assembly) -> None:
    """One to three spring rolls side by side; fried golden, or pale fresh rice-paper rolls."""
    length = a.vary(0.1, 0.08)
    r = length * 0.15
    fresh = a.mentions("fresh", "summer", "rice paper", "vietnamese")
    skin = FRESH if fresh else a.pick(FRIED)
    count = a.count("roll", a.pick((1, 2, 3)), 1, 4)
    plate = count > 1 and a.maybe("plate", 0.7)
    base = length * 0.04 if plate else 0.0
    if plate:
        a.add(cylinder(length * 0.75, base, a.segments(length * 0.7)), "plate", PLATE, Tier.FIXED)
    for k in range(count):
        x = (k - (count - 1) / 2) * r * 2.05
        turn = a.between(-8, 8)
        dy = length / 2 * math.cos(math.radians(turn))
        dx = length / 2 * math.sin(math.radians(turn))
        z = base + r * 0.92
        body = capsule((x - dx, -dy, z), (x + dx, dy, z), r, a.segments(r))
        # the wrapper's blistered skin and the tucked ends, bumps grown into the roll
        bumps = [
            ellipsoid(
                (r * 0.22, r * 0.22, r * 0.1),
                8,
                (x + a.between(-0.3, 0.3) * r, a.between(-0.4, 0.4) * length, z + r * 0.92),
            )
            for _ in range(4)
        ]
        a.add(union([body, *bumps]), "roll", skin)
    if a.maybe("sauce", 0.4 if plate else 0.0):
        dish = cylinder(
            length * 0.15, length * 0.08, 16, (length * 0.42, length * 0.38, base * 0.5)
        )
        a.add(dish, "sauce", DIP, Tier.FIXED)


TEMPLATE = Template(
    "spring roll",
    build_spring_roll,
    0.04,
    description="a golden fried cylinder of thin pastry wrapper rolled around a filling",
    synonyms=("spring rolls", "egg roll", "egg rolls", "springroll"),
    kinds=(
        "summer roll",
        "fresh spring roll",
        "lumpia",
        "popiah",
        "cha gio",
        "vegetable spring roll",
    ),
    parts=("roll", "plate", "sauce"),
    aliases={"rolls": "roll", "wrapper": "roll", "dip": "sauce", "dipping sauce": "sauce"},
)
