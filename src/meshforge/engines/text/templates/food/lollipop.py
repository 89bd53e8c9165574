"""A lollipop: a flat round candy with a coloured swirl, on a white stick."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CANDY
from meshforge.engines.text.kit.solids import rod, sphere
from meshforge.engines.text.kit.sweeps import tube


def build_lollipop(a: Assembly) -> None:
    """A lollipop: a flat round candy with a coloured swirl, on a white stick."""
    radius, stick = a.vary(0.04, 0.1), a.vary(0.12, 0.1)
    flat = a.chance(0.7) and not a.mentions("round", "ball", "chupa")
    center = (0.0, 0.0, stick + radius * 0.9)
    a.add(rod((0, 0, 0), (0, 0, center[2]), 0.0028, 12), "stick", (245, 245, 240), Tier.FIXED)
    colors = [c for c in CANDY if c != (250, 250, 245)]
    first = a.pick(colors)
    if not flat:
        a.add(sphere(radius * 0.75, a.segments(radius), center), "candy", first)
        return
    thick = radius * 0.4
    disc = rod((0, -thick / 2, center[2]), (0, thick / 2, center[2]), radius, a.segments(radius))
    a.add(disc, "candy", first)
    if a.wants("swirl"):
        turns = a.pick((2.5, 3.0, 3.5))
        for face in (-1, 1):
            points = []
            for k in range(int(turns * 24)):
                t = k / (turns * 24)
                r = radius * (0.08 + 0.85 * t)
                angle = face * 2 * math.pi * turns * t
                points.append(
                    (r * math.cos(angle), face * thick / 2, center[2] + r * math.sin(angle))
                )
            a.add(tube(points, radius * 0.07, 12), "swirl", (250, 250, 245), Tier.SECONDARY)


TEMPLATE = Template(
    "lollipop",
    build_lollipop,
    0.2,
    description="a round swirly candy on a stick",
    synonyms=("lolly", "sucker", "swirl lollipop", "lollipops"),
    kinds=("all day sucker",),
    parts=("candy", "swirl", "stick"),
    aliases={"sweet": "candy", "spiral": "swirl", "handle": "stick"},
)
