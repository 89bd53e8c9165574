"""A quad bike: fat tyres at four corners, moulded fenders, a saddle, handlebars and racks."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.vehicles import DARK_METAL, FRAME_DARK, HEADLIGHT, axle

BODIES: tuple[RGB, ...] = (
    (200, 35, 35),
    (60, 110, 50),
    (240, 180, 20),
    (40, 90, 180),
    (235, 110, 20),
    (110, 100, 70),
)
SEAT: RGB = (30, 30, 32)


def build_quad_bike(a: Assembly) -> None:
    """A quad bike: fat tyres at four corners, moulded fenders, a saddle, handlebars, racks."""
    length, width = a.vary(1.95, 0.05), a.vary(1.15, 0.05)
    wheel_r = a.vary(0.3, 0.06)
    wheelbase = length * 0.64
    paint = a.pick(BODIES)
    front, back = -wheelbase / 2, wheelbase / 2
    a.add(
        box((0.42, wheelbase + 0.1, 0.22), (0, 0, wheel_r + 0.05)), "frame", FRAME_DARK, Tier.FIXED
    )
    a.add(
        rounded_box((0.4, 0.5, 0.34), 0.06, 8, (0, 0.05, wheel_r + 0.2)),
        "engine",
        DARK_METAL,
        Tier.FIXED,
    )
    fender_z = wheel_r * 2 + 0.06
    for y, span in ((front - 0.05, 0.75), (back + 0.05, 0.8)):
        fender = rounded_box((width + 0.06, span, 0.16), 0.06, 8, (0, y, fender_z))
        a.add(fender, "body", paint)
    # the body between the fenders, under the saddle, and the nose with its lamps
    a.add(
        rounded_box((0.55, wheelbase * 0.75, 0.3), 0.08, 8, (0, 0.05, fender_z - 0.02)),
        "body",
        paint,
    )
    nose = rounded_box((0.6, 0.35, 0.26), 0.08, 8, (0, front - 0.28, fender_z + 0.06))
    a.add(nose, "body", paint)
    for sx in (-1, 1):
        lamp = rod(
            (sx * 0.16, front - 0.44, fender_z + 0.08),
            (sx * 0.16, front - 0.48, fender_z + 0.08),
            0.06,
            12,
        )
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
    seat = rounded_box((0.38, wheelbase * 0.55, 0.15), 0.06, 8, (0, back * 0.35, fender_z + 0.27))
    a.add(seat, "seat", SEAT, Tier.SECONDARY)
    tank = rounded_box((0.46, 0.4, 0.26), 0.1, 8, (0, front + 0.42, fender_z + 0.18))
    a.add(tank, "body", paint)
    bar_y, bar_z = front + 0.22, fender_z + 0.48
    a.add(
        rod((0, front + 0.05, fender_z + 0.05), (0, bar_y, bar_z), 0.03, 10),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        rod((-0.38, bar_y, bar_z), (0.38, bar_y, bar_z), 0.018, 10),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        grip = rod((sx * 0.28, bar_y, bar_z), (sx * 0.4, bar_y, bar_z), 0.025, 10)
        a.add(grip, "grip", SEAT, Tier.FIXED)
    if a.maybe("rack", 0.7):
        for y in (front - 0.05, back + 0.1):
            for dx in (-0.3, 0.0, 0.3):
                bar = rod(
                    (dx, y - 0.25, fender_z + 0.11), (dx, y + 0.25, fender_z + 0.11), 0.015, 8
                )
                a.add(bar, "rack", FRAME_DARK, Tier.FIXED)
            a.add(
                rod((-0.35, y, fender_z + 0.11), (0.35, y, fender_z + 0.11), 0.015, 8),
                "rack",
                FRAME_DARK,
                Tier.FIXED,
            )
    for y, tyre_w in ((front, 0.22), (back, 0.26)):
        axle(a, y, wheel_r, width, tyre_w)
        a.add(
            box((0.2, 0.15, fender_z - wheel_r), (0, y, (fender_z + wheel_r) / 2)),
            "frame",
            FRAME_DARK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "quad bike",
    build_quad_bike,
    1.15,
    description="a four-wheeled all-terrain vehicle with fat tyres, a saddle and handlebars",
    synonyms=("atv", "all terrain vehicle", "quad", "four wheeler", "quadbike"),
    kinds=("dirt quad", "farm quad", "sport quad", "utv"),
    parts=(
        "body",
        "frame",
        "engine",
        "seat",
        "handlebar",
        "grip",
        "rack",
        "headlight",
        "wheel",
        "hubcap",
    ),
    aliases={
        "fender": "body",
        "mudguard": "body",
        "saddle": "seat",
        "tyre": "wheel",
        "tire": "wheel",
        "handlebars": "handlebar",
    },
)
