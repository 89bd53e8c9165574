"""A golf ball: a small white dimpled sphere, sitting on a tee when asked."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, sphere, subtract, union

BALLS: tuple[RGB, ...] = ((248, 248, 245), (248, 248, 245), (248, 248, 245), (250, 220, 40))
TEE: RGB = (220, 190, 140)


def build_golf_ball(a: Assembly) -> None:
    """A small white dimpled sphere, sitting on a tee when asked."""
    r = a.vary(0.02135, 0.02) * (3.0 if a.mentions("giant", "huge") else 1.0)
    lift = 0.0
    if a.maybe("tee", 0.0, "teed", "peg"):
        lift = r * 2.2
        peg = cylinder(r * 0.12, lift, 12, (0, 0, 0), r * 0.25)
        cup = cylinder(r * 0.25, r * 0.3, 16, (0, 0, lift - r * 0.25), r * 0.45)
        a.add(union([peg, cup]), "tee", TEE, Tier.SECONDARY)
    center = (0.0, 0.0, lift + r * 0.97)
    dimples = []
    rings = 9
    for i in range(1, rings):
        polar = math.pi * i / rings
        around = max(4, round(2 * rings * math.sin(polar)))
        for k in range(around):
            t = 2 * math.pi * (k + 0.5 * (i % 2)) / around
            x, y, z = (
                math.sin(polar) * math.cos(t),
                math.sin(polar) * math.sin(t),
                math.cos(polar),
            )
            dimples.append(
                sphere(
                    r * 0.13,
                    8,
                    (center[0] + x * r * 1.04, center[1] + y * r * 1.04, center[2] + z * r * 1.04),
                )
            )
    dimples.append(sphere(r * 0.13, 8, (center[0], center[1], center[2] + r * 1.04)))
    ball = subtract(sphere(r, max(48, a.segments(r) * 2), center), union(dimples))
    a.add(ball, "ball", BALLS)


TEMPLATE = Template(
    "golf ball",
    build_golf_ball,
    0.043,
    description="a golf ball: a small hard white ball covered in round dimples",
    synonyms=("golfball", "golf balls"),
    parts=("ball", "tee"),
    aliases={"dimples": "ball"},
)
