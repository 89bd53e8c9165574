"""A gazebo: an open garden pavilion, posts on a round floor under a peaked many-sided roof."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import around_z, box, cylinder, sphere

ROOFS: tuple[RGB, ...] = ((70, 80, 90), (150, 60, 45), (60, 100, 70), (110, 70, 40))


def build_gazebo(a: Assembly) -> None:
    """A gazebo: an open garden pavilion, posts on a round floor under a peaked many-sided roof."""
    sides = a.pick((6, 8, 8))
    radius, height = a.vary(1.8, 0.08), a.vary(2.4, 0.06)
    wood = a.pick((*PAINTS[:1], *WOODS))
    floor_h = 0.3
    a.add(
        cylinder(radius * 1.05, floor_h, sides).rotate((0, 0, 180 / sides)),
        "floor",
        wood,
        Tier.SECONDARY,
    )
    post = box((0.12, 0.12, height + 0.1), (radius * 0.95, 0, floor_h + height / 2 - 0.05))
    a.add(around_z(post, sides, 180 / sides), "post", wood)
    # a waist-high rail along each side between two posts, but for the entrance at the front
    chord = 2 * radius * 0.95 * math.sin(math.pi / sides)
    inset = radius * 0.95 * math.cos(math.pi / sides)
    entrance = round(sides * 0.75)
    for k in range(sides):
        if k == entrance:
            continue
        rail = box((0.07, chord + 0.1, 0.08), (inset, 0, floor_h + 0.85))
        a.add(rail.rotate((0, 0, 360 * k / sides)), "rail", wood)
    top = floor_h + height
    a.add(
        cylinder(radius * 1.02, 0.2, sides, (0, 0, top - 0.1)).rotate((0, 0, 180 / sides)),
        "post",
        wood,
    )
    roof = cylinder(radius * 1.3, a.vary(1.4, 0.1), sides, (0, 0, top + 0.08), 0.05).rotate(
        (0, 0, 180 / sides)
    )
    a.add(roof, "roof", ROOFS, Tier.SECONDARY)
    if a.maybe("finial", 0.7):
        a.add(
            sphere(0.12, 12, (0, 0, top + 0.08 + roof.bounding_box()[5] - top - 0.08)),
            "finial",
            wood,
        )


TEMPLATE = Template(
    "gazebo",
    build_gazebo,
    4.0,
    description="an open wooden garden gazebo with posts, a railing and a pointed roof",
    synonyms=("pavilion", "bandstand", "garden pavilion", "belvedere", "pergola gazebo"),
    kinds=("summerhouse", "rotunda"),
    parts=("floor", "post", "rail", "roof", "finial"),
    aliases={"posts": "post", "pillar": "post", "railing": "rail", "base": "floor"},
)
