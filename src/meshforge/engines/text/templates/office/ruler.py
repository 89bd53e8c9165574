"""A ruler: a long thin flat strip with tick marks and numbers' worth of notches along one edge."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, subtract

BODIES: tuple[RGB, ...] = (
    (210, 170, 110),
    (200, 203, 208),
    (240, 240, 235),
    (250, 215, 60),
    (120, 170, 220),
)
MARKS: RGB = (30, 30, 33)


def build_ruler(a: Assembly) -> None:
    """A ruler: a long thin flat strip with tick marks."""
    length = a.pick((0.15, 0.3, 0.3, 0.45)) * a.vary(1.0, 0.03)
    width, thick = a.vary(0.032, 0.1), 0.003
    color = a.pick(BODIES)
    body = box((length, width, thick), (0, 0, thick / 2))
    if a.chance(0.5):  # a hanging hole at one end
        body = subtract(body, cylinder(0.004, thick * 3, 12, (length / 2 - 0.012, 0, -thick)))
    a.add(body, "body", color)
    ticks = round(length / 0.01)
    for k in range(ticks + 1):
        x = -length / 2 + 0.005 + k * (length - 0.01) / ticks
        long_mark = k % 5 == 0
        size = width * (0.35 if k % 10 == 0 else 0.25 if long_mark else 0.15)
        mark = box((0.0008, size, 0.0008), (x, -width / 2 + size / 2, thick))
        a.add(mark, "marking", MARKS, Tier.FIXED)


TEMPLATE = Template(
    "ruler",
    build_ruler,
    0.005,
    description="a flat straight measuring stick marked in centimetres and inches",
    synonyms=(
        "rule",
        "measuring ruler",
        "straight edge",
        "straightedge",
        "school ruler",
        "wooden ruler",
        "metal ruler",
    ),
    kinds=("yardstick", "meter stick", "metre rule", "steel rule", "scale ruler"),
    not_claimed=("slide rule",),
    parts=("body", "marking"),
    aliases={"marks": "marking", "ticks": "marking", "markings": "marking", "numbers": "marking"},
)
