"""A lorry: a cab in front of a box body or a tipper; "pickup" gives an open-bed pickup."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, rounded_box, subtract
from meshforge.engines.text.kit.vehicles import (
    FRAME_DARK,
    GLASS,
    HEADLIGHT,
    PAINTS,
    TAILLIGHT,
    axle,
)

CARGO: tuple[RGB, ...] = ((240, 240, 238), (200, 200, 205), (40, 90, 160), (200, 60, 40))


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
    axle(a, front + cab_l * 0.5, wheel_r, width - 0.1, 0.38)
    for k in range(a.pick((1, 2))):
        axle(a, body_back - 1.0 - k * 1.2, wheel_r, width - 0.1, 0.5)


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
        axle(a, y, wheel_r, width + 0.02, 0.28)


TEMPLATE = Template(
    "truck",
    build_truck,
    3.0,
    description="a large heavy motor vehicle for carrying goods",
    synonyms=(
        "lorry",
        "pickup truck",
        "pickup",
        "dump truck",
        "tipper",
        "delivery truck",
    ),
    kinds=(
        "fire engine",
        "dumper",
        "cement mixer",
        "concrete mixer",
        "flatbed",
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
)
