"""A serving tray: a flat board with a low rim and a hand hole in each end, or a round one."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import lathe, rounded_box, slab, subtract

#: wood, black lacquer, silver, white and red
TRAYS: tuple[RGB, ...] = (*WOODS[:3], (30, 30, 34), (200, 202, 208), (240, 238, 232), (170, 40, 40))


def build_tray(a: Assembly) -> None:
    """A serving tray: a flat board with a low rim and a hand hole in each end, or a round one."""
    color = a.pick(TRAYS)
    rim_h, wall = a.vary(0.04, 0.2), 0.008
    if a.mentions("round", "circular") or (not a.mentions("rectangular") and a.chance(0.25)):
        radius = a.vary(0.2, 0.15)
        profile = [(0.0, 0.0), (radius, 0.0), (radius + 0.01, rim_h), (radius + 0.01 - wall, rim_h)]
        profile += [(radius - wall, wall), (0.0, wall)]
        a.add(lathe(profile, a.segments(radius)), "tray", color)
        return
    length, width = a.vary(0.48, 0.1), a.vary(0.32, 0.1)
    end_h = rim_h * 1.6  # the ends rise higher, to hold the hand holes
    outer = slab((length, width, end_h), 0.02, 12, (0, 0, end_h / 2))
    inner = slab((length - 2 * wall, width - 2 * wall, end_h), 0.015, 12, (0, 0, end_h / 2 + wall))
    sides = rounded_box((length - 0.08, width * 1.2, end_h), 0.01, 8, (0, 0, end_h / 2 + rim_h))
    holes = [
        rounded_box(
            (0.05, 0.1, end_h * 0.3),
            end_h * 0.14,
            16,
            (sx * (length / 2 - wall / 2), 0, end_h * 0.62),
        )
        for sx in (-1, 1)
    ]
    holes = [hole.scale((1, 1, 1)) for hole in holes]
    a.add(subtract(outer, inner, sides, *holes), "tray", color)


TEMPLATE = Template(
    "tray",
    build_tray,
    0.06,
    description="a flat serving tray with a raised rim and handles for carrying food and drinks",
    synonyms=(
        "serving tray",
        "tea tray",
        "breakfast tray",
        "food tray",
        "drinks tray",
    ),
    not_claimed=(
        "baking tray",
        "ice cube tray",
        "ash tray",
        "paper tray",
        "printer tray",
        "cat litter tray",
    ),
    parts=("tray",),
    aliases={"rim": "tray", "board": "tray", "handle": "tray", "handles": "tray"},
)
