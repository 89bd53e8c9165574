"""A pumpkin: a squat orange gourd of ribbed lobes and a thick stalk, or a jack o lantern."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import STEM_BROWN
from meshforge.engines.text.kit.solids import ellipsoid, prism, rod, subtract, union

ORANGES: tuple[RGB, ...] = ((235, 120, 25), (225, 105, 20), (245, 140, 40))
GLOW: RGB = (60, 25, 10)


def build_pumpkin(a: Assembly) -> None:
    """A pumpkin: a squat orange gourd of ribbed lobes with a thick curved stalk."""
    radius, height = a.vary(0.18, 0.1), a.vary(0.24, 0.1)
    lobes = a.pick((8, 10, 12))
    # the ribs: ellipsoids around the axis, overlapping so their grooves show between them
    ribs = []
    for k in range(lobes):
        angle = 2 * math.pi * k / lobes
        off = radius * 0.45
        rib = ellipsoid((radius * 0.55, radius * 0.42, height * 0.5), a.segments(radius * 0.6))
        ribs.append(
            rib.rotate((0, 0, math.degrees(angle))).translate(
                (off * math.cos(angle), off * math.sin(angle), height * 0.5)
            )
        )
    skin = union(ribs)
    carved = a.mentions("lantern", "jack", "halloween", "carved", "face")
    if carved and a.wants("face"):
        # eyes and a jagged mouth cut through the front; the dark inside shows through them
        depth = radius * 2
        eye = [(-0.06, 0.0), (0.06, 0.0), (0.0, 0.08)]
        cuts = []
        for side in (-1, 1):
            tri = prism(
                [(x * radius * 1.5 + side * radius * 0.35, z * radius * 1.5) for x, z in eye], depth
            )
            cuts.append(tri.rotate((90, 0, 0)).translate((0, 0, height * 0.58)))
        mouth = [
            (-0.45, 0.0),
            (-0.3, -0.08),
            (-0.15, 0.0),
            (0.0, -0.1),
            (0.15, 0.0),
            (0.3, -0.08),
            (0.45, 0.0),
            (0.0, -0.25),
        ]
        cuts.append(
            prism([(x * radius, z * radius) for x, z in mouth], depth)
            .rotate((90, 0, 0))
            .translate((0, 0, height * 0.4))
        )
        skin = subtract(skin, *cuts)
        a.add(
            ellipsoid(
                (radius * 0.75, radius * 0.75, height * 0.42),
                a.segments(radius),
                (0, 0, height * 0.5),
            ),
            "face",
            GLOW,
            Tier.FIXED,
        )
    a.add(skin, "skin", ORANGES)
    if a.wants("stem"):
        top = height * 0.9
        lean = a.between(0.3, 0.6) * radius
        a.add(
            rod(
                (0, 0, top - height * 0.05),
                (lean * 0.3, 0, top + height * 0.2),
                radius * 0.09,
                12,
                radius * 0.07,
            ),
            "stem",
            STEM_BROWN,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "pumpkin",
    build_pumpkin,
    0.3,
    description="a big round orange pumpkin with ribbed sides and a stalk",
    synonyms=("pumpkins", "jack o lantern", "gourd", "squash"),
    kinds=("halloween pumpkin", "carved pumpkin"),
    not_claimed=("pumpkin pie", "pumpkin spice"),
    parts=("skin", "stem", "face"),
    aliases={"body": "skin", "stalk": "stem", "carving": "face"},
)
