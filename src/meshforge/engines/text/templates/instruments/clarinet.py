"""A clarinet standing on its bell: a black wooden tube with silver keys, a barrel and a
mouthpiece."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod

BODIES: tuple[RGB, ...] = ((30, 28, 30), (25, 25, 28), (80, 50, 35))


def build_clarinet(a: Assembly) -> None:
    """A clarinet standing on its bell: a dark tube with silver keys, a barrel, a mouthpiece."""
    length = a.vary(0.66, 0.05)
    r = length * 0.022
    oboe = a.mentions("oboe")
    wood = a.pick(BODIES)
    bell_h = length * 0.1
    bell = [(0.0, 0.0), (r * 2.6, 0.0), (r * 2.5, bell_h * 0.2), (r * 1.3, bell_h), (0.0, bell_h)]
    a.add(lathe(bell, a.segments(r * 2.6)), "bell", wood)
    a.add(
        cylinder(
            r, length * 0.72, a.segments(r), (0, 0, bell_h - 0.002), r * (0.85 if oboe else 1.0)
        ),
        "body",
        wood,
    )
    for z in (bell_h, bell_h + length * 0.36, bell_h + length * 0.72):
        a.add(
            cylinder(r * 1.25, length * 0.015, a.segments(r), (0, 0, z - length * 0.0075)),
            "rings",
            SILVER,
            Tier.FIXED,
        )
    top = bell_h + length * 0.72
    a.add(cylinder(r * 1.15, length * 0.07, a.segments(r), (0, 0, top)), "body", wood)
    mouth = top + length * 0.07
    a.add(
        cylinder(r * 0.95, length * 0.1, a.segments(r), (0, 0, mouth - 0.002), r * 0.5),
        "mouthpiece",
        (25, 25, 28),
        Tier.FIXED,
    )
    for k in range(7):
        z = bell_h + length * (0.08 + k * 0.09)
        a.add(
            cylinder(r * 0.35, 0.003, 10, (0, 0, 0))
            .rotate((90, 0, 0))
            .translate((0, -r * 0.78, z)),
            "keys",
            SILVER,
            Tier.FIXED,
        )
    for k in range(3):
        z = bell_h + length * (0.15 + k * 0.2)
        a.add(
            rod((r * 0.6, -r * 0.75, z), (r * 0.6, -r * 0.75, z + length * 0.12), r * 0.12, 6),
            "keys",
            SILVER,
            Tier.FIXED,
        )
    a.add(
        box((r * 0.6, r * 0.4, length * 0.04), (0, -r * 0.5, mouth + length * 0.05)),
        "reed",
        (220, 200, 140),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "clarinet",
    build_clarinet,
    0.66,
    description="a black woodwind instrument: a straight tube with silver keys and a flared bell",
    synonyms=("clarinets", "oboe", "bass clarinet", "woodwind", "bassoon"),
    parts=("body", "bell", "rings", "keys", "mouthpiece", "reed"),
    aliases={"key": "keys", "tube": "body", "wood": "body", "ring": "rings"},
)
