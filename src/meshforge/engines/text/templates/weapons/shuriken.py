"""A ninja throwing star lying flat: four to eight pointed blades round a centre with a hole."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, SILVER, top_plate
from meshforge.engines.text.kit.solids import cylinder, subtract


def build_shuriken(a: Assembly) -> None:
    """A ninja throwing star lying flat: four to eight pointed blades round a centre with a hole."""
    points = a.count("point", a.pick((4, 4, 6, 8)), 3, 10)
    radius = a.vary(0.055, 0.12)
    inner = radius * a.between(0.28, 0.4)
    thick = 0.003
    hook = a.between(0.0, 0.35)
    outline = []
    for k in range(points):
        t = 2 * math.pi * k / points
        half = math.pi / points
        outline.append((inner * math.cos(t - half), inner * math.sin(t - half)))
        outline.append((radius * math.cos(t + hook * half), radius * math.sin(t + hook * half)))
    star = top_plate(outline, thick)
    hole = cylinder(inner * 0.4, thick * 4, a.segments(inner), (0, 0, -thick))
    # the star is raised on a thin hub so that it rests level on its bevelled centre
    a.add(subtract(star, hole), "blade", a.pick((DARK_STEEL, SILVER)))
    ring = subtract(
        cylinder(inner * 0.62, thick * 1.8, a.segments(inner), (0, 0, -thick * 0.4)), hole
    )
    a.add(ring, "hub", a.pick((SILVER, DARK_STEEL)), Tier.SECONDARY)


TEMPLATE = Template(
    "shuriken",
    build_shuriken,
    0.12,
    description="a flat metal star with sharp points thrown by a ninja",
    synonyms=("throwing star", "ninja throwing star"),
    kinds=("hira shuriken",),
    parts=("blade", "hub", "point"),
    aliases={"center": "hub", "centre": "hub"},
)
