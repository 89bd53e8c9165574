"""A golf cart: a small open buggy with a canopy roof on four posts, a bench seat, a short nose,
four small wheels and a golf bag strapped on the back."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, slab
from meshforge.engines.text.kit.vehicles import FRAME_DARK, GLASS, HEADLIGHT

BODIES: tuple[RGB, ...] = (
    (240, 240, 235),
    (230, 225, 200),
    (40, 110, 60),
    (200, 40, 40),
    (40, 80, 160),
)
SEATS: tuple[RGB, ...] = ((235, 230, 215), (60, 60, 65), (140, 100, 60))
ROOFS: tuple[RGB, ...] = ((240, 240, 235), (35, 35, 40), (45, 110, 60))
CLUB: RGB = (200, 200, 205)


def build_golf_cart(a: Assembly) -> None:
    """A small open buggy: canopy on posts, bench seat, short nose, small wheels, golf bag."""
    length, width = a.vary(2.4, 0.05), a.vary(1.2, 0.04)
    body = a.color("body", BODIES)
    seat = a.color("seat", SEATS, Tier.SECONDARY)
    wheel_r = 0.22
    front, back = -length / 2, length / 2
    a.add(slab((width, length, 0.2), 0.12, 12, (0, 0, 0.35)), "body", body)
    # the nose: a rounded hood over the front wheels
    a.add(rounded_box((width, 0.6, 0.45), 0.15, 12, (0, front + 0.32, 0.55)), "body", body)
    a.add(box((width * 0.9, 0.5, 0.3), (0, back - 0.3, 0.55)), "body", body)
    for sx in (-1, 1):
        a.add(
            box((0.22, 0.05, 0.1), (sx * width * 0.3, front + 0.03, 0.62)),
            "light",
            HEADLIGHT,
            Tier.FIXED,
        )
    a.add(box((width * 0.8, 0.5, 0.3), (0, 0.15, 0.55)), "body", body)
    a.add(rounded_box((width * 0.85, 0.5, 0.14), 0.05, 10, (0, 0.15, 0.72)), "seat", seat)
    a.add(rounded_box((width * 0.85, 0.12, 0.45), 0.05, 10, (0, 0.42, 0.98)), "seat", seat)
    a.add(
        rod((0, front + 0.45, 0.6), (0, front + 0.77, 1.16), 0.025, 8),
        "steering wheel",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.18, 0.03, 16, (0, 0, -0.015))
        .rotate((-30, 0, 0))
        .translate((0, front + 0.77, 1.16)),
        "steering wheel",
        FRAME_DARK,
        Tier.FIXED,
    )
    roof_z = 1.95
    if a.wants("roof"):
        for sy in (front + 0.62, back - 0.35):
            for sx in (-1, 1):
                a.add(
                    rod((sx * width * 0.42, sy, 0.45), (sx * width * 0.42, sy, roof_z), 0.03, 8),
                    "post",
                    FRAME_DARK,
                    Tier.FIXED,
                )
        a.add(
            slab((width + 0.1, length - 0.5, 0.08), 0.1, 12, (0, 0.12, roof_z)),
            "roof",
            ROOFS,
            Tier.SECONDARY,
        )
        if a.maybe("windshield", 0.6, "windscreen"):
            a.add(
                box((width * 0.84, 0.03, 0.75), (0, front + 0.62, roof_z - 0.45)),
                "windshield",
                GLASS,
                Tier.FIXED,
            )
    for sy in (front + 0.45, back - 0.45):
        for sx in (-1, 1):
            wheel(a, (sx * (width / 2 - 0.05), sy, wheel_r), wheel_r, 0.18)
    if a.maybe("golf bag", 0.8, "clubs", "golf clubs"):
        bag = (0, back - 0.2, 0.65)
        a.add(
            cylinder(0.13, 0.8, 16, bag).rotate((0, 0, 0)),
            "golf bag",
            ((40, 40, 45), (150, 30, 35), (30, 60, 120)),
            Tier.FIXED,
        )
        for dx, dy in ((-0.05, 0.0), (0.05, 0.03), (0.0, -0.05)):
            a.add(
                rod((dx, back - 0.2 + dy, 1.4), (dx, back - 0.2 + dy, 1.65), 0.01, 6),
                "golf bag",
                CLUB,
                Tier.FIXED,
            )
            a.add(
                box((0.08, 0.04, 0.05), (dx + 0.03, back - 0.2 + dy, 1.66)),
                "golf bag",
                CLUB,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "golf cart",
    build_golf_cart,
    2.0,
    description="a small open electric golf cart with a canopy roof and a golf bag on the back",
    synonyms=("golf buggy", "golf carts", "golfcart", "golf car", "buggy cart"),
    parts=(
        "body",
        "seat",
        "light",
        "steering wheel",
        "post",
        "roof",
        "windshield",
        "wheel",
        "hubcap",
        "golf bag",
    ),
    aliases={
        "canopy": "roof",
        "windscreen": "windshield",
        "bag": "golf bag",
        "clubs": "golf bag",
        "wheels": "wheel",
    },
)
