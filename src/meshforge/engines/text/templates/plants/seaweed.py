"""Seaweed: kelp fronds rising in waves from a holdfast on a rock, with little air floats."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

KELPS: tuple[RGB, ...] = ((95, 120, 45), (120, 110, 40), (70, 120, 60), (60, 100, 50))
ROCK: RGB = (115, 110, 100)
FLOAT: RGB = (140, 125, 50)


def build_seaweed(a: Assembly) -> None:
    """Five to nine wavy flat fronds from one holdfast, each with a float at its base."""
    height = a.vary(0.6, 0.12)
    color = a.color("frond", KELPS)
    if a.wants("rock"):
        rock = ellipsoid(
            (height * 0.16, height * 0.13, height * 0.06),
            a.segments(height * 0.12),
            (0, 0, height * 0.02),
        )
        a.add(rock, "rock", ROCK, Tier.FIXED)
    fronds = a.count("frond", a.pick((5, 6, 7, 8)), 2, 12)
    width = height * 0.035
    for k in range(fronds):
        turn = 2 * math.pi * k / fronds + a.between(-0.3, 0.3)
        tall = height * a.between(0.65, 1.0)
        lean = height * a.between(0.05, 0.18)
        phase = a.between(0, 2 * math.pi)
        points: list[Vec3] = []
        for j in range(9):
            t = j / 8
            sway = width * 2.2 * math.sin(phase + t * 3 * math.pi) * t
            reach = lean * t + sway
            points.append(
                (reach * math.cos(turn), reach * math.sin(turn), height * 0.05 + tall * t)
            )
        # a blade: the swept tube flattened across, so each frond is a ribbon
        blade = tube(points, width, a.segments(width), width * 0.35)
        flat = (
            blade.rotate((0, 0, -math.degrees(turn)))
            .scale((1.0, 0.35, 1.0))
            .rotate((0, 0, math.degrees(turn)))
        )
        a.add(flat, "frond", color)
        if a.maybe("float", 0.7, "kelp", "bladder"):
            at = points[2]
            a.add(sphere(width * 0.8, 10, at), "float", FLOAT, Tier.FIXED)


TEMPLATE = Template(
    "seaweed",
    build_seaweed,
    0.6,
    description="long wavy ribbons of brown green kelp seaweed growing up from a rock",
    synonyms=("kelp", "sea weed", "seaweeds", "kelp forest", "sea grass", "seagrass"),
    kinds=("giant kelp", "bull kelp", "sea kelp", "wakame", "kombu", "algae", "bladderwrack"),
    not_claimed=("seaweed salad",),
    parts=("frond", "rock", "float"),
    aliases={
        "fronds": "frond",
        "leaves": "frond",
        "leaf": "frond",
        "blades": "frond",
        "floats": "float",
        "bladder": "float",
    },
)
