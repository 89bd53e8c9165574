"""A hammock: a sagging fabric bed slung by ropes between two posts on a floor frame."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import tube

CLOTHS: tuple[RGB, ...] = (
    (230, 90, 60),
    (60, 130, 180),
    (240, 210, 120),
    (120, 170, 110),
    (245, 240, 230),
)
ROPE: RGB = (215, 195, 150)


def build_hammock(a: Assembly) -> None:
    """A hammock: a sagging fabric bed slung by ropes between two posts on a floor frame."""
    span, post_h = a.vary(3.0, 0.08), a.vary(1.3, 0.08)
    sag = a.between(0.45, 0.6)
    wood = a.pick(WOODS)
    half = span / 2
    for sx in (-1, 1):
        a.add(box((0.1, 0.1, post_h), (sx * half, 0, post_h / 2)), "post", wood)
        a.add(box((0.12, 0.8, 0.08), (sx * half, 0, 0.04)), "frame", wood)
    a.add(box((span, 0.1, 0.08), (0, 0, 0.04)), "frame", wood)
    end = half * 0.62
    top = post_h - 0.3
    xs = np.linspace(-end, end, 9)
    # a catenary-like dip between the two bar ends
    path = [(float(x), 0.0, top - sag * (1 - (x / end) ** 2)) for x in xs]
    cloth = tube(path, 0.05, a.segments(0.2)).scale((1.0, 7.0, 1.0))
    a.add(cloth, "fabric", a.pick(CLOTHS))
    for sx in (-1, 1):
        a.add(
            rod((sx * end, -0.33, top), (sx * end, 0.33, top), 0.022, 10),
            "bar",
            wood,
            Tier.SECONDARY,
        )
        for y in (-0.3, 0.0, 0.3):
            a.add(
                rod((sx * end, y, top), (sx * (half - 0.04), 0, post_h - 0.06), 0.01, 8),
                "rope",
                ROPE,
                Tier.FIXED,
            )
    if a.maybe("pillow", 0.3, "cushion"):
        dip = top - sag * (1 - (0.7) ** 2)
        pillow = box((0.3, 0.4, 0.1)).rotate((0, -math.degrees(0.4), 0))
        a.add(pillow.translate((-end * 0.7, 0, dip + 0.08)), "pillow", (245, 240, 230), Tier.FIXED)


TEMPLATE = Template(
    "hammock",
    build_hammock,
    1.3,
    description="a fabric sling hung between two posts to lie and swing in",
    synonyms=("hammock bed", "rope hammock", "garden hammock", "hammock stand"),
    kinds=("hanging bed", "camping hammock", "beach hammock"),
    parts=("post", "frame", "fabric", "bar", "rope", "pillow"),
    aliases={
        "cloth": "fabric",
        "bed": "fabric",
        "stand": "frame",
        "posts": "post",
        "ropes": "rope",
    },
)
