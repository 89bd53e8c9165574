"""A desk calendar: a card easel shaped like a tent, pages hung from a wire coil across the top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, union
from meshforge.engines.text.kit.stationery import COVERS, PAPER, WIRE, spiral_binding

GRID = (170, 170, 175)


def build_desk_calendar(a: Assembly) -> None:
    """A desk calendar: a card tent easel, pages hung from a wire coil across its top."""
    width, height = a.vary(0.2, 0.12), a.vary(0.14, 0.12)
    lean = math.radians(a.between(18, 24))
    slope = height / math.cos(lean)
    # each face is a thin board rotated about X through the apex
    apex_z = height

    def face(size_x: float, thick: float, offset: float, side: int):  # type: ignore[no-untyped-def]
        board = box((size_x, thick, slope), (0, 0, -slope / 2)).translate((0, offset * side, 0))
        return board.rotate((side * math.degrees(lean), 0, 0)).translate((0, 0, apex_z))

    color = a.color("stand", COVERS)
    a.add(face(width, 0.003, 0.0015, 1), "stand", color)
    a.add(face(width * 0.98, 0.004, 0.0045, -1), "page", PAPER, Tier.FIXED)
    # the page face: a coloured header band and a month's grid, tilted with the page
    header = box((width * 0.9, 0.002, slope * 0.18), (0, -0.0072, -slope * 0.16))
    rows = [
        box((width * 0.86, 0.0024, 0.003), (0, -0.0072, -slope * (0.34 + 0.11 * k)))
        for k in range(6)
    ]
    columns = [
        box(
            (0.003, 0.0024, slope * 0.55),
            (width * 0.43 * (2 * k / 7 - 1), -0.0072, -slope * 0.615),
        )
        for k in range(1, 7)
    ]
    tilt = (-math.degrees(lean), 0, 0)
    a.add(header.rotate(tilt).translate((0, 0, apex_z)), "header", COVERS, Tier.SECONDARY)
    a.add(union(rows + columns).rotate(tilt).translate((0, 0, apex_z)), "grid", GRID, Tier.FIXED)
    coil = spiral_binding(width * 0.9, 0.007, 0.013, 0.0009)
    a.add(coil.translate((0, 0, apex_z - 0.002)), "spiral", WIRE, Tier.FIXED)


TEMPLATE = Template(
    "desk calendar",
    build_desk_calendar,
    0.14,
    description="a desk calendar: a small tent-shaped stand with a month's pages on a wire coil",
    synonyms=("calendar", "table calendar", "tent calendar", "desktop calendar", "flip calendar"),
    parts=("stand", "page", "header", "grid", "spiral"),
    aliases={
        "pages": "page",
        "days": "grid",
        "coil": "spiral",
        "easel": "stand",
        "month": "header",
    },
)
