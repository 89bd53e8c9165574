"""An acoustic guitar standing up, face to the front; "electric" gives a solid body."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, subtract, union
from meshforge.engines.text.kit.sweeps import front_disc, hoop

GUITAR_WOODS: tuple[RGB, ...] = ((205, 150, 85), (170, 100, 50), (225, 185, 120), (120, 60, 35))


ELECTRIC: tuple[RGB, ...] = ((190, 30, 35), (25, 25, 28), (240, 240, 235), (40, 80, 170))


FRETBOARD: RGB = (55, 35, 25)


STRING: RGB = (225, 225, 215)


DARK: RGB = (30, 30, 32)


def build_guitar(a: Assembly) -> None:
    """An acoustic guitar standing up, face to the front; "electric" gives a solid body."""
    electric = a.mentions("electric", "rock", "bass")
    scale = a.vary(1.0, 0.05) * (0.6 if a.mentions("ukulele", "uke") else 1.0)
    depth = (0.045 if electric else 0.1) * scale
    low_r, high_r = 0.19 * scale, (0.13 if electric else 0.145) * scale
    low_z, high_z = low_r, low_r + 0.23 * scale
    body = union(
        [
            front_disc(low_r, depth, a.segments(low_r), 0, low_z),
            front_disc(high_r, depth, a.segments(high_r), 0, high_z),
        ]
    )
    if electric:  # a cutaway on the treble side
        body = subtract(
            body, front_disc(0.07 * scale, depth * 2, 24, -0.11 * scale, high_z + 0.1 * scale)
        )
    a.add(body, "body", a.pick(ELECTRIC if electric else GUITAR_WOODS))
    front = -depth / 2
    neck_top = high_z + 0.62 * scale
    a.add(
        box(
            (0.05 * scale, 0.03 * scale, neck_top - high_z),
            (0, front + 0.012 * scale, (high_z + neck_top) / 2),
        ),
        "neck",
        a.pick(GUITAR_WOODS),
        Tier.SECONDARY,
    )
    a.add(
        box(
            (0.055 * scale, 0.008 * scale, neck_top - high_z - 0.05 * scale),
            (0, front - 0.004 * scale, (high_z + neck_top) / 2 + 0.03 * scale),
        ),
        "fretboard",
        FRETBOARD,
        Tier.FIXED,
    )
    head = box(
        (0.08 * scale, 0.02 * scale, 0.17 * scale),
        (0, front + 0.014 * scale, neck_top + 0.08 * scale),
    )
    a.add(head, "head", FRETBOARD, Tier.FIXED)
    for side in (-1, 1):
        for k in range(3):
            z = neck_top + (0.03 + 0.05 * k) * scale
            a.add(
                rod(
                    (side * 0.04 * scale, front + 0.014 * scale, z),
                    (side * 0.065 * scale, front + 0.014 * scale, z),
                    0.008 * scale,
                    8,
                ),
                "peg",
                (210, 210, 215),
                Tier.FIXED,
            )
    bridge_z = low_z - 0.05 * scale
    a.add(
        box((0.12 * scale, 0.012 * scale, 0.025 * scale), (0, front - 0.004, bridge_z)),
        "bridge",
        DARK,
        Tier.FIXED,
    )
    if electric:
        for z in (low_z + 0.02 * scale, low_z + 0.12 * scale):
            a.add(
                box((0.08 * scale, 0.01 * scale, 0.03 * scale), (0, front - 0.003, z)),
                "pickup",
                DARK,
                Tier.FIXED,
            )
        for k in range(3):
            a.add(
                front_disc(
                    0.012 * scale,
                    0.02 * scale,
                    12,
                    0.12 * scale,
                    low_z - 0.06 * scale + k * 0.04 * scale,
                    front,
                ),
                "knob",
                (220, 220, 220),
                Tier.FIXED,
            )
    else:
        hole_z = high_z - 0.02 * scale
        a.add(
            front_disc(0.045 * scale, 0.01, a.segments(0.045), 0, hole_z, front + 0.003),
            "hole",
            DARK,
            Tier.FIXED,
        )
        ring = hoop(0.055 * scale, 0.005 * scale, a.segments(0.05)).rotate((90, 0, 0))
        a.add(ring.translate((0, front, hole_z)), "rosette", FRETBOARD, Tier.FIXED)
    strings = 4 if a.mentions("bass", "ukulele", "uke") else 6
    for k in range(strings):
        x = (k - (strings - 1) / 2) * 0.008 * scale
        a.add(
            box(
                (0.0015, 0.003, neck_top - bridge_z),
                (x, front - 0.01 * scale, (bridge_z + neck_top) / 2),
            ),
            "string",
            STRING,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "guitar",
    build_guitar,
    1.0,
    description="a stringed musical instrument with a long neck",
    synonyms=("acoustic guitar", "electric guitar", "bass guitar", "ukulele", "uke"),
    kinds=("stratocaster", "telecaster", "les paul", "mandolin", "bouzouki", "flying v"),
    parts=(
        "body",
        "neck",
        "fretboard",
        "head",
        "peg",
        "bridge",
        "pickup",
        "knob",
        "hole",
        "rosette",
        "string",
    ),
    aliases={"headstock": "head", "fret": "fretboard", "soundhole": "hole", "tuner": "peg"},
)
