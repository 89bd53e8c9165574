"""A magic wand: a slender tapered stick with a handle, tipped with a star or a spark."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, prism, rod, sphere

SHAFTS: tuple[RGB, ...] = ((70, 45, 30), (25, 25, 28), (110, 70, 40), (240, 240, 240))
HANDLES: tuple[RGB, ...] = ((200, 160, 70), (45, 30, 20), (150, 150, 158))
STAR: RGB = (250, 215, 60)


def build_magic_wand(a: Assembly) -> None:
    """A magic wand: a slender tapered stick with a handle, tipped with a star or a spark."""
    length = a.vary(0.33, 0.1)
    r = length * a.between(0.022, 0.03)
    # a wand lies tilted up off its handle's end so it reads at three-quarters
    tilt = math.radians(a.between(25, 40))
    tip = (0.0, -length * math.cos(tilt), length * math.sin(tilt))

    def along(t: float) -> tuple[float, float, float]:
        return (0.0, tip[1] * t, r * 1.4 + tip[2] * t)

    a.add(
        capsule(along(0.0), along(0.3), r * 1.4, a.segments(r)), "handle", HANDLES, Tier.SECONDARY
    )
    a.add(rod(along(0.28), along(1.0), r, a.segments(r), r * 0.5), "shaft", SHAFTS)
    if a.mentions("star", "fairy", "princess") or a.chance(0.4):
        points = [
            (
                (r * 5 if k % 2 == 0 else r * 2.2) * math.cos(math.pi / 2 + k * math.pi / 5),
                (r * 5 if k % 2 == 0 else r * 2.2) * math.sin(math.pi / 2 + k * math.pi / 5),
            )
            for k in range(10)
        ]
        star = prism(points, r * 1.2).rotate((90, 0, 0))
        end = along(1.0)
        a.add(
            star.translate((end[0], end[1] + r * 0.6, end[2] + r * 1.8)), "star", STAR, Tier.FIXED
        )
    else:
        a.add(sphere(r * 1.3, a.segments(r), along(1.0)), "star", STAR, Tier.FIXED)


TEMPLATE = Template(
    "magic wand",
    build_magic_wand,
    0.15,
    description="a slender stick a wizard or fairy waves to cast spells, tipped with a star",
    synonyms=("wand", "wizard wand", "fairy wand", "witch wand", "star wand", "wizard's wand"),
    kinds=("harry potter wand", "elder wand", "magician wand", "magic stick"),
    not_claimed=("bubble wand",),
    parts=("shaft", "handle", "star"),
    aliases={"stick": "shaft", "tip": "star", "grip": "handle", "spark": "star"},
)
