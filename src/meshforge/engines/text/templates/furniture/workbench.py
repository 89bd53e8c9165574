"""A workbench: a thick wooden top on sturdy legs, a shelf below, a vise and a pegboard."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.gear import DARK_STEEL
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.tools import PAINTED


def build_workbench(a: Assembly) -> None:
    """A thick top on four square legs, a low shelf, a vise on one front corner, a back board."""
    wood = a.pick(WOODS)
    length, depth = a.vary(1.6, 0.12), a.vary(0.7, 0.1)
    height, thick = a.vary(0.9, 0.05), a.vary(0.06, 0.15)
    leg = 0.08
    top_z = height - thick / 2
    a.add(box((length, depth, thick), (0, 0, top_z)), "top", wood)
    inset_x, inset_y = length / 2 - leg / 2 - 0.05, depth / 2 - leg / 2 - 0.03
    legs = (height - thick) + 0.01
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(box((leg, leg, legs), (sx * inset_x, sy * inset_y, legs / 2)), "leg", wood)
        a.add(box((leg * 0.6, depth - 0.06, 0.06), (sx * inset_x, 0, 0.15)), "leg", wood)
    if a.maybe("shelf", 0.8, "shelves", "storage"):
        a.add(box((length - 0.1, depth - 0.06, 0.025), (0, 0, 0.2)), "shelf", wood, Tier.SECONDARY)
    if a.maybe("vise", 0.7, "vice", "clamp"):
        x = -length / 2 + 0.18
        jaw = box((0.2, 0.05, 0.1), (x, -depth / 2 - 0.025, top_z - 0.02))
        vise = a.pick((DARK_STEEL, *PAINTED[:2]))
        a.add(jaw, "vise", vise, Tier.FIXED)
        a.add(
            rod(
                (x, -depth / 2 - 0.05, top_z - 0.03),
                (x, -depth / 2 - 0.14, top_z - 0.03),
                0.012,
                10,
            ),
            "vise",
            DARK_STEEL,
            Tier.FIXED,
        )
        a.add(
            rod(
                (x - 0.09, -depth / 2 - 0.14, top_z - 0.03),
                (x + 0.09, -depth / 2 - 0.14, top_z - 0.03),
                0.008,
                8,
            ),
            "vise",
            DARK_STEEL,
            Tier.FIXED,
        )
    if a.maybe("pegboard", 0.5, "backboard", "tool wall"):
        a.add(
            box((length, 0.02, 0.6), (0, depth / 2 - 0.01, height + 0.3 - 0.01)),
            "pegboard",
            a.pick(WOODS),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "workbench",
    build_workbench,
    0.9,
    description="a sturdy wooden workbench for woodworking, with a vise and a shelf underneath",
    synonyms=(
        "work bench",
        "workbenches",
        "carpenter bench",
        "woodworking bench",
        "tool bench",
        "work table",
    ),
    kinds=("garage workbench", "joiners bench", "carpenters bench"),
    parts=("top", "leg", "shelf", "vise", "pegboard"),
    aliases={"vice": "vise", "clamp": "vise", "worktop": "top", "board": "pegboard", "legs": "leg"},
)
