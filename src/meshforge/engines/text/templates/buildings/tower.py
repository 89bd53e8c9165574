"""A round stone tower with slit windows, a door and battlements or a spire."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR, SPIRES, STONES, round_tower
from meshforge.engines.text.kit.solids import box, rod, side_prism

SLIT: RGB = (35, 35, 40)


def build_tower(a: Assembly) -> None:
    """A round stone tower with slit windows, a door and battlements or a spire."""
    radius, height = a.vary(2.2, 0.15), a.vary(11.0, 0.15)
    stone = a.pick(STONES)
    pointed = a.mentions("spire", "roof", "pointed") or a.chance(0.5)
    round_tower(a, radius, height, stone, (0.0, 0.0), pointed, a.pick(SPIRES))
    if a.wants("door"):
        a.add(box((1.2, 0.6, 2.0), (0, -radius + 0.2, 1.0)), "door", DOOR, Tier.FIXED)
        a.add(
            rod((0, -radius - 0.08, 2.0), (0, -radius + 0.4, 2.0), 0.6, a.segments(0.6)),
            "door",
            DOOR,
            Tier.FIXED,
        )
    for level in range(1, int(height // 3)):
        angle = level * 1.3
        x, y = radius * math.sin(angle) * 0.98, -radius * math.cos(angle) * 0.98
        slit = (
            box((0.3, 0.3, 1.0)).rotate((0, 0, math.degrees(angle))).translate((x, y, level * 3.0))
        )
        a.add(slit, "window", SLIT, Tier.FIXED)
    if a.maybe("flag", 0.4):
        top = height + (radius * 2.4 if pointed else 0.6)
        a.add(rod((0, 0, top - 0.5), (0, 0, top + 2.2), 0.05, 8), "flag", (90, 90, 90), Tier.FIXED)
        cloth = side_prism([(0.0, top + 1.4), (1.4, top + 1.75), (0.0, top + 2.1)], 0.04)
        a.add(cloth.rotate((0, 0, 90)), "flag", (200, 30, 30), Tier.SECONDARY)


TEMPLATE = Template(
    "tower",
    build_tower,
    12.0,
    description="a tall narrow building",
    synonyms=("turret", "watchtower", "keep", "tower house"),
    kinds=("campanile", "water tower"),
    parts=("tower", "roof", "door", "window", "flag"),
    aliases={"spire": "roof", "wall": "tower", "banner": "flag"},
)
