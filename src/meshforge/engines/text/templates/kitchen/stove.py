"""A kitchen stove: an oven with a glass door under a hob of four burners and a row of knobs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    CHROME,
    WHITE_GOODS,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box
from meshforge.engines.text.kit.sweeps import hoop

GLASS_DARK = (40, 42, 48)


def build_stove(a: Assembly) -> None:
    """A kitchen stove: an oven with a glass door under a hob of four burners and a row of knobs."""
    width, depth, height = a.vary(0.6, 0.1), 0.6, a.vary(0.9, 0.04)
    a.add(
        rounded_box((width, depth, height), 0.015, 12, (0, 0, height / 2)),
        "body",
        (*WHITE_GOODS, (40, 40, 44), (160, 40, 40)),
    )
    front = -depth / 2
    a.add(
        box((width - 0.02, depth - 0.02, 0.012), (0, 0, height + 0.004)),
        "hob",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    gas = a.mentions("gas") or a.chance(0.5)
    burners = a.count("burner", 4, 1, 6)
    spots = [(-1, -1), (1, -1), (-1, 1), (1, 1), (0, 0), (0, -1)][:burners]
    for sx, sy in spots:
        x, y, r = sx * width * 0.22, sy * depth * 0.22, a.pick((0.06, 0.075, 0.09))
        if gas:
            a.add(hoop(r, 0.008, 24, (x, y, height + 0.014)), "burner", CHROME, Tier.FIXED)
            a.add(
                cylinder(r * 0.4, 0.02, 16, (x, y, height + 0.008)),
                "burner",
                (30, 30, 32),
                Tier.FIXED,
            )
        else:
            a.add(
                cylinder(r, 0.004, 24, (x, y, height + 0.008)), "burner", (70, 70, 76), Tier.FIXED
            )
    # the control strip and knobs across the top of the front
    knob_z = height - 0.05
    for k in range(burners):
        front_knob(
            a, 0.018, 0.02, width * (-0.3 + 0.6 * k / max(1, burners - 1)), knob_z, front, CHROME
        )
    door_h = height * 0.62
    front_panel(a, width - 0.06, door_h, (0, height * 0.42), front, "door", GLASS_DARK, depth=0.008)
    front_panel(
        a,
        width * 0.6,
        door_h * 0.45,
        (0, height * 0.44),
        front - 0.004,
        "window",
        (25, 25, 30),
        depth=0.006,
    )
    handle_z = height * 0.42 + door_h / 2 - 0.04
    a.add(
        rod(
            (-width * 0.35, front - 0.04, handle_z),
            (width * 0.35, front - 0.04, handle_z),
            0.012,
            12,
        ),
        "handle",
        CHROME,
        Tier.FIXED,
    )
    for side in (-1, 1):
        a.add(
            box((0.02, 0.05, 0.02), (side * width * 0.32, front - 0.02, handle_z)),
            "handle",
            CHROME,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "stove",
    build_stove,
    0.9,
    description="a kitchen stove with an oven door and four burners on the cooktop",
    synonyms=(
        "oven",
        "cooker",
        "cooking range",
        "kitchen stove",
        "gas stove",
        "electric stove",
        "cooktop",
        "kitchen range",
    ),
    kinds=("range cooker", "aga"),
    not_claimed=("dutch oven", "microwave oven", "toaster oven", "oven mitt", "oven glove"),
    parts=("body", "hob", "burner", "knob", "door", "window", "handle"),
    aliases={
        "burners": "burner",
        "knobs": "knob",
        "glass": "window",
        "stovetop": "hob",
        "cooktop": "hob",
    },
)
