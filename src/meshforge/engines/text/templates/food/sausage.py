"""A sausage: plump browned links curving side by side, pinched and twisted where they join."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, sphere, union
from meshforge.engines.text.kit.sweeps import tube

BROWNED: tuple[RGB, ...] = ((165, 85, 50), (150, 75, 45), (185, 105, 60))
RAW: RGB = (215, 140, 130)
TWIST: RGB = (120, 60, 35)


def build_sausage(a: Assembly) -> None:
    """A sausage: plump browned links curving end to end, pinched and twisted where they join."""
    length, radius = a.vary(0.13, 0.12), a.vary(0.017, 0.1)
    links = a.pick((1, 2, 3))  # "three sausages" is three objects: links come by chance
    bend = math.radians(a.between(25, 40))
    arc = length / bend
    sweep = bend * links

    def at(angle: float) -> Vec3:
        # all the links follow one wide arc in the ground plane, centred on the origin
        return (arc * math.sin(angle), arc * (1 - math.cos(angle)), radius)

    color = (RAW,) if a.mentions("raw", "uncooked") else BROWNED
    pieces, knots = [], []
    for k in range(links):
        start = -sweep / 2 + bend * k
        # each link stops short of the joint by its own rounded end, so the pinch shows
        gap = radius * 0.6 / arc
        path = [at(start + gap + (bend - 2 * gap) * i / 6) for i in range(7)]
        pieces.append(tube(path, radius, a.segments(radius * 3), radius))
        if k:
            knots.append(sphere(radius * 0.5, 10, at(start)))
    a.add(union(pieces), "sausage", color)
    if knots and a.wants("twist"):
        a.add(union(knots), "twist", TWIST, Tier.FIXED)


TEMPLATE = Template(
    "sausage",
    build_sausage,
    0.03,
    description="a plump browned sausage, maybe a few links joined end to end",
    synonyms=("sausages", "banger", "bangers", "chipolata", "link sausage", "kielbasa"),
    kinds=("pork sausage", "grilled sausage", "breakfast sausage"),
    not_claimed=("sausage dog", "sausage roll", "sausage sandwich"),
    parts=("sausage", "twist"),
    aliases={"links": "sausage", "link": "sausage", "casing": "sausage", "knot": "twist"},
)
