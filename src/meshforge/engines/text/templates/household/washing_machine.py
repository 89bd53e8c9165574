"""A front-loading washing machine: a white box with a round porthole door and a control strip."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    CHROME,
    LIGHT_GREEN,
    SCREEN,
    WHITE_GOODS,
    cased_box,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.sweeps import front_disc, hoop

GLASS: RGB = (60, 80, 100)


def build_washing_machine(a: Assembly) -> None:
    """A front-loading washing machine: a box with a round porthole door and a control strip."""
    width, depth, height = a.vary(0.6, 0.05), a.vary(0.58, 0.06), a.vary(0.85, 0.05)
    cased_box(a, (width, depth, height), 0.02, "body", (*WHITE_GOODS, (60, 62, 68)))
    front = -depth / 2
    strip_h = height * 0.14
    front_panel(
        a,
        width - 0.03,
        strip_h,
        (0, height - strip_h / 2 - 0.015),
        front,
        "panel",
        (225, 225, 228),
        0.003,
        0.005,
    )
    front_panel(
        a,
        width * 0.3,
        strip_h * 0.6,
        (-width * 0.28, height - strip_h / 2 - 0.015),
        front - 0.003,
        "drawer",
        (215, 215, 218),
        0.003,
        0.004,
    )
    front_knob(
        a, strip_h * 0.3, 0.02, width * 0.28, height - strip_h / 2 - 0.015, front - 0.003, CHROME
    )
    front_panel(
        a,
        width * 0.14,
        strip_h * 0.35,
        (width * 0.06, height - strip_h / 2 - 0.015),
        front - 0.003,
        "display",
        SCREEN,
        0.002,
        0.002,
    )
    front_panel(
        a,
        width * 0.05,
        strip_h * 0.12,
        (width * 0.06, height - strip_h / 2 - 0.015),
        front - 0.005,
        "display",
        LIGHT_GREEN,
        0.001,
        0.001,
    )
    door_r = min(width, height) * a.between(0.3, 0.34)
    door_z = (height - strip_h) * 0.5
    if a.wants("door"):
        ring = (
            hoop(door_r, door_r * 0.12, a.segments(door_r))
            .rotate((90, 0, 0))
            .translate((0, front - 0.008, door_z))
        )
        a.add(ring, "door", a.pick((CHROME, (235, 235, 235), (70, 70, 75))), Tier.SECONDARY)
        a.add(
            front_disc(door_r * 0.98, 0.012, a.segments(door_r), 0, door_z, front - 0.004),
            "window",
            GLASS,
            Tier.FIXED,
        )
        a.add(
            front_disc(door_r * 0.15, 0.02, 12, door_r * 0.95, door_z, front - 0.014),
            "handle",
            (200, 200, 205),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "washing machine",
    build_washing_machine,
    0.85,
    description="a front-loading washing machine with a round glass door",
    synonyms=(
        "washer",
        "clothes washer",
        "washer dryer",
        "tumble dryer",
        "dryer",
    ),
    kinds=("front loader", "laundry washer"),
    not_claimed=("pressure washer", "dish washer", "hair dryer"),
    parts=("body", "panel", "drawer", "knob", "display", "door", "window", "handle"),
    aliases={"porthole": "door", "glass": "window", "dial": "knob"},
)
