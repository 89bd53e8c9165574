"""A lawn mower: a push mower with a low cutting deck on four small wheels, an engine on top,
a grass bag behind and a long looped handle; "ride-on" makes a small sit-on tractor mower."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box, slab
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.vehicles import DARK_METAL, FRAME_DARK

DECKS: tuple[RGB, ...] = (
    (200, 40, 35),
    (50, 140, 60),
    (240, 180, 30),
    (40, 90, 170),
    (230, 110, 30),
)
BAG: tuple[RGB, ...] = ((40, 40, 45), (70, 90, 60), (90, 90, 95))


def build_lawn_mower(a: Assembly) -> None:
    """A push mower (deck, engine, grass bag, handle) or a ride-on mower with a seat."""
    if a.mentions("ride-on", "riding", "ride", "sit-on", "tractor"):
        ride_on(a)
        return
    width, length = a.vary(0.5, 0.08), a.vary(0.55, 0.08)
    deck = a.color("deck", DECKS)
    wheel_r = 0.09
    deck_z = wheel_r * 0.9
    a.add(slab((width, length, 0.12), 0.12, a.segments(0.12), (0, 0, deck_z + 0.04)), "deck", deck)
    a.add(
        rounded_box((width * 0.8, length * 0.7, 0.05), 0.02, 8, (0, 0, deck_z + 0.12)), "deck", deck
    )
    for sx in (-1, 1):
        for sy in (-1, 1):
            wheel(a, (sx * (width / 2 + 0.02), sy * (length / 2 - 0.08), wheel_r), wheel_r, 0.045)
    if a.wants("engine"):
        top = deck_z + 0.145
        a.add(
            cylinder(0.12, 0.16, a.segments(0.12), (0, -0.03, top)),
            "engine",
            DARK_METAL,
            Tier.FIXED,
        )
        a.add(cylinder(0.1, 0.05, a.segments(0.1), (0, -0.03, top + 0.16), 0.08), "engine", deck)
        a.add(cylinder(0.025, 0.04, 10, (0.06, -0.06, top + 0.2)), "engine", FRAME_DARK, Tier.FIXED)
    back = length / 2
    if a.maybe("bag", 0.75, "grass", "catcher"):
        bag = box((width * 0.7, 0.35, 0.25), (0, back + 0.15, deck_z + 0.2))
        a.add(
            bag.rotate(
                (-10, 0, 0),
            ),
            "bag",
            BAG,
            Tier.SECONDARY,
        )
    if a.wants("handle"):
        grip_z, grip_y = 0.95, back + 0.55
        for sx in (-1, 1):
            a.add(
                tube(
                    [
                        (sx * width * 0.35, back - 0.05, deck_z + 0.1),
                        (sx * width * 0.35, grip_y, grip_z),
                    ],
                    0.013,
                    10,
                ),
                "handle",
                FRAME_DARK,
                Tier.FIXED,
            )
        a.add(
            tube([(-width * 0.35, grip_y, grip_z), (width * 0.35, grip_y, grip_z)], 0.016, 10),
            "handle",
            FRAME_DARK,
            Tier.FIXED,
        )


def ride_on(a: Assembly) -> None:
    """A sit-on mower: a small tractor body, a seat and steering wheel over a wide deck."""
    deck = a.color("deck", DECKS)
    length, width = a.vary(1.7, 0.06), a.vary(0.95, 0.05)
    a.add(
        slab((width * 1.1, 0.7, 0.14), 0.2, a.segments(0.2), (0, -0.05, 0.2)),
        "deck",
        DARK_METAL,
        Tier.FIXED,
    )
    a.add(
        rounded_box((width * 0.7, length * 0.45, 0.35), 0.08, 12, (0, -length * 0.22, 0.5)),
        "body",
        deck,
    )
    a.add(box((width * 0.8, length * 0.5, 0.08), (0, length * 0.15, 0.38)), "body", deck)
    a.add(
        rounded_box((0.45, 0.4, 0.1), 0.04, 10, (0, length * 0.2, 0.5)),
        "seat",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        rounded_box((0.45, 0.08, 0.35), 0.04, 10, (0, length * 0.38, 0.7)),
        "seat",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        tube([(0, -length * 0.1, 0.65), (0, -0.02, 0.9)], 0.02, 8),
        "steering wheel",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.16, 0.03, 16, (0, 0, -0.015)).rotate((-25, 0, 0)).translate((0, -0.02, 0.9)),
        "steering wheel",
        FRAME_DARK,
        Tier.FIXED,
    )
    for sy, r in ((-length * 0.33, 0.17), (length * 0.3, 0.25)):
        for sx in (-1, 1):
            wheel(a, (sx * (width / 2 + 0.02), sy, r), r, 0.16)


TEMPLATE = Template(
    "lawn mower",
    build_lawn_mower,
    1.0,
    description="a push lawn mower for cutting grass, with a cutting deck, an engine and a handle",
    synonyms=(
        "lawnmower",
        "mower",
        "grass cutter",
        "lawn mowers",
        "push mower",
        "ride-on mower",
        "riding mower",
    ),
    parts=("deck", "wheel", "hubcap", "engine", "bag", "handle", "body", "seat", "steering wheel"),
    aliases={
        "grass bag": "bag",
        "catcher": "bag",
        "motor": "engine",
        "wheels": "wheel",
        "handlebar": "handle",
    },
)
