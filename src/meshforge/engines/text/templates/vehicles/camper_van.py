"""A vintage camper van: a rounded two-tone bus body with a split windscreen and a pop-top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.vehicles import GLASS, HEADLIGHT, HUB, TYRE

PAINTS: tuple[RGB, ...] = (
    (90, 170, 190),
    (220, 90, 60),
    (240, 190, 50),
    (120, 160, 90),
    (60, 110, 170),
)
CREAM: RGB = (245, 240, 225)


def build_camper_van(a: Assembly) -> None:
    """A vintage camper van: a rounded two-tone bus body with a split windscreen and a pop-top."""
    length, width = a.vary(4.3, 0.06), a.vary(1.8, 0.05)
    height = a.vary(1.95, 0.05)
    wheel_r = 0.34
    bottom = 0.25
    paint = a.pick(PAINTS)
    body = rounded_box(
        (width, length, height - bottom),
        0.32,
        a.segments(0.32),
        (0, 0, bottom + (height - bottom) / 2),
    )
    a.add(body, "body", paint)
    upper = box(
        (width * 2, length * 2, (height - bottom) * 0.42), (0, 0, height - (height - bottom) * 0.21)
    )
    a.add(skin(body, upper, 0.01), "roof", CREAM, Tier.SECONDARY)
    # the V on the nose and the split windscreen
    front = -length / 2
    glass_z = bottom + (height - bottom) * 0.75
    for sx in (-1, 1):
        a.add(
            box(
                (width * 0.38, 0.06, (height - bottom) * 0.22),
                (sx * width * 0.21, front + 0.04, glass_z),
            ),
            "window",
            GLASS,
            Tier.FIXED,
        )
        a.add(
            rod(
                (sx * width * 0.32, front + 0.02, bottom + 0.55),
                (sx * width * 0.32, front - 0.03, bottom + 0.55),
                0.1,
                16,
            ),
            "headlight",
            HEADLIGHT,
            Tier.FIXED,
        )
    a.add(
        skin(body, box((0.4, 0.2, 0.8), (0, front, bottom + 0.6)).rotate((0, 0, 0)), 0.015),
        "roof",
        CREAM,
        Tier.SECONDARY,
    )
    for sx in (-1, 1):
        for k in range(3):
            y = -length * 0.15 + k * length * 0.22
            a.add(
                box((0.06, length * 0.17, (height - bottom) * 0.2), (sx * width / 2, y, glass_z)),
                "window",
                GLASS,
                Tier.FIXED,
            )
    if a.maybe("pop top", 0.4, "popup", "camping"):
        a.add(
            box((width * 0.8, length * 0.55, 0.3), (0, length * 0.05, height + 0.12)),
            "pop top",
            CREAM,
            Tier.SECONDARY,
        )
    for y in (-length * 0.33, length * 0.33):
        for sx in (-1, 1):
            x = sx * (width / 2 - 0.1)
            a.add(
                rod((x - 0.12, y, wheel_r), (x + 0.12, y, wheel_r), wheel_r, a.segments(wheel_r)),
                "wheel",
                TYRE,
                Tier.FIXED,
                RUBBER,
            )
            a.add(
                rod(
                    (x, y, wheel_r),
                    (x + sx * 0.14, y, wheel_r),
                    wheel_r * 0.55,
                    a.segments(wheel_r),
                ),
                "hubcap",
                HUB,
                Tier.FIXED,
            )
        a.add(
            rod((-width / 2 + 0.1, y, wheel_r), (width / 2 - 0.1, y, wheel_r), 0.05, 8),
            "wheel",
            TYRE,
            Tier.FIXED,
        )
        a.add(
            box((width * 0.9, 0.15, wheel_r * 0.8), (0, y, bottom + wheel_r * 0.2)), "body", paint
        )
    a.add(
        box((width * 1.02, 0.12, 0.14), (0, front + 0.02, bottom + 0.15)), "bumper", HUB, Tier.FIXED
    )


TEMPLATE = Template(
    "camper van",
    build_camper_van,
    2.0,
    description="a vintage rounded camper van bus in two colours for road trips",
    synonyms=(
        "campervan",
        "camper",
        "vw bus",
        "vw camper",
        "volkswagen bus",
        "hippie van",
        "kombi",
        "camper bus",
        "motorhome",
        "rv",
    ),
    kinds=("vintage camper van", "microbus", "westfalia", "recreational vehicle"),
    parts=("body", "roof", "window", "headlight", "wheel", "hubcap", "bumper", "pop top"),
    aliases={
        "top": "roof",
        "windows": "window",
        "tire": "wheel",
        "tyre": "wheel",
        "wheels": "wheel",
    },
)
