"""A campfire: a ring of stones around crossed logs with tongues of flame rising from them."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rod

LOG: RGB = (110, 70, 40)
EMBER: RGB = (60, 40, 30)
FLAMES: tuple[RGB, ...] = ((250, 120, 20), (250, 190, 40), (230, 60, 20))


def build_campfire(a: Assembly) -> None:
    """A campfire: a ring of stones around crossed logs with tongues of flame rising from them."""
    ring = a.vary(0.45, 0.1)
    a.add(cylinder(ring * 0.95, 0.03, a.segments(ring)), "ash", EMBER, Tier.FIXED)
    if a.wants("stone"):
        count = a.pick((9, 10, 11, 12))
        for k in range(count):
            q = 2 * math.pi * k / count + a.between(-0.1, 0.1)
            size = a.vary(0.11, 0.2)
            stone = ellipsoid(
                (size * 1.2, size, size * 0.7),
                12,
                (ring * math.cos(q), ring * math.sin(q), size * 0.3),
            )
            a.add(stone, "stone", STONES)
    logs = a.pick((3, 4, 5))
    tip = (0.0, 0.0, 0.38)
    for k in range(logs):
        q = 2 * math.pi * k / logs + a.between(-0.2, 0.2)
        foot = (ring * 0.75 * math.cos(q), ring * 0.75 * math.sin(q), 0.05)
        a.add(rod(foot, tip, 0.05, 12, 0.035), "log", LOG)
    if a.wants("flame") and not a.mentions("unlit", "cold"):
        for k, (x, y, h, w) in enumerate(
            ((0, 0, 0.6, 0.16), (0.08, 0.05, 0.4, 0.1), (-0.07, -0.05, 0.45, 0.11))
        ):
            flame = cylinder(w, h, a.segments(w), (x, y, 0.08 + 0.04 * k), 0.0)
            a.add(flame, "flame", FLAMES[k % 3], Tier.FIXED)
        a.add(ellipsoid((0.2, 0.2, 0.15), 16, (0, 0, 0.15)), "flame", FLAMES[0], Tier.FIXED)


TEMPLATE = Template(
    "campfire",
    build_campfire,
    0.7,
    description="a camp fire of crossed logs burning with orange flames inside a ring of stones",
    synonyms=("camp fire", "bonfire", "fire pit", "firepit", "camping fire"),
    kinds=("log fire",),
    parts=("ash", "stone", "log", "flame"),
    aliases={"fire": "flame", "rocks": "stone", "rock": "stone", "wood": "log"},
)
