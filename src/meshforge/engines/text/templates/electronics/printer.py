"""A desktop printer: a boxy case with a paper tray rising at the back, an output slot and panel."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    LIGHT_GREEN,
    SCREEN_GLOW,
    WHITE_GOODS,
    cased_box,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.solids import box

PAPER = (250, 250, 248)


def build_printer(a: Assembly) -> None:
    """A desktop printer: a boxy case with a paper tray rising at the back, an output slot and
    panel."""
    width, depth, height = a.vary(0.44, 0.08), a.vary(0.34, 0.1), a.vary(0.18, 0.15)
    color = a.pick((*WHITE_GOODS, BLACK_PLASTIC, (60, 62, 68)))
    trim = BLACK_PLASTIC if color != BLACK_PLASTIC else (150, 152, 158)
    cased_box(a, (width, depth, height), 0.015, "body", color)
    front = -depth / 2
    # the output slot: a dark band across the front, with a tray pulled out under it
    a.add(
        box((width * 0.7, 0.01, height * 0.12), (0, front, height * 0.45)), "slot", trim, Tier.FIXED
    )
    a.add(
        box((width * 0.66, depth * 0.3, 0.008), (0, front - depth * 0.12, height * 0.38)),
        "tray",
        trim,
        Tier.SECONDARY,
    )
    if a.maybe("paper", 0.8, "sheet", "printing"):
        a.add(
            box((width * 0.5, depth * 0.24, 0.004), (0, front - depth * 0.1, height * 0.395)),
            "paper",
            PAPER,
            Tier.FIXED,
        )
    # the input tray leans back out of the top, with paper standing in it
    feeder = box((width * 0.62, 0.012, height * 0.9)).rotate((-25, 0, 0))
    a.add(feeder.translate((0, depth * 0.38, height + height * 0.3)), "tray", trim, Tier.SECONDARY)
    if a.wants("paper"):
        stack = box((width * 0.5, 0.01, height * 0.75)).rotate((-25, 0, 0))
        a.add(
            stack.translate((0, depth * 0.36, height + height * 0.28)), "paper", PAPER, Tier.FIXED
        )
    panel_x = width * 0.3
    front_panel(
        a, width * 0.16, height * 0.22, (panel_x, height * 0.78), front, "screen", SCREEN_GLOW
    )
    for k in range(3):
        front_knob(
            a,
            0.007,
            0.006,
            panel_x - width * 0.12 + k * 0.025,
            height * 0.62,
            front,
            trim,
            "button",
        )
    front_knob(a, 0.005, 0.004, -width * 0.4, height * 0.8, front, LIGHT_GREEN, "light")


TEMPLATE = Template(
    "printer",
    build_printer,
    0.25,
    description="an office machine that prints paper documents from a computer",
    synonyms=(
        "inkjet printer",
        "laser printer",
        "office printer",
        "desktop printer",
        "home printer",
    ),
    kinds=("photo printer", "printer scanner"),
    not_claimed=("3d printer",),
    parts=("body", "slot", "tray", "paper", "screen", "button", "light"),
    aliases={"case": "body", "buttons": "button", "display": "screen", "sheet": "paper"},
)
