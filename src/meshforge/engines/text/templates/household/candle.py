"""A pillar candle with a few drips, a wick and a flame, on a dish."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import capsule, cylinder, lathe, rod, sphere

WAXES: tuple[RGB, ...] = ((250, 245, 230), (200, 40, 40), (250, 250, 250), (240, 215, 150))


FLAME: RGB = (255, 170, 40)


def build_candle(a: Assembly) -> None:
    """A pillar candle with a few drips, a wick and a flame, on a dish."""
    radius, height = a.vary(0.035, 0.2), a.vary(0.15, 0.25)
    dish = a.wants("holder")
    base = 0.012 if dish else 0.0
    wax = a.pick(WAXES)
    a.add(cylinder(radius, height, a.segments(radius), (0, 0, base)), "wax", wax)
    for _ in range(a.pick((2, 3, 4))):
        angle = a.between(0, 2 * math.pi)
        x, y = radius * math.cos(angle), radius * math.sin(angle)
        drip = capsule(
            (x, y, base + height), (x, y, base + height - a.between(0.02, 0.06)), radius * 0.12, 8
        )
        a.add(drip, "wax", wax)
    top = base + height
    a.add(
        rod((0, 0, top - 0.005), (0, 0, top + 0.015), 0.0015, 6), "wick", (30, 30, 30), Tier.FIXED
    )
    if a.wants("flame"):
        flame = Manifold.batch_hull(
            [sphere(0.007, 12, (0, 0, top + 0.02)), sphere(0.0005, 6, (0, 0, top + 0.045))]
        )
        a.add(flame, "flame", FLAME, Tier.FIXED)
    if dish:
        plate = [
            (0.0, 0.0),
            (radius * 1.9, 0.0),
            (radius * 2.1, base + 0.006),
            (radius * 1.95, base + 0.006),
            (radius * 1.8, base),
            (0.0, base),
        ]
        a.add(lathe(plate, a.segments(radius * 2)), "holder", a.pick(LAMP_METALS), Tier.SECONDARY)


TEMPLATE = Template(
    "candle",
    build_candle,
    0.2,
    description="a wax stick with a wick that burns with a flame",
    synonyms=("candlestick", "taper"),
    kinds=("tealight", "tea light", "votive", "votive candle", "pillar candle"),
    parts=("wax", "wick", "flame", "holder"),
    aliases={"fire": "flame", "dish": "holder", "plate": "holder"},
)
