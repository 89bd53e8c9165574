"""Poker chips: a short stack of casino chips with edge spots and an inlaid centre."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, subtract, union

CHIPS: tuple[RGB, ...] = (
    (200, 30, 40),
    (30, 70, 170),
    (30, 120, 60),
    (25, 25, 28),
    (245, 245, 240),
)
WHITE: RGB = (245, 245, 240)


def build_poker_chip(a: Assembly) -> None:
    """A short stack of casino chips with edge spots and an inlaid centre."""
    r, thick = 0.0195, 0.0033
    count = a.count("chip", a.pick((1, 3, 5, 8)), 1, 20)
    for k in range(count):
        color, z, x = a.pick(CHIPS), k * thick, a.between(-0.0008, 0.0008)
        a.add(cylinder(r, thick, 48, (x, 0, z)), "chip", color)
        marks = union(
            [
                box((r * 0.5, r * 0.25, thick * 1.02), (r * 0.8, 0, z + thick / 2)).rotate(
                    (0, 0, t)
                )
                for t in range(0, 360, 60)
            ]
        )
        rim = subtract(
            cylinder(r * 1.005, thick * 0.98, 48, (0, 0, z + thick * 0.01)),
            cylinder(r * 0.6, thick * 2, 48, (0, 0, z - thick / 2)),
        )
        spot = WHITE if color != WHITE else CHIPS[0]
        a.add((rim ^ marks).translate((x, 0, 0)), "spot", spot, Tier.FIXED)
    top = count * thick
    a.add(cylinder(r * 0.55, 0.0003, 32, (0, 0, top - 0.0001)), "inlay", WHITE, Tier.FIXED)


TEMPLATE = Template(
    "poker chip",
    build_poker_chip,
    0.02,
    description="a poker chip: a round flat casino token with spots around its edge, in a stack",
    synonyms=("poker chips", "casino chip", "casino chips", "gambling chip"),
    parts=("chip", "spot", "inlay"),
    aliases={"chips": "chip", "spots": "spot", "center": "inlay", "centre": "inlay"},
)
