"""A vending machine: a tall cabinet, snacks on shelves, a keypad and a pickup flap."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME, SCREEN_GLOW, front_panel
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rounded_box, subtract, union

CABINETS = ((200, 35, 40), (30, 30, 33), (40, 90, 190), (235, 235, 230), (45, 130, 70))
INTERIOR = (45, 47, 52)


def build_vending_machine(a: Assembly) -> None:
    """A vending machine: a tall cabinet, snacks on shelves, a keypad and a pickup flap."""
    width, depth, height = a.vary(0.9, 0.06), a.vary(0.8, 0.06), a.vary(1.8, 0.05)
    cabinet = rounded_box((width, depth, height), 0.02, 8, (0, 0, height / 2))
    front = -depth / 2
    # the display case: a deep recess in the left two thirds, lit shelves across it
    case_w, case_low, case_high = width * 0.64, height * 0.3, height * 0.94
    case_x = -width / 2 + 0.05 + case_w / 2
    recess = box((case_w, 0.5, case_high - case_low), (case_x, front, (case_low + case_high) / 2))
    a.add(subtract(cabinet, recess), "cabinet", CABINETS)
    a.add(
        box(
            (case_w, 0.02, case_high - case_low), (case_x, front + 0.25, (case_low + case_high) / 2)
        ),
        "interior",
        INTERIOR,
        Tier.FIXED,
    )
    shelves = a.pick((4, 5))
    step = (case_high - case_low) / shelves
    for k in range(shelves):
        z = case_low + k * step
        a.add(
            box((case_w + 0.002, 0.24, 0.012), (case_x, front + 0.13, z + 0.006)),
            "shelf",
            CHROME,
            Tier.FIXED,
        )
        items = a.pick((5, 6))
        pitch = case_w / items
        tall = step * a.between(0.45, 0.7)
        snacks = [
            box(
                (pitch * 0.7, 0.05, tall),
                (case_x - case_w / 2 + pitch * (i + 0.5), front + 0.05, z + 0.012 + tall / 2),
            )
            for i in range(items)
        ]
        a.add(union(snacks), "snack", a.pick(BRIGHTS), Tier.FIXED)
    # the control panel on the right: a small screen, a keypad, a coin slot and a note slot
    panel_x = case_x + case_w / 2 + (width / 2 - (case_x + case_w / 2)) / 2
    panel_w = width / 2 - (case_x + case_w / 2) - 0.04
    front_panel(a, panel_w * 0.8, 0.07, (panel_x, height * 0.8), front, "screen", SCREEN_GLOW)
    front_panel(
        a,
        panel_w * 0.75,
        0.2,
        (panel_x, height * 0.64),
        front,
        "keypad",
        BLACK_PLASTIC,
        depth=0.008,
    )
    front_panel(a, 0.02, 0.06, (panel_x, height * 0.5), front, "slot", CHROME, depth=0.01)
    front_panel(a, panel_w * 0.6, 0.03, (panel_x, height * 0.44), front, "slot", CHROME, depth=0.01)
    # the pickup flap at the bottom, under the display case
    front_panel(
        a,
        case_w * 0.8,
        height * 0.1,
        (case_x, height * 0.15),
        front,
        "flap",
        BLACK_PLASTIC,
        depth=0.012,
        radius=0.01,
    )


TEMPLATE = Template(
    "vending machine",
    build_vending_machine,
    1.8,
    description="a tall coin-operated machine with snacks and drinks behind glass, sold by keypad",
    synonyms=(
        "snack machine",
        "soda machine",
        "drinks machine",
        "drink machine",
        "vendor machine",
        "candy machine",
        "coke machine",
        "pop machine",
    ),
    parts=("cabinet", "interior", "shelf", "snack", "screen", "keypad", "slot", "flap"),
    aliases={
        "body": "cabinet",
        "case": "cabinet",
        "shelves": "shelf",
        "snacks": "snack",
        "drinks": "snack",
        "cans": "snack",
        "buttons": "keypad",
        "display": "screen",
        "door": "flap",
    },
)
