"""Road vehicle templates: truck, bus (the car and the bicycle have their own modules)."""

from __future__ import annotations

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.car import GLASS, HEADLIGHT, HUB, PAINTS, TAILLIGHT, TYRE
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    box,
    ellipsoid,
    rod,
    rounded_box,
    subtract,
)

CARGO: tuple[RGB, ...] = ((240, 240, 238), (200, 200, 205), (40, 90, 160), (200, 60, 40))
SCHOOL_YELLOW: RGB = (250, 185, 20)
BUS_RED: RGB = (200, 30, 35)
FRAME_DARK: RGB = (45, 45, 50)


def _axle(a: Assembly, y: float, radius: float, track: float, width: float) -> None:
    """Two wheels joined by an axle at ``y``, their outer faces ``track`` apart."""
    for sx in (-1, 1):
        x = sx * (track / 2 - width / 2)
        tyre = rod(
            (x - width / 2, y, radius), (x + width / 2, y, radius), radius, a.segments(radius)
        )
        a.add(tyre, "wheel", TYRE, Tier.FIXED)
        cap = rod(
            (x, y, radius),
            (x + sx * (width / 2 + 0.02), y, radius),
            radius * 0.5,
            a.segments(radius),
        )
        a.add(cap, "hubcap", HUB, Tier.FIXED)
    a.add(
        rod((-track / 2 + 0.1, y, radius), (track / 2 - 0.1, y, radius), 0.08, 8),
        "wheel",
        TYRE,
        Tier.FIXED,
    )


def build_truck(a: Assembly) -> None:
    """A lorry: a cab in front of a box body or a tipper; "pickup" gives an open-bed pickup."""
    if a.mentions("pickup", "ute"):
        _pickup(a)
        return
    length, width = a.vary(7.0, 0.1), a.vary(2.45, 0.03)
    wheel_r, paint = 0.52, a.pick(PAINTS)
    cab_l, cab_h = a.vary(2.0, 0.06), a.vary(2.9, 0.06)
    front = -length / 2
    a.add(
        box((width - 0.5, length - 0.2, 0.35), (0, 0.05, wheel_r + 0.15)),
        "chassis",
        FRAME_DARK,
        Tier.FIXED,
    )
    cab = rounded_box(
        (width, cab_l, cab_h - 0.55),
        0.12,
        a.segments(0.12),
        (0, front + cab_l / 2, 0.55 + (cab_h - 0.55) / 2),
    )
    a.add(cab, "cab", paint)
    glass_z = 0.55 + (cab_h - 0.55) * 0.72
    a.add(box((width - 0.3, 0.1, 0.85), (0, front + 0.02, glass_z)), "window", GLASS, Tier.FIXED)
    for sx in (-1, 1):
        a.add(
            box((0.1, cab_l * 0.5, 0.7), (sx * width / 2, front + cab_l * 0.4, glass_z)),
            "window",
            GLASS,
            Tier.FIXED,
        )
        lamp = rod(
            (sx * (width / 2 - 0.35), front + 0.05, 0.95),
            (sx * (width / 2 - 0.35), front - 0.04, 0.95),
            0.14,
            a.segments(0.14),
        )
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
        a.add(
            box((0.3, 0.1, 0.18), (sx * (width / 2 - 0.3), length / 2 - 0.02, 0.95)),
            "taillight",
            TAILLIGHT,
            Tier.FIXED,
        )
    a.add(box((width * 0.5, 0.08, 0.6), (0, front, 1.15)), "grille", FRAME_DARK, Tier.FIXED)
    a.add(box((width, 0.25, 0.3), (0, front + 0.05, 0.6)), "bumper", FRAME_DARK, Tier.FIXED)
    body_front, body_back = front + cab_l + 0.15, length / 2
    body_len = body_back - body_front
    if a.mentions("dump", "tipper", "tip") or a.chance(0.25):
        bed = rounded_box(
            (width, body_len, 1.3), 0.05, 8, (0, body_front + body_len / 2, wheel_r + 0.3 + 0.65)
        )
        hollow = box(
            (width - 0.2, body_len - 0.2, 1.4), (0, body_front + body_len / 2, wheel_r + 0.3 + 0.75)
        )
        a.add(subtract(bed, hollow), "body", a.pick(CARGO), Tier.SECONDARY)
    else:
        body_h = a.vary(2.6, 0.08)
        body = box(
            (width, body_len, body_h), (0, body_front + body_len / 2, wheel_r + 0.3 + body_h / 2)
        )
        a.add(body, "body", a.pick(CARGO), Tier.SECONDARY)
    _axle(a, front + cab_l * 0.5, wheel_r, width - 0.1, 0.38)
    for k in range(a.pick((1, 2))):
        _axle(a, body_back - 1.0 - k * 1.2, wheel_r, width - 0.1, 0.5)


def _pickup(a: Assembly) -> None:
    """A pickup truck: bonnet, cab with glazing and an open load bed at the back."""
    length, width = a.vary(5.3, 0.06), a.vary(1.95, 0.04)
    wheel_r, paint = 0.4, a.pick(PAINTS)
    floor, belt = 0.45, 1.2
    front = -length / 2
    hull = rounded_box(
        (width, length, belt - floor), 0.1, a.segments(0.1), (0, 0, (belt + floor) / 2)
    )
    bed_front = front + length * 0.52
    bed_len = length / 2 - bed_front - 0.1
    well = box(
        (width - 0.16, bed_len, belt), (0, bed_front + 0.02 + bed_len / 2, floor + 0.15 + belt / 2)
    )
    a.add(subtract(hull, well), "body", paint)
    cab_len = length * 0.3
    cab = rounded_box(
        (width - 0.04, cab_len, 0.85),
        0.1,
        a.segments(0.1),
        (0, bed_front - cab_len / 2, belt + 0.32),
    )
    a.add(cab, "cab", paint)
    glass = box((width - 0.02, cab_len + 0.02, 0.4), (0, bed_front - cab_len / 2, belt + 0.43))
    a.add(glass, "window", GLASS, Tier.FIXED)
    for sx in (-1, 1):
        lamp = ellipsoid(
            (0.2, 0.08, 0.08), a.segments(0.08), (sx * (width / 2 - 0.3), front + 0.04, belt - 0.15)
        )
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
        a.add(
            box((0.12, 0.1, 0.3), (sx * (width / 2 - 0.08), length / 2 - 0.02, belt - 0.15)),
            "taillight",
            TAILLIGHT,
            Tier.FIXED,
        )
    a.add(box((width * 0.5, 0.06, 0.25), (0, front, floor + 0.4)), "grille", FRAME_DARK, Tier.FIXED)
    for y in (front + 0.9, length / 2 - 0.95):
        _axle(a, y, wheel_r, width + 0.02, 0.28)


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
        _axle(a, y, wheel_r, width - 0.05, 0.3)


TEMPLATES = (
    Template(
        "truck",
        build_truck,
        3.0,
        synonyms=(
            "lorry",
            "pickup truck",
            "pickup",
            "dump truck",
            "tipper",
            "delivery truck",
            "semi",
        ),
        parts=(
            "cab",
            "body",
            "chassis",
            "window",
            "wheel",
            "hubcap",
            "headlight",
            "taillight",
            "grille",
            "bumper",
        ),
        aliases={
            "tyre": "wheel",
            "tire": "wheel",
            "trailer": "body",
            "bed": "body",
            "glass": "window",
        },
    ),
    Template(
        "bus",
        build_bus,
        3.2,
        synonyms=(
            "school bus",
            "double decker",
            "coach",
            "city bus",
            "double decker bus",
        ),
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
    ),
)
