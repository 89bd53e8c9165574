"""A microwave oven: a box with a dark-windowed door, a handle and a keypad panel beside it."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    LIGHT_GREEN,
    SCREEN,
    WHITE_GOODS,
    cased_box,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.solids import box


def build_microwave(a: Assembly) -> None:
    """A microwave oven: a box with a dark-windowed door, a handle and a keypad panel."""
    width, depth, height = a.vary(0.5, 0.08), a.vary(0.38, 0.08), a.vary(0.3, 0.08)
    cased_box(a, (width, depth, height), 0.012, "body", (*WHITE_GOODS, (30, 30, 33)))
    front = -depth / 2
    door_w = width * 0.72
    door_x = -width / 2 + door_w / 2 + 0.012
    front_panel(
        a,
        door_w,
        height - 0.03,
        (door_x, height / 2),
        front,
        "door",
        BLACK_PLASTIC,
        0.004,
        0.008,
        Tier.SECONDARY,
    )
    front_panel(
        a,
        door_w * 0.72,
        height * 0.62,
        (door_x - door_w * 0.06, height / 2),
        front - 0.004,
        "window",
        SCREEN,
        0.003,
        0.01,
    )
    if a.wants("handle"):
        x = door_x + door_w / 2 - 0.03
        a.add(
            box((0.016, 0.03, height * 0.6), (x, front - 0.016, height / 2)),
            "handle",
            (200, 203, 208),
            Tier.FIXED,
        )
    panel_x = door_x + door_w / 2 + (width / 2 - door_x - door_w / 2) / 2 - 0.004
    front_panel(
        a,
        width * 0.16,
        height * 0.14,
        (panel_x, height * 0.8),
        front,
        "display",
        (20, 40, 30),
        0.003,
        0.003,
    )
    front_panel(
        a,
        width * 0.08,
        height * 0.04,
        (panel_x, height * 0.8),
        front - 0.003,
        "display",
        LIGHT_GREEN,
        0.002,
        0.002,
    )
    for row in range(4):
        for col in range(3):
            x = panel_x + (col - 1) * width * 0.05
            front_knob(
                a, 0.008, 0.004, x, height * (0.6 - 0.09 * row), front, (90, 90, 95), "button"
            )


TEMPLATE = Template(
    "microwave",
    build_microwave,
    0.3,
    description="a microwave oven: a metal box with a dark glass door and a keypad",
    synonyms=("microwave oven", "micro wave"),
    kinds=("countertop microwave",),
    parts=("body", "door", "window", "handle", "display", "button"),
    aliases={"glass": "window", "keypad": "button", "screen": "display"},
)
