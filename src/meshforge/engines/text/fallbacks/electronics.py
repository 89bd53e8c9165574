"""The electronics archetype: a cased gadget with a screen, buttons, a dial and an aerial.

"A router" or "a walkie talkie" becomes a small device of that family in the prompt's colours:
a rounded case standing on its base, a dark screen on its front, a row of buttons, a dial and,
by seed, an aerial or a grille.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    GADGETS,
    LIGHT_GREEN,
    SCREEN,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.solids import box, rod, rounded_box

CATEGORY = "electronics"


def build_device(a: Assembly) -> None:
    """A rounded case with a screen, buttons, a dial, a light and an aerial or grille."""
    width, depth, height = a.vary(0.22, 0.2), a.vary(0.09, 0.2), a.vary(0.15, 0.25)
    a.add(
        rounded_box((width, depth, height), 0.015, a.segments(0.02), (0.0, 0.0, height / 2)),
        "body",
        GADGETS,
    )
    front = -depth / 2
    front_panel(
        a, width * 0.55, height * 0.5, (-width * 0.12, height * 0.6), front, "screen", SCREEN
    )
    for k in range(a.count("button", 3, 1, 6)):
        front_knob(
            a, 0.008, 0.004, -width * 0.3 + k * 0.022, height * 0.2, front, BLACK_PLASTIC, "button"
        )
    front_knob(a, width * 0.07, 0.01, width * 0.32, height * 0.58, front, BLACK_PLASTIC, "dial")
    front_knob(a, 0.004, 0.003, width * 0.32, height * 0.22, front, LIGHT_GREEN, "light")
    if a.maybe("aerial", 0.5, "antenna", "wifi", "radio", "router"):
        a.add(
            rod((width * 0.38, 0.0, height - 0.01), (width * 0.38, 0.0, height + 0.14), 0.004, 8),
            "aerial",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    else:
        for k in range(5):
            slat = box((width * 0.5, 0.006, 0.004), (0.0, -depth * 0.3 + k * depth * 0.15, height))
            a.add(slat, "grille", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "electronic device",
    build_device,
    0.2,
    description="an electronic gadget of no particular kind: a case, a screen and buttons",
    parts=("body", "screen", "button", "dial", "light", "aerial", "grille"),
    aliases={"case": "body", "display": "screen", "knob": "dial", "antenna": "aerial"},
)
