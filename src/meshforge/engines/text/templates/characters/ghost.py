"""A bedsheet ghost: a domed body with a wavy hem, dark eyes and mouth, stubby arms up."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.people import DARK
from meshforge.engines.text.kit.solids import capsule, ellipsoid, lathe

GHOST: RGB = (245, 246, 250)


def build_ghost(a: Assembly) -> None:
    """A bedsheet ghost: a domed body with a wavy hem, dark eyes and mouth, stubby arms up."""
    height, radius = a.vary(1.0, 0.1), a.vary(0.36, 0.1)
    color = GHOST
    hem = height * 0.15
    profile = [(0.0, hem), (radius, hem), (radius * 0.9, height * 0.55)]
    profile += [
        (radius * 0.9 * math.cos(t), height * 0.55 + (height * 0.45) * math.sin(t))
        for t in [k * math.pi / 20 for k in range(1, 11)]
    ]
    a.add(lathe(profile, a.segments(radius)), "body", color)
    lobes = a.pick((6, 7, 8))
    for k in range(lobes):
        angle = 2 * math.pi * (k + 0.5) / lobes
        at = (radius * 0.78 * math.cos(angle), radius * 0.78 * math.sin(angle), hem)
        a.add(
            ellipsoid((radius * 0.3, radius * 0.3, hem), a.segments(radius * 0.3), at),
            "body",
            color,
        )
    face_z = height * 0.7
    for side in (-1, 1):
        eye = ellipsoid((radius * 0.1, radius * 0.1, radius * 0.16), a.segments(radius * 0.15))
        a.add(
            eye.translate((side * radius * 0.28, -radius * 0.86, face_z)), "eye", DARK, Tier.FIXED
        )
        arm = capsule(
            (side * radius * 0.8, 0, height * 0.5),
            (side * radius * 1.25, -radius * 0.2, height * 0.68),
            radius * 0.13,
            a.segments(radius * 0.13),
        )
        a.add(arm, "arm", color)
    if a.wants("mouth"):
        mouth = ellipsoid((radius * 0.1, radius * 0.08, radius * 0.14), a.segments(radius * 0.14))
        a.add(
            mouth.translate((0, -radius * 0.88, face_z - radius * 0.38)), "mouth", DARK, Tier.FIXED
        )


TEMPLATE = Template(
    "ghost",
    build_ghost,
    1.0,
    description="a spooky spirit draped in a white sheet",
    synonyms=("spook", "phantom", "spirit", "poltergeist"),
    kinds=("spectre", "specter", "wraith", "apparition", "casper"),
    parts=("body", "eye", "arm", "mouth"),
    aliases={"sheet": "body"},
)
