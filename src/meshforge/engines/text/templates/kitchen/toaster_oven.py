"""A toaster oven: a small box oven with a wide glass door, a bar handle and dials at the side."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    CHROME,
    cased_box,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.solids import box, rod

BODIES = (CHROME, BLACK_PLASTIC, (240, 240, 238), (180, 40, 40))
WINDOW = (40, 45, 50)


def build_toaster_oven(a: Assembly) -> None:
    """A low box with a dark glass door across most of its front, dials on a panel at the right."""
    w, h, d = a.vary(0.45, 0.08), a.vary(0.25, 0.08), a.vary(0.33, 0.08)
    color = a.pick(BODIES)
    cased_box(a, (w, d, h), 0.01, "body", color, 0.02)
    front = -d / 2
    door_w = w * 0.68
    door_x = -w / 2 + door_w / 2 + 0.015
    front_panel(a, door_w, h * 0.75, (door_x, 0.02 + h / 2), front, "door", WINDOW, 0.006)
    a.add(
        rod(
            (door_x - door_w * 0.4, front - 0.03, 0.02 + h * 0.82),
            (door_x + door_w * 0.4, front - 0.03, 0.02 + h * 0.82),
            0.007,
            10,
        ),
        "handle",
        CHROME,
        Tier.FIXED,
    )
    for dx in (-door_w * 0.38, door_w * 0.38):
        a.add(
            box((0.012, 0.032, 0.012), (door_x + dx, front - 0.014, 0.02 + h * 0.82)),
            "handle",
            CHROME,
            Tier.FIXED,
        )
    panel_x = w / 2 - (w - door_w) / 2 + 0.005
    for k in range(a.count("dial", 3, 1, 4)):
        z = 0.02 + h * (0.75 - 0.22 * k)
        front_knob(a, 0.018, 0.015, panel_x, z, front, BLACK_PLASTIC, "dial")
    for x in (-w * 0.4, w * 0.4):
        for y in (-d * 0.35, d * 0.35):
            a.add(box((0.03, 0.03, 0.025), (x, y, 0.0125)), "foot", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "toaster oven",
    build_toaster_oven,
    0.27,
    description="a toaster oven, a small countertop electric oven with a glass door and dials",
    synonyms=("toaster ovens", "countertop oven", "mini oven", "convection oven"),
    kinds=("benchtop oven",),
    parts=("body", "door", "handle", "dial", "foot"),
    aliases={"window": "door", "knob": "dial", "knobs": "dial", "feet": "foot", "case": "body"},
)
