"""An ottoman: a padded upholstered footstool, round or square, buttoned on top, on short feet."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import FABRICS, WOODS
from meshforge.engines.text.kit.solids import cylinder, lathe, rounded_box, sphere, union


def build_ottoman(a: Assembly) -> None:
    """An ottoman: a padded upholstered footstool, round or square, buttoned, on short feet."""
    height = a.vary(0.42, 0.1)
    feet = a.vary(0.06, 0.3)
    fabric = a.pick((*FABRICS, (120, 80, 50), (235, 225, 205)))
    body_h = height - feet
    rounded = a.mentions("round", "pouf", "pouffe") or a.chance(0.4)
    size = a.vary(0.5 if rounded else 0.6, 0.12)
    if rounded:
        r, bend = size / 2, body_h * 0.25
        corner = [
            (
                r - bend + bend * math.sin(math.pi / 2 * k / 5),
                height - bend + bend * math.cos(math.pi / 2 * k / 5),
            )
            for k in range(6)
        ]
        profile = [(0.0, feet), (r - 0.03, feet), (r, feet + 0.03), *corner[::-1], (0.0, height)]
        a.add(lathe(profile, a.segments(r)), "cushion", fabric)
        spots = [(0.0, 0.0)] + [
            (
                size * 0.25 * math.cos(2 * math.pi * k / 6),
                size * 0.25 * math.sin(2 * math.pi * k / 6),
            )
            for k in range(6)
        ]
        legs = [
            (
                size * 0.3 * math.cos(2 * math.pi * k / 4 + 0.78),
                size * 0.3 * math.sin(2 * math.pi * k / 4 + 0.78),
            )
            for k in range(4)
        ]
    else:
        a.add(
            rounded_box(
                (size, size * 0.75, body_h), 0.05, a.segments(0.05), (0, 0, feet + body_h / 2)
            ),
            "cushion",
            fabric,
        )
        spots = [(x * size * 0.22, y * size * 0.18) for x in (-1, 0, 1) for y in (-1, 1)]
        legs = [
            (sx * (size / 2 - 0.06), sy * (size * 0.375 - 0.06)) for sx in (-1, 1) for sy in (-1, 1)
        ]
    if a.wants("button"):
        buttons = [sphere(0.012, 8, (x, y, height - 0.004)) for x, y in spots]
        a.add(union(buttons), "button", fabric, Tier.SECONDARY)
    wood = a.pick(WOODS)
    for x, y in legs:
        a.add(cylinder(0.022, feet + 0.01, 12, (x, y, 0), 0.028), "leg", wood, Tier.FIXED)


TEMPLATE = Template(
    "ottoman",
    build_ottoman,
    0.42,
    description="a padded upholstered footstool with no back or arms",
    synonyms=("footstool", "foot stool", "pouf", "pouffe", "hassock", "footrest", "tuffet"),
    kinds=("storage ottoman",),
    parts=("cushion", "button", "leg"),
    aliases={"seat": "cushion", "top": "cushion"},
)
