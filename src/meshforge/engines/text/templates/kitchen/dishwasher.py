"""A dishwasher: a built-under box with a full-height drop-down door, a handle bar and controls."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    CHROME,
    LIGHT_GREEN,
    SCREEN,
    WHITE_GOODS,
    cased_box,
    front_panel,
)
from meshforge.engines.text.kit.solids import rod

STAINLESS = (190, 194, 200)


def build_dishwasher(a: Assembly) -> None:
    """A dishwasher: a built-under box with a full-height drop-down door, a handle and controls."""
    width, depth, height = a.vary(0.6, 0.04), a.vary(0.58, 0.05), a.vary(0.85, 0.03)
    shell = a.pick((*WHITE_GOODS, STAINLESS, STAINLESS, (40, 40, 44)))
    cased_box(a, (width, depth, height), 0.01, "body", shell)
    front = -depth / 2
    strip_h, kick_h = 0.1, 0.1
    door_h = height - strip_h - kick_h - 0.02
    door_z = kick_h + 0.01 + door_h / 2
    front_panel(
        a, width - 0.012, door_h, (0, door_z), front, "door", shell, 0.008, 0.006, Tier.PRIMARY
    )
    front_panel(
        a,
        width - 0.03,
        strip_h - 0.02,
        (0, height - strip_h / 2),
        front,
        "panel",
        BLACK_PLASTIC,
        0.004,
        0.004,
        Tier.SECONDARY,
    )
    front_panel(
        a,
        width - 0.06,
        kick_h - 0.02,
        (0, kick_h / 2),
        front,
        "plinth",
        BLACK_PLASTIC,
        0.004,
        0.002,
    )
    for k in range(5):  # a row of buttons and a small display on the control strip
        x = -width * 0.3 + k * width * 0.08
        front_panel(
            a,
            0.022,
            0.012,
            (x, height - strip_h / 2),
            front - 0.004,
            "button",
            (200, 202, 206),
            0.003,
            0.003,
        )
    front_panel(
        a,
        0.07,
        0.028,
        (width * 0.25, height - strip_h / 2),
        front - 0.004,
        "display",
        SCREEN,
        0.002,
        0.002,
    )
    front_panel(
        a,
        0.03,
        0.01,
        (width * 0.25, height - strip_h / 2),
        front - 0.006,
        "display",
        LIGHT_GREEN,
        0.001,
        0.001,
    )
    if a.wants("handle"):  # a bar across the door's top, on two posts
        z, y = door_z + door_h / 2 - 0.05, front - 0.03
        a.add(
            rod((-width * 0.35, y, z), (width * 0.35, y, z), 0.009, 12),
            "handle",
            CHROME,
            Tier.FIXED,
        )
        for sx in (-1, 1):
            post = rod((sx * width * 0.33, front - 0.004, z), (sx * width * 0.33, y, z), 0.007, 10)
            a.add(post, "handle", CHROME, Tier.FIXED)


TEMPLATE = Template(
    "dishwasher",
    build_dishwasher,
    0.85,
    description="a kitchen appliance with a drop-down front door that washes the dishes",
    synonyms=("dish washer", "dishwashing machine", "dish washing machine"),
    parts=("body", "door", "panel", "plinth", "button", "display", "handle"),
    aliases={"controls": "panel", "kickplate": "plinth", "screen": "display", "bar": "handle"},
)
