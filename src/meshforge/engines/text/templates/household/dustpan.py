"""A dustpan with its hand brush: a flat scoop walled at the back and sides, a short handle, and
the brush lying in it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, prism, rounded_box, side_prism
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS

BRISTLES: tuple[RGB, ...] = ((40, 40, 44), (215, 180, 100), (235, 235, 230))


def build_dustpan(a: Assembly) -> None:
    """A dustpan with its hand brush: a flat scoop walled at the back and sides, a short handle,
    and the brush lying in it."""
    width, depth = a.vary(0.3, 0.08), a.vary(0.24, 0.08)
    wall_h, skin = a.vary(0.075, 0.12), 0.004
    color = a.pick(PLASTICS)
    front, back = -depth / 2, depth / 2
    # the floor narrows a little towards the back, its lip flat on the ground
    floor = [(-width / 2, front), (width / 2, front), (width * 0.44, back), (-width * 0.44, back)]
    a.add(prism(floor, skin), "pan", color)
    a.add(box((width * 0.88, skin, wall_h), (0, back - skin / 2, wall_h / 2)), "pan", color)
    for side in (-1, 1):
        # a side wall rising from nothing at the lip to full height at the back
        wall = side_prism([(front, 0.0), (back, 0.0), (back, wall_h)], skin)
        a.add(wall.translate((side * (width * 0.46), 0, 0)), "pan", color)
    handle_l = a.vary(0.16, 0.15)
    grip = capsule((0, back, wall_h * 0.6), (0, back + handle_l, wall_h * 0.9), 0.014, 12)
    a.add(grip, "handle", color)
    if not a.wants("brush"):
        return
    # the hand brush lies in the pan along the back wall, its handle out over the side
    brush_l = width * 0.7
    wood = a.pick((*HANDLE_WOODS, color))
    y = back - 0.04
    stock = rounded_box((brush_l, 0.05, 0.025), 0.008, 8, (0, y, 0.05))
    a.add(stock, "brush", wood, Tier.SECONDARY)
    a.add(box((brush_l - 0.01, 0.044, 0.036), (0, y, 0.02)), "bristle", a.pick(BRISTLES))
    knob = capsule((brush_l / 2 - 0.01, y, 0.05), (width / 2 + 0.1, y, 0.055), 0.012, 10)
    a.add(knob, "brush", wood, Tier.SECONDARY)


TEMPLATE = Template(
    "dustpan",
    build_dustpan,
    0.1,
    description="a flat plastic scoop for sweeping dust into, with a small hand brush",
    synonyms=(
        "dust pan",
        "dustpan and brush",
        "dust pan and brush",
        "dustpan and broom",
        "hand brush",
        "dustpan set",
    ),
    parts=("pan", "handle", "brush", "bristle"),
    aliases={"scoop": "pan", "bristles": "bristle", "broom": "brush"},
)
