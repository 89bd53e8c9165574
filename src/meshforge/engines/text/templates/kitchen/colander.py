"""A colander: a deep perforated bowl on a ring foot with two side handles."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod, subtract, torus, vessel
from meshforge.engines.text.kit.tableware import STEEL, smooth_outline

BOWLS: tuple[RGB, ...] = (STEEL, (220, 60, 50), (240, 240, 235), (80, 150, 90), (240, 180, 40))


def build_colander(a: Assembly) -> None:
    """A colander: a deep perforated bowl on a ring foot with two side handles."""
    radius, height = a.vary(0.13, 0.1), a.vary(0.11, 0.12)
    color = a.pick(BOWLS)
    foot = 0.02
    a.add(cylinder(radius * 0.55, foot + 0.004, a.segments(radius), (0, 0, 0)), "foot", color)
    outline = [
        (r, z + foot)
        for r, z in smooth_outline(
            [radius * 0.55, radius * 0.85, radius * 0.98, radius], height, 16
        )
    ]
    outline = [(radius * 0.55, 0.0 + foot), *outline[1:]]
    bowl = vessel([(radius * 0.5, foot), *outline], 0.004, 0.006, a.segments(radius))
    holes = []
    for ring, z in enumerate((0.35, 0.55, 0.75)):
        count = 14 + ring * 4
        zz = foot + height * z
        r = radius
        for k in range(count):
            t = 2 * math.pi * (k + 0.5 * ring) / count
            c, s = math.cos(t), math.sin(t)
            holes.append(
                rod((r * 0.6 * c, r * 0.6 * s, zz), (r * 1.4 * c, r * 1.4 * s, zz), 0.005, 8)
            )
    a.add(subtract(bowl, *holes), "bowl", color)
    a.add(torus(radius, 0.005, a.segments(radius), (0, 0, foot + height)), "rim", color)
    for sx in (-1, 1):
        loop = (
            torus(0.022, 0.005, 16)
            .scale((1.0, 1.0, 1.0))
            .translate((sx * (radius + 0.016), 0, foot + height - 0.005))
        )
        a.add(loop, "handle", color)


TEMPLATE = Template(
    "colander",
    build_colander,
    0.14,
    description="a kitchen bowl full of holes for draining pasta and washing vegetables",
    synonyms=("strainer", "pasta strainer", "kitchen strainer", "sieve", "cullender"),
    kinds=("metal colander", "steel colander", "pasta drainer"),
    not_claimed=("tea strainer",),
    parts=("foot", "bowl", "rim", "handle"),
    aliases={"base": "foot", "handles": "handle", "body": "bowl"},
)
