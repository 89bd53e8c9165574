"""A chest of drawers: a cabinet on feet filled with rows of drawers, the top row often split."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.casework import PULLS, carcass, drawer_column, top_board
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder


def build_chest_of_drawers(a: Assembly) -> None:
    """A chest of drawers: a cabinet on feet filled with rows of drawers, the top row split."""
    tall = a.mentions("tall", "tallboy", "highboy")
    rows = a.count("drawer", a.pick((6, 7)) if tall else a.pick((3, 4, 4, 5)), 2, 8)
    width, depth = a.vary(0.8 if tall else 0.9, 0.12), a.vary(0.48, 0.08)
    foot = a.vary(0.09, 0.3)
    case_h = rows * a.vary(0.19, 0.08)
    wood = a.pick(WOODS + PAINTS)
    front = -depth / 2
    carcass(a, (width, depth, case_h), (0.0, 0.0, foot), wood)
    top_z = foot + case_h + 0.025  # the top sinks into the case a little, not resting on it
    top_board(a, (width + 0.04, depth + 0.03, 0.03), top_z, wood)
    if a.chance(0.5):  # turned bun feet
        for sx in (-1, 1):
            for sy in (-1, 1):
                at = (sx * (width / 2 - 0.05), sy * (depth / 2 - 0.05), 0.0)
                a.add(cylinder(0.035, foot + 0.005, 12, at, 0.025), "leg", wood)
    else:  # a plinth with a cut-out apron
        a.add(box((width, depth, foot * 0.5), (0, 0, foot * 0.75 + 0.002)), "leg", wood)
        for sx in (-1, 1):
            at = (sx * (width / 2 - 0.05), 0.0, foot / 2)
            a.add(box((0.1, depth, foot + 0.002), at), "leg", wood)
    drawer_column(
        a,
        0.0,
        width,
        foot,
        foot + case_h,
        rows,
        front,
        wood,
        a.pick(PULLS),
        a.chance(0.5),
        split_top=a.chance(0.6),
    )


TEMPLATE = Template(
    "chest of drawers",
    build_chest_of_drawers,
    0.9,
    description="a low cabinet filled with rows of drawers for keeping clothes",
    synonyms=("dresser", "tallboy", "highboy", "lowboy", "drawer chest", "chest of drawer"),
    parts=("body", "top", "drawer", "knob", "leg"),
    aliases={"handle": "knob", "pull": "knob", "drawers": "drawer", "foot": "leg", "feet": "leg"},
    priority=1,
)
