"""A bird's nest: a shallow woven bowl of twigs with a thick rim, often holding a clutch of eggs."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rod, vessel
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tableware import smooth_outline

TWIGS: tuple[RGB, ...] = ((125, 90, 55), (110, 80, 50), (145, 110, 70), (100, 75, 55))
LINING: RGB = (170, 140, 95)
EGGS: tuple[RGB, ...] = ((175, 215, 225), (245, 240, 225), (225, 215, 190))


def build_nest(a: Assembly) -> None:
    """A shallow woven bowl with a twig rim, stray twigs poking out and maybe eggs inside."""
    radius, height = a.vary(0.11, 0.15), a.vary(0.07, 0.15)
    color = a.pick(TWIGS)
    outline = smooth_outline([radius * 0.55, radius * 0.9, radius], height, 12)
    floor = height * 0.35
    bowl = vessel(outline, radius * 0.2, floor, a.segments(radius))
    a.add(bowl, "nest", color)
    # the weave: straight twigs laid round the outside as chords, crossing at a slant
    for k in range(10):
        turn = 2 * math.pi * k / 10 + a.between(-0.2, 0.2)
        z = height * a.between(0.3, 0.85)
        ring = float(np.interp(z, [h for _, h in outline], [r for r, _ in outline]))
        half = 0.9  # radians either side: a chord that dips into the bowl at its ends
        rise = a.between(-0.3, 0.3) * height
        ends = [
            (ring * math.cos(turn + d), ring * math.sin(turn + d), z + sign * rise)
            for sign, d in ((-1, -half), (1, half))
        ]
        a.add(rod(ends[0], ends[1], 0.005, 6), "twig", color)
    # a thick, slightly wobbly rim of wound twigs
    a.add(
        hoop(radius * 0.9, radius * 0.16, a.segments(radius), (0, 0, height)).scale(
            (1.0, a.vary(1.0, 0.06), 1.0)
        ),
        "rim",
        color,
    )
    # a soft lining on the inside floor, so the floor shows as a lighter bed
    a.add(
        ellipsoid((radius * 0.55, radius * 0.55, radius * 0.08), a.segments(radius), (0, 0, floor)),
        "lining",
        LINING,
        Tier.SECONDARY,
    )
    # stray twigs sticking out of the rim at odd angles
    for k in range(a.pick((7, 8, 9))):
        turn = 2 * math.pi * k / 8 + a.between(-0.3, 0.3)
        lean = a.between(-0.25, 0.35)
        reach = radius * a.between(0.35, 0.55)
        start = (radius * 0.85 * math.cos(turn), radius * 0.85 * math.sin(turn), height)
        end = (
            start[0] + reach * math.cos(turn + a.between(-0.9, 0.9)),
            start[1] + reach * math.sin(turn + a.between(-0.9, 0.9)),
            height + reach * lean,
        )
        a.add(rod(start, end, 0.004, 6, 0.0025), "twig", color)
    if not a.mentions("empty") and a.maybe("egg", 0.7, "eggs", "clutch"):
        egg_color = a.pick(EGGS)
        count = a.count("egg", a.pick((2, 3, 3, 4)), 1, 5)
        size = radius * 0.24
        for k in range(count):
            turn = 2 * math.pi * k / count + a.between(-0.2, 0.2)
            spread = 0.0 if count == 1 else radius * 0.3
            center = (spread * math.cos(turn), spread * math.sin(turn), floor + size * 0.75)
            egg = ellipsoid((size * 0.75, size * 0.75, size), a.segments(size)).rotate(
                (a.between(60, 80), 0, math.degrees(turn) + 90)
            )
            a.add(egg.translate(center), "egg", egg_color, Tier.FIXED)


TEMPLATE = Template(
    "nest",
    build_nest,
    0.1,
    description="a bird's nest, a small round bowl woven from twigs with eggs inside",
    synonyms=("bird nest", "bird's nest", "birds nest", "nests", "twig nest"),
    kinds=("nest with eggs", "empty nest"),
    not_claimed=("hornet's nest", "hornets nest", "wasp nest", "nest box"),
    parts=("nest", "rim", "lining", "twig", "egg"),
    aliases={"eggs": "egg", "twigs": "twig", "bowl": "nest", "straw": "lining"},
)
