"""A golf tee standing on its point: a cupped head on a tapering peg, a ball on it when asked."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, sphere, subtract, union

TEES: tuple[RGB, ...] = (
    (235, 235, 230),
    (220, 190, 140),
    (230, 60, 60),
    (250, 200, 40),
    (60, 130, 220),
    (240, 120, 170),
)
BALL: RGB = (248, 248, 245)


def build_golf_tee(a: Assembly) -> None:
    """A golf tee: a turned peg, pointed at the foot, widening to a shallow cup at the top."""
    length = a.vary(0.054, 0.15) * (3.0 if a.mentions("giant", "big", "large", "huge") else 1.0)
    head_r = length * 0.11
    shank_r = length * 0.045
    profile = [
        (0.0, 0.0),
        (shank_r * 0.3, length * 0.05),
        (shank_r * 0.8, length * 0.22),
        (shank_r, length * 0.7),
        (shank_r * 1.2, length * 0.82),
        (head_r * 0.8, length * 0.94),
        (head_r, length * 0.985),
        (head_r, length),
        (0.0, length),
    ]
    color = a.pick(TEES)
    tee = lathe(profile, a.segments(head_r * 4))
    # the cup the ball sits in: a shallow dish turned out of the head
    dish = sphere(
        head_r * 1.6, a.segments(head_r * 4), (0, 0, length + head_r * 1.6 - head_r * 0.25)
    )
    a.add(subtract(tee, dish), "tee", color)
    if a.maybe("ball", 0.0, "ball", "golf ball"):
        ball_r = 0.0214 * length / 0.054
        # the ball rests in the cup, sunk a hair into it so the model is one body
        z = length - head_r * 0.25 + math.sqrt(max(ball_r**2 - (head_r * 0.85) ** 2, 0.0)) - 0.0008
        dimples = [
            sphere(
                ball_r * 0.09,
                8,
                (
                    ball_r * math.cos(t) * math.sin(p),
                    ball_r * math.sin(t) * math.sin(p),
                    z + ball_r * math.cos(p),
                ),
            )
            for p in (0.5, 1.0, 1.5, 2.0, 2.5)
            for t in [k * 2 * math.pi / 10 + p for k in range(10)]
        ]
        ball = subtract(sphere(ball_r, a.segments(ball_r) * 2, (0, 0, z)), union(dimples))
        a.add(ball, "ball", BALL, Tier.SECONDARY)


TEMPLATE = Template(
    "golf tee",
    build_golf_tee,
    0.054,
    description="a golf tee: a small wooden or plastic peg whose cupped top holds a golf ball",
    synonyms=("tee peg", "golf peg", "golf tees"),
    kinds=("wooden golf tee", "plastic golf tee", "bamboo golf tee"),
    parts=("tee", "ball"),
    aliases={"peg": "tee", "golf ball": "ball"},
)
