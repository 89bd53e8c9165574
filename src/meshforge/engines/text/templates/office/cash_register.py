"""A cash register: a money drawer under a sloped keypad, a receipt slot and a pole display."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    SCREEN_GLOW,
    WHITE_GOODS,
    front_panel,
)
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.solids import box, rod, rounded_box, side_prism, union

BODIES = (*WHITE_GOODS[:1], (60, 62, 68), (30, 30, 33), (215, 205, 185))
KEY_COLORS = ((235, 235, 230), (60, 62, 68))


def build_cash_register(a: Assembly) -> None:
    """A cash register: a money drawer under a sloped keypad, a receipt slot and a pole display."""
    width, depth = a.vary(0.4, 0.08), a.vary(0.42, 0.06)
    drawer_h = a.vary(0.1, 0.1)
    body = a.pick(BODIES)
    a.add(rounded_box((width, depth, drawer_h), 0.006, 8, (0, 0, drawer_h / 2)), "drawer", body)
    front = -depth / 2
    front_panel(
        a,
        width * 0.92,
        drawer_h * 0.7,
        (0, drawer_h * 0.5),
        front,
        "drawer",
        BLACK_PLASTIC,
        radius=0.006,
    )
    a.add(box((width * 0.3, 0.012, 0.014), (0, front - 0.006, drawer_h * 0.62)), "drawer", body)
    # the keyboard housing: low at the front, rising to the back
    low, high = drawer_h + 0.05, drawer_h + 0.14
    lip = front + 0.04
    profile = [
        (front + 0.01, drawer_h - 0.002),
        (depth / 2, drawer_h - 0.002),
        (depth / 2, high),
        (lip + depth * 0.45, high),
        (lip, low),
        (front + 0.01, low),
    ]
    a.add(side_prism(profile, width * 0.96), "body", body)
    slope = math.atan2(high - low, depth * 0.45)
    # keys in a grid on the slope, one solid so the model keeps few parts
    keys = []
    cols, rows = 6, 4
    for i in range(cols):
        for j in range(rows):
            t = (j + 0.5) / rows
            y = lip + t * depth * 0.42
            z = low + (y - lip) / (depth * 0.45) * (high - low) + 0.003
            x = (i - (cols - 1) / 2) * width * 0.12
            key = box((0.03, 0.028, 0.012), (0, 0, 0)).rotate((math.degrees(slope), 0, 0))
            keys.append(key.translate((x, y, z)))
    a.add(union(keys), "keys", a.pick(KEY_COLORS), Tier.SECONDARY)
    # the receipt printer at the back top, a paper tongue out of its slot
    back = depth / 2 - depth * 0.2
    if a.maybe("receipt", 0.7, "paper"):
        a.add(
            box((0.06, 0.004, 0.06), (width * 0.28, back, high + 0.025)),
            "receipt",
            WHITE,
            Tier.FIXED,
        )
    if a.maybe("display", 0.9, "screen"):
        pole_top = high + a.vary(0.12, 0.2)
        a.add(
            rod((-width * 0.2, back, high - 0.01), (-width * 0.2, back, pole_top), 0.012, 12),
            "display",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        head = rounded_box((0.16, 0.05, 0.06), 0.008, 8, (-width * 0.2, back, pole_top + 0.02))
        a.add(head, "display", BLACK_PLASTIC, Tier.FIXED)
        front_panel(
            a, 0.13, 0.035, (-width * 0.2, pole_top + 0.02), back - 0.025, "screen", SCREEN_GLOW
        )


TEMPLATE = Template(
    "cash register",
    build_cash_register,
    0.35,
    description="a shop till with a keypad, a small display and a money drawer underneath",
    synonyms=(
        "till",
        "cash till",
        "checkout till",
        "register till",
        "point of sale terminal",
    ),
    parts=("drawer", "body", "keys", "receipt", "display", "screen"),
    aliases={
        "keypad": "keys",
        "buttons": "keys",
        "key": "keys",
        "paper": "receipt",
        "case": "body",
        "money drawer": "drawer",
    },
)
