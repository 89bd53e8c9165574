"""A city bus: long box body, a band of windows, a big windscreen, a door; "double decker"."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box, subtract
from meshforge.engines.text.kit.vehicles import (
    FRAME_DARK,
    GLASS,
    HEADLIGHT,
    PAINTS,
    TAILLIGHT,
    axle,
)

SCHOOL_YELLOW: RGB = (250, 185, 20)


BUS_RED: RGB = (200, 30, 35)


def build_bus(a: Assembly) -> None:
    """A city bus: long box body, a band of windows, a big windscreen, a door; "double decker"."""
    double = a.mentions("double", "decker", "london", "doubledecker")
    school = a.mentions("school")
    length, width = a.vary(10.5 if not double else 9.5, 0.08), 2.5
    height = 4.3 if double else a.vary(3.1, 0.05)
    wheel_r, floor = 0.5, 0.3
    paint = (
        BUS_RED
        if double
        else SCHOOL_YELLOW
        if school
        else a.pick((*PAINTS, BUS_RED, SCHOOL_YELLOW))
    )
    front = -length / 2
    axles = (front + 2.3, length / 2 - 2.6)
    hull = rounded_box(
        (width, length, height - floor), 0.2, a.segments(0.2), (0, 0, (height + floor) / 2)
    )
    # arches only at the sides, so the axle still runs through the floor and holds the wheels
    arches = [
        rod(
            (sx * (width / 2 - 0.4), y, wheel_r),
            (sx * (width / 2 + 0.1), y, wheel_r),
            wheel_r + 0.08,
            a.segments(wheel_r),
        )
        for y in axles
        for sx in (-1, 1)
    ]
    a.add(subtract(hull, *arches), "body", paint)
    decks = (1.55, 3.35) if double else (1.65,)
    band_h = 0.9
    for z in decks:
        for sx in (-1, 1):
            band = box((0.06, length - 1.8, band_h), (sx * width / 2, 0.45, z + band_h / 2))
            a.add(band, "window", GLASS, Tier.FIXED)
            panes = round((length - 1.8) / 1.3)
            for k in range(1, panes):
                y = 0.45 - (length - 1.8) / 2 + k * (length - 1.8) / panes
                a.add(box((0.1, 0.12, band_h), (sx * width / 2, y, z + band_h / 2)), "body", paint)
    screen_h = 1.4 if not double else 1.0
    a.add(
        box((width - 0.3, 0.1, screen_h), (0, front + 0.02, 1.3 + screen_h / 2)),
        "window",
        GLASS,
        Tier.FIXED,
    )
    a.add(
        box((width * 0.6, 0.1, 0.3), (0, front + 0.02, height - 0.3 - (1.2 if double else 0))),
        "sign",
        (30, 30, 30),
        Tier.FIXED,
    )
    a.add(box((0.1, 1.2, 2.2), (-width / 2, front + 1.3, floor + 1.2)), "door", GLASS, Tier.FIXED)
    if school:
        for z in (1.25, 2.7):
            a.add(
                box((width + 0.04, length - 0.6, 0.1), (0, 0, z)),
                "stripe",
                (30, 30, 30),
                Tier.FIXED,
            )
    for sx in (-1, 1):
        lamp = rod(
            (sx * (width / 2 - 0.35), front + 0.05, 0.75),
            (sx * (width / 2 - 0.35), front - 0.04, 0.75),
            0.14,
            12,
        )
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
        a.add(
            box((0.25, 0.1, 0.4), (sx * (width / 2 - 0.25), length / 2, 0.9)),
            "taillight",
            TAILLIGHT,
            Tier.FIXED,
        )
    a.add(box((width, 0.2, 0.3), (0, front + 0.05, 0.45)), "bumper", FRAME_DARK, Tier.FIXED)
    for y in axles:
        axle(a, y, wheel_r, width - 0.05, 0.3)


TEMPLATE = Template(
    "bus",
    build_bus,
    3.2,
    description="a long motor vehicle that carries many passengers",
    synonyms=(
        "school bus",
        "double decker",
        "coach",
        "city bus",
        "double decker bus",
    ),
    not_claimed=("bus stop", "bus shelter"),  # street furniture, not the vehicle
    kinds=("minibus", "trolleybus", "omnibus", "motorcoach"),
    parts=(
        "body",
        "window",
        "door",
        "sign",
        "wheel",
        "hubcap",
        "headlight",
        "taillight",
        "bumper",
        "stripe",
    ),
    aliases={"tyre": "wheel", "tire": "wheel", "windshield": "window", "glass": "window"},
)
