"""A snowboard standing on its tail: a long rounded board with two bindings on its face."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SPORTY, ellipse_points, front_plate
from meshforge.engines.text.kit.solids import box, rounded_box


def build_snowboard(a: Assembly) -> None:
    """A snowboard standing on its tail: a long rounded board with two bindings on its face."""
    length, width, thick = a.vary(1.55, 0.06), a.vary(0.27, 0.06), 0.018
    waist = width * 0.42
    # the front outline: the nose and tail are half-ellipses, the sides curve in at the waist
    nose = [
        (x, length - width * 0.5 + z)
        for x, z in ellipse_points(width / 2, width * 0.5, 24)
        if z >= 0
    ]
    tail = [(x, width * 0.5 + z) for x, z in ellipse_points(width / 2, width * 0.5, 24) if z <= 0]
    outline = [
        *sorted(tail, key=lambda p: p[0]),
        (width / 2, width * 0.5),
        (waist, length / 2),
        (width / 2, length - width * 0.5),
        *sorted(nose, key=lambda p: -p[0]),
        (-width / 2, length - width * 0.5),
        (-waist, length / 2),
        (-width / 2, width * 0.5),
    ]
    lean = a.between(8, 14)
    board = front_plate(outline, thick, 0.0, round_r=0.005)
    a.add(board.rotate((-lean, 0, 0)), "board", SPORTY)
    binding = a.pick((BLACK, (240, 240, 238), (200, 40, 40)))
    for z in (length * 0.36, length * 0.64):
        base = rounded_box((width * 0.78, 0.04, 0.11), 0.012, 8, (0, -thick / 2 - 0.016, z))
        back = box((width * 0.7, 0.1, 0.02), (0, -thick / 2 - 0.05, z + 0.05))
        a.add(base.rotate((-lean, 0, 0)), "binding", binding, Tier.SECONDARY)
        a.add(back.rotate((-lean, 0, 0)), "binding", binding, Tier.SECONDARY)


TEMPLATE = Template(
    "snowboard",
    build_snowboard,
    1.55,
    description="a snowboard with two bindings for riding down snowy slopes",
    synonyms=("snow board", "snowboards"),
    kinds=("splitboard",),
    parts=("board", "binding"),
    aliases={"bindings": "binding", "deck": "board"},
)
