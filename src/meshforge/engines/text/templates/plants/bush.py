"""A rounded shrub of clustered leafy balls, sometimes in flower; "hedge" trims it square."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GREENS
from meshforge.engines.text.kit.solids import Vec3, rounded_box, sphere, union

BLOOMS: tuple[RGB, ...] = (
    (220, 40, 60),
    (245, 245, 240),
    (240, 130, 170),
    (250, 200, 40),
    (150, 90, 200),
)


def build_bush(a: Assembly) -> None:
    """A rounded shrub of clustered leafy balls, sometimes in flower; "hedge" trims it square."""
    shades = a.pick(GREENS), a.pick(GREENS)
    if a.mentions("hedge", "hedgerow"):
        length, height = a.vary(2.0, 0.15), a.vary(1.0, 0.1)
        hedge = rounded_box((length, 0.7, height), 0.15, a.segments(0.15), (0, 0, height / 2))
        a.add(hedge, "leaf", shades[0])
        return
    radius = a.vary(0.6, 0.15)
    balls: list[tuple[Vec3, float]] = [((0.0, 0.0, radius * 0.75), radius * 0.8)]
    count = a.pick((6, 7, 8))
    for k in range(count):
        angle = k * 2 * math.pi / count + a.between(-0.3, 0.3)
        r = radius * a.between(0.45, 0.6)
        at = (radius * 0.65 * math.cos(angle), radius * 0.65 * math.sin(angle), r * 0.8)
        balls.append((at, r))
    for k in range(3):
        angle = k * 2 * math.pi / 3 + a.between(0, 1)
        r = radius * a.between(0.4, 0.5)
        balls.append(
            ((radius * 0.35 * math.cos(angle), radius * 0.35 * math.sin(angle), radius * 1.15), r)
        )
    lumps = a.segments(radius * 0.1)  # leafy lumps need no more than about half the full count
    for k, (at, r) in enumerate(balls):
        a.add(sphere(r, lumps, at), "leaf", shades[k % 2])
    if a.maybe("flower", 0.35, "flowering", "blooming", "berry", "rose", "azalea"):
        color = a.pick(BLOOMS)
        blooms = []
        for _ in range(18):
            at, r = balls[int(a.between(0, len(balls) - 0.01))]
            yaw, pitch = a.between(0, 2 * math.pi), a.between(0.1, 1.3)
            spot = (
                at[0] + r * 0.96 * math.cos(yaw) * math.cos(pitch),
                at[1] + r * 0.96 * math.sin(yaw) * math.cos(pitch),
                at[2] + r * 0.96 * math.sin(pitch),
            )
            blooms.append(sphere(radius * 0.085, 12, spot))
        a.add(union(blooms), "flower", color, Tier.SECONDARY)


TEMPLATE = Template(
    "bush",
    build_bush,
    1.0,
    description="a low leafy shrub growing in a garden",
    synonyms=("shrub", "hedge", "shrubbery", "boxwood"),
    kinds=("topiary", "hedgerow", "thicket", "privet"),
    parts=("leaf", "flower"),
    aliases={"foliage": "leaf", "blossom": "flower", "berry": "flower", "bloom": "flower"},
)
