"""Over-ear headphones: a padded headband arching over two round ear cups with cushions."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS
from meshforge.engines.text.kit.solids import Vec3, rod
from meshforge.engines.text.kit.sweeps import tube


def build_headphones(a: Assembly) -> None:
    """Over-ear headphones: a padded headband arching over two round ear cups with cushions."""
    span, cup_r = a.vary(0.17, 0.06), a.vary(0.045, 0.08)
    height = a.vary(0.2, 0.06)
    color = a.pick((*GADGETS, (200, 40, 45), (240, 200, 210), (60, 110, 180)))
    cup_z = cup_r + 0.005
    half = span / 2

    def arch(t: float, lift: float = 0.0) -> Vec3:
        angle = math.pi * t
        return (
            -half * math.cos(angle),
            0.0,
            cup_z + cup_r * 0.6 + (height - cup_z - cup_r * 0.6) * math.sin(angle) + lift,
        )

    band = [arch(k / 12) for k in range(13)]
    a.add(tube(band, 0.009, a.segments(0.02)), "headband", color)
    if a.wants("padding"):
        pad = [arch(k / 12, -0.008) for k in range(3, 10)]
        a.add(tube(pad, 0.012, a.segments(0.02)), "padding", BLACK_PLASTIC, Tier.FIXED)
    for side in (-1, 1):
        x = side * half
        cup = rod((x - side * 0.0, 0, cup_z), (x + side * 0.03, 0, cup_z), cup_r, a.segments(cup_r))
        a.add(cup, "cup", color)
        cushion = rod((x, 0, cup_z), (x - side * 0.018, 0, cup_z), cup_r * 0.95, a.segments(cup_r))
        a.add(cushion, "cushion", BLACK_PLASTIC, Tier.FIXED)
        a.add(
            rod(
                (x + side * 0.012, 0, cup_z + cup_r * 0.5),
                (x + side * 0.012, 0, cup_z + cup_r * 1.05),
                0.006,
                8,
            ),
            "headband",
            color,
        )


TEMPLATE = Template(
    "headphones",
    build_headphones,
    0.2,
    description="a pair of over-ear headphones with a headband and cushioned ear cups",
    synonyms=("headphone", "headset", "earphones", "over ear headphones", "gaming headset", "cans"),
    kinds=("studio headphones", "dj headphones", "beats headphones"),
    parts=("headband", "padding", "cup", "cushion"),
    aliases={"band": "headband"},
)
