"""A steak: a thick seared slab of meat with grill marks, a fat edge and maybe a T-bone."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, prism

SEARS: tuple[RGB, ...] = ((120, 60, 40), (140, 70, 45), (100, 50, 35))
FAT: RGB = (240, 225, 200)
CHAR: RGB = (40, 25, 20)
BONE: RGB = (240, 232, 215)


def build_steak(a: Assembly) -> None:
    """A steak: a thick seared slab of meat with grill marks, a fat edge and maybe a T-bone."""
    length, width, thick = a.vary(0.2, 0.12), a.vary(0.13, 0.12), a.vary(0.03, 0.2)
    sear = a.pick(SEARS)
    # a rounded, lopsided outline: wider at one end like a cut of sirloin
    pts = []
    for k in range(24):
        t = 2 * math.pi * k / 24
        bulge = 1.0 + 0.15 * math.cos(t) + a.between(-0.03, 0.03)
        pts.append(
            (
                length / 2 * math.cos(t) * bulge,
                width / 2 * math.sin(t) * (1.1 if math.cos(t) > 0 else 0.9),
            )
        )
    a.add(prism(pts, thick), "meat", sear)
    if a.wants("fat"):
        fat = [(x * 1.03, y * 1.06) for x, y in pts[3:10]]
        inner = [(x * 0.9, y * 0.9) for x, y in reversed(pts[3:10])]
        a.add(prism(fat + inner, thick * 0.95, (0, 0, 0.001)), "fat", FAT, Tier.FIXED)
    for k in range(a.pick((3, 4))):
        x = (k - 1.5) * length * 0.18
        mark = box((0.008, width * 0.75, 0.002)).rotate((0, 0, 40)).translate((x, 0, thick))
        a.add(mark, "grill mark", CHAR, Tier.FIXED)
    if a.maybe("bone", 0.35, "t-bone", "tbone", "t bone"):
        a.add(
            box((0.015, width * 0.85, thick * 1.02), (-length * 0.05, 0, thick / 2)),
            "bone",
            BONE,
            Tier.FIXED,
        )
        a.add(
            box((length * 0.3, 0.015, thick * 1.02), (-length * 0.2, width * 0.3, thick / 2)),
            "bone",
            BONE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "steak",
    build_steak,
    0.03,
    description="a thick grilled beef steak with char marks and a strip of fat",
    synonyms=(
        "beef steak",
        "beefsteak",
        "t-bone steak",
        "t bone steak",
        "sirloin",
        "ribeye",
        "rib eye steak",
        "grilled steak",
    ),
    kinds=(
        "filet mignon",
        "tomahawk steak",
        "porterhouse",
        "pork chop",
        "lamb chop",
        "slab of meat",
    ),
    not_claimed=("beefsteak tomato",),
    parts=("meat", "fat", "grill mark", "bone"),
    aliases={"marks": "grill mark", "char": "grill mark", "beef": "meat"},
)
