"""A raspberry: a rounded thimble of little beads (drupelets) packed round a hollow cone, red,
or glossy black for a blackberry, with a small green cap of sepals at the top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, turned
from meshforge.engines.text.kit.solids import sphere, union
from meshforge.engines.text.kit.vegetables import calyx

REDS: tuple[RGB, ...] = ((200, 30, 60), (215, 45, 75), (180, 25, 55))
BLACKBERRY: RGB = (45, 30, 55)


def build_raspberry(a: Assembly) -> None:
    """A raspberry: a thimble of packed little beads with a small green cap on top."""
    r, height = a.vary(0.011, 0.08), a.vary(0.022, 0.08)
    black = a.mentions("blackberr", "black", "dewberr", "boysenberr")
    color = BLACKBERRY if black else a.pick(REDS)

    def radius_at(z: float) -> float:
        u = z / height
        # a blunt rounded tip below, widest at the top where the cap sits
        return r * 0.9 * float(math.sin(math.pi / 2 * min(1.0, u * 1.1)) ** 0.5)

    core = turned(radius_at, height, a.segments(r))
    beads = [core]
    rows = 7
    for row in range(rows):
        z = height * (0.08 + 0.84 * row / (rows - 1))
        ring = radius_at(z)
        around = max(4, round(2 * math.pi * ring / (r * 0.38)))
        for k in range(around):
            t = 2 * math.pi * (k + 0.5 * (row % 2)) / around
            beads.append(sphere(r * 0.24, 10, (ring * math.cos(t), ring * math.sin(t), z)))
    lift = r * 0.22
    a.add(union(beads).translate((0, 0, lift)), "berry", color)
    if a.wants("cap"):
        cap = calyx(r * 0.9, 5, -20, 12).translate((0, 0, height + lift))
        a.add(cap, "cap", LEAF_GREEN, Tier.FIXED)


TEMPLATE = Template(
    "raspberry",
    build_raspberry,
    0.025,
    description="a small red berry made of little round beads packed into a thimble shape",
    synonyms=("raspberries", "blackberry", "blackberries"),
    kinds=("dewberry", "boysenberry", "wild raspberry"),
    not_claimed=("raspberry pi", "raspberry jam"),
    parts=("berry", "cap"),
    aliases={
        **FRUIT_ALIASES,
        "beads": "berry",
        "drupelets": "berry",
        "leaves": "cap",
        "stem": "cap",
    },
)
