"""A drip coffee maker: a back tower with a hood over a glass carafe standing on a hot plate."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    LIGHT_GREEN,
    SMALL_APPLIANCES,
    front_knob,
)
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rounded_box
from meshforge.engines.text.kit.sweeps import tube

GLASS: RGB = (200, 220, 230)
COFFEE: RGB = (70, 40, 22)


def build_coffee_maker(a: Assembly) -> None:
    """A drip coffee maker: a back tower with a hood over a glass carafe on a hot plate."""
    width, depth, height = a.vary(0.2, 0.08), a.vary(0.24, 0.08), a.vary(0.34, 0.08)
    body = a.pick(SMALL_APPLIANCES[:3])
    tower_d = depth * 0.38
    tower_y = depth / 2 - tower_d / 2
    a.add(rounded_box((width, depth, 0.035), 0.01, 8, (0, 0, 0.0175)), "base", body)
    a.add(rounded_box((width, tower_d, height), 0.015, 8, (0, tower_y, height / 2)), "body", body)
    hood_h = height * 0.3
    a.add(rounded_box((width, depth, hood_h), 0.015, 8, (0, 0, height - hood_h / 2)), "body", body)
    plate_r = width * 0.33
    plate_y = -depth / 2 + depth * 0.34
    a.add(
        cylinder(plate_r, 0.008, a.segments(plate_r), (0, plate_y, 0.033)),
        "plate",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    if a.wants("carafe"):
        pot_h = height - hood_h - 0.05
        r = plate_r * 0.95
        outline = [
            (0, 0),
            (r, 0),
            (r * 1.05, pot_h * 0.4),
            (r * 0.75, pot_h * 0.8),
            (r * 0.8, pot_h),
            (0, pot_h),
        ]
        a.add(lathe(outline, a.segments(r), (0, plate_y, 0.04)), "carafe", GLASS, Tier.FIXED)
        a.add(
            cylinder(r * 1.02, pot_h * 0.35, a.segments(r), (0, plate_y, 0.042), r * 1.05),
            "coffee",
            COFFEE,
            Tier.FIXED,
        )
        a.add(
            cylinder(r * 0.82, 0.012, a.segments(r), (0, plate_y, 0.04 + pot_h - 0.006)),
            "carafe",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        grip = tube(
            [
                (-r * 0.9, plate_y, 0.04 + pot_h * 0.85),
                (-r * 1.5, plate_y, 0.04 + pot_h * 0.8),
                (-r * 1.45, plate_y, 0.04 + pot_h * 0.35),
                (-r * 0.95, plate_y, 0.04 + pot_h * 0.3),
            ],
            0.007,
            8,
        )
        a.add(grip, "handle", BLACK_PLASTIC, Tier.FIXED)
    front_knob(a, 0.008, 0.005, width * 0.3, 0.0175, -depth / 2, (40, 40, 40), "button")
    a.add(
        box((0.008, 0.004, 0.005), (width * 0.3, -depth / 2 - 0.006, 0.0175)),
        "button",
        LIGHT_GREEN,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "coffee maker",
    build_coffee_maker,
    0.35,
    description="a drip coffee machine with a glass coffee pot on a warming plate",
    synonyms=(
        "coffee machine",
        "coffeemaker",
        "drip coffee maker",
        "espresso machine",
        "coffee brewer",
    ),
    kinds=("filter coffee machine", "percolator"),
    parts=("base", "body", "plate", "carafe", "coffee", "handle", "button"),
    aliases={"pot": "carafe", "jug": "carafe", "glass": "carafe"},
)
