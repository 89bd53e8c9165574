"""An hourglass: two glass bulbs joined at a narrow neck, sand in them, in a wooden frame."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe

WOODS: tuple[RGB, ...] = ((120, 75, 40), (90, 55, 30), (200, 160, 70))
GLASS: RGB = (215, 232, 240)
SANDS: tuple[RGB, ...] = ((230, 195, 120), (240, 210, 150), (210, 80, 60))


def build_hourglass(a: Assembly) -> None:
    """An hourglass: two glass bulbs joined at a narrow neck, sand in them, in a wooden frame."""
    height = a.vary(0.25, 0.1)
    r = height * a.between(0.2, 0.26)
    plate_h = height * 0.07
    wood = a.pick(WOODS)
    glass_h = height - 2 * plate_h
    for z in (0.0, height - plate_h):
        a.add(cylinder(r * 1.25, plate_h, a.segments(r), (0, 0, z)), "frame", wood, Tier.SECONDARY)
    steps = 16
    # |cos| is widest at both ends and pinches to the neck at mid height
    bulbs = [
        (max(r * 0.08, r * 0.95 * abs(math.cos(math.pi * k / steps)) ** 0.5), glass_h * k / steps)
        for k in range(steps + 1)
    ]
    profile = [(0.0, 0.0), *bulbs, (0.0, glass_h)]
    a.add(lathe(profile, a.segments(r)).translate((0, 0, plate_h)), "glass", GLASS, Tier.FIXED)
    sand = a.pick(SANDS)
    # the sand fills the bulbs' own shape, a hair wider, so it shows through the glass colour
    filled = lathe(profile, a.segments(r)).scale((1.01, 1.01, 1.0)).translate((0, 0, plate_h))
    for low, high in ((0.0, 0.3), (0.58, 0.74)):
        layer = box(
            (r * 3, r * 3, glass_h * (high - low)), (0, 0, plate_h + glass_h * (low + high) / 2)
        )
        a.add(filled ^ layer, "sand", sand, Tier.FIXED)
    for k in range(3):
        angle = 2 * math.pi * k / 3 + 0.5
        x, y = r * 1.08 * math.cos(angle), r * 1.08 * math.sin(angle)
        post = cylinder(r * 0.08, glass_h + 0.002, 8, (x, y, plate_h - 0.001))
        a.add(post, "frame", wood, Tier.SECONDARY)


TEMPLATE = Template(
    "hourglass",
    build_hourglass,
    0.25,
    description="a sand timer: two glass bulbs joined by a narrow neck in a wooden frame",
    synonyms=("sand timer", "sandglass", "hour glass", "egg timer", "sand clock"),
    parts=("glass", "sand", "frame"),
    aliases={"bulb": "glass", "wood": "frame", "post": "frame", "base": "frame"},
)
