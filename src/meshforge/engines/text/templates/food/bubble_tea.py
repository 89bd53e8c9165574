"""Bubble tea: a tall tapered cup of milky tea, dark tapioca pearls heaped at its bottom, a
sealed top and a fat straw stuck in at a slant."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import Vec3, cylinder, dome, rod, sphere, union

TEAS: tuple[RGB, ...] = ((215, 185, 150), (200, 165, 125), (225, 200, 170))
MATCHA: RGB = (170, 195, 120)
TARO: RGB = (195, 170, 210)
PEARL: RGB = (45, 30, 25)
LID: RGB = (235, 238, 240)
STRAWS: tuple[RGB, ...] = ((230, 80, 110), (60, 140, 210), (40, 40, 45), (245, 200, 60))


def build_bubble_tea(a: Assembly) -> None:
    """Bubble tea: a tall cup of milky tea, dark pearls at the bottom, a lid and a fat straw."""
    height, radius = a.vary(0.15, 0.06), a.vary(0.043, 0.06)
    base_r = radius * 0.8
    tea = (
        MATCHA
        if a.mentions("matcha", "green tea")
        else TARO
        if a.mentions("taro")
        else a.pick(TEAS)
    )
    # the tea seen through the clear cup: a tapered column
    a.add(cylinder(base_r, height, a.segments(radius), (0, 0, 0), radius), "tea", tea)
    if a.wants("pearl"):
        pearls = []
        r = radius * 0.16
        for angle, fraction in golden_points(34):
            z = height * 0.3 * fraction
            wall = base_r + (radius - base_r) * z / height  # the cup's radius at that height
            spot: Vec3 = (
                (wall - r * 0.45) * math.cos(angle),
                (wall - r * 0.45) * math.sin(angle),
                z + r * 0.8,
            )
            pearls.append(sphere(r, 10, spot))
        a.add(union(pearls), "pearl", PEARL, Tier.FIXED)
    # the rim and a sealed film, or a domed lid
    rim = cylinder(radius * 1.04, height * 0.03, a.segments(radius), (0, 0, height * 0.99))
    top = (
        union([rim, dome((radius, radius, radius * 0.35), a.segments(radius), (0, 0, height))])
        if a.chance(0.5)
        else rim
    )
    a.add(top, "lid", LID, Tier.SECONDARY)
    if a.wants("straw"):
        lean = math.radians(a.between(8, 15))
        start: Vec3 = (radius * 0.15, 0.0, height * 0.5)
        end: Vec3 = (
            start[0] + height * 0.85 * math.sin(lean),
            0.0,
            start[2] + height * 0.85 * math.cos(lean),
        )
        a.add(rod(start, end, radius * 0.14, 16), "straw", a.pick(STRAWS), Tier.SECONDARY)


TEMPLATE = Template(
    "bubble tea",
    build_bubble_tea,
    0.22,
    description="a tall cup of sweet milk tea with chewy tapioca pearls and a fat straw",
    synonyms=("boba", "boba tea", "bubble teas", "milk tea", "pearl milk tea"),
    kinds=("tapioca tea", "taro milk tea", "matcha boba", "boba drink"),
    parts=("tea", "pearl", "lid", "straw"),
    aliases={"pearls": "pearl", "boba": "pearl", "tapioca": "pearl", "cup": "tea", "drink": "tea"},
)
