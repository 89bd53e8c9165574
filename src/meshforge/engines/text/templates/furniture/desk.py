"""A writing desk: a top over a pedestal of drawers, a second pedestal or legs, a knee hole."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.casework import PULLS, carcass, drawer_column, top_board
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box

#: how far the pedestals stand in from the top's edges
INSET_M = 0.02


def build_desk(a: Assembly) -> None:
    """A writing desk: a top over a pedestal of drawers, a second pedestal or legs, a knee hole."""
    width, depth = a.vary(1.3, 0.12), a.vary(0.65, 0.1)
    height, thick = a.vary(0.76, 0.03), 0.035
    wood = a.pick(WOODS + PAINTS[:2])
    pull = a.pick(PULLS)
    bar_pulls = a.chance(0.5)
    under = height - thick
    top_board(a, (width, depth, thick), height, wood)
    pedestal_w = a.vary(0.42, 0.08)
    twin = a.chance(0.4)
    case_depth = depth - 2 * INSET_M
    front = -case_depth / 2
    rows = a.count("drawer", a.pick((3, 3, 4)), 1, 5)
    plinth = 0.05
    for side in (1, -1) if twin else (1,):
        x = side * (width / 2 - INSET_M - pedestal_w / 2)
        carcass(a, (pedestal_w, case_depth, under + 0.002), (x, 0.0, 0.0), wood)
        drawer_column(a, x, pedestal_w, plinth, under, rows, front, wood, pull, bar_pulls)
    # the knee hole: between the pedestals (or a pedestal and two legs) under a centre drawer
    left = -width / 2 + INSET_M + (pedestal_w if twin else 0.0)
    right = width / 2 - INSET_M - pedestal_w
    knee_w, knee_x, rail_low = right - left, (left + right) / 2, under - 0.13
    carcass(
        a, (knee_w + 0.002, case_depth, under - rail_low + 0.002), (knee_x, 0.0, rail_low), wood
    )
    drawer_column(a, knee_x, knee_w, rail_low, under, 1, front, wood, pull, bar_pulls)
    if not twin:
        for sy in (-1, 1):
            at = (-width / 2 + INSET_M + 0.025, sy * (case_depth / 2 - 0.025), under / 2)
            a.add(box((0.05, 0.05, under), at), "leg", wood)
    if a.maybe("panel", 0.6, "modesty"):  # a back panel closes the knee hole from behind
        low = 0.2
        at = (knee_x, case_depth / 2 - 0.009, (low + rail_low) / 2)
        a.add(box((knee_w + 0.002, 0.018, rail_low - low + 0.002), at), "panel", wood)


TEMPLATE = Template(
    "desk",
    build_desk,
    0.76,
    description="a writing desk with drawers under its top and room for your knees",
    synonyms=(
        "writing desk",
        "office desk",
        "computer desk",
        "school desk",
        "study desk",
        "pedestal desk",
        "writing table",
    ),
    parts=("top", "body", "drawer", "knob", "leg", "panel"),
    aliases={
        "handle": "knob",
        "pull": "knob",
        "drawers": "drawer",
        "pedestal": "body",
        "desktop": "top",
    },
    priority=1,
)
