"""A fishing rod lying at a slant: a long tapering rod, cork grip, a spinning reel, guide rings."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod, torus, union

BLANKS: tuple[RGB, ...] = ((35, 35, 40), (40, 60, 110), (120, 30, 35), (200, 170, 110))
CORK: RGB = (200, 160, 110)
REEL: RGB = (190, 195, 202)
LINE: RGB = (235, 235, 230)


def build_fishing_rod(a: Assembly) -> None:
    """A fishing rod propped at a low slant: butt on the ground, the reel hanging under the grip."""
    length = a.vary(1.8, 0.15)
    slope = math.radians(a.between(12, 20))
    dx, dz = math.cos(slope), math.sin(slope)
    butt_r = 0.012
    color = a.pick(BLANKS)

    def at(s: float, below: float = 0.0) -> tuple[float, float, float]:
        """The point ``s`` metres up the rod, ``below`` metres under its axis."""
        return (s * dx + below * dz, 0.0, butt_r + s * dz - below * dx)

    a.add(rod(at(0.0), at(length), butt_r * 0.8, 12, 0.0025), "rod", color)
    a.add(capsule(at(0.0), at(0.42), butt_r * 1.25, 16), "grip", CORK, Tier.SECONDARY)
    if a.wants("reel"):
        # the spinning reel hangs below the rod on a short foot, its spool facing the tip
        foot_top, foot_low = at(0.32), at(0.32, 0.06)
        a.add(rod(foot_top, foot_low, 0.005, 8), "reel", REEL, Tier.FIXED)
        spool = cylinder(0.032, 0.045, 20).rotate((0, 90 - math.degrees(slope), 0))
        centre = at(0.3, 0.085)
        a.add(spool.translate(centre), "reel", REEL, Tier.FIXED)
        handle_end = (centre[0], -0.07, centre[2])
        a.add(rod(centre, handle_end, 0.004, 8), "reel", REEL, Tier.FIXED)
        a.add(
            capsule(handle_end, (handle_end[0], -0.07, handle_end[2] - 0.025), 0.006, 8),
            "reel",
            (35, 35, 38),
            Tier.FIXED,
        )
    # the line guides: rings standing under the rod, smaller towards the tip
    guides = []
    for k in range(5):
        s = 0.6 + (length - 0.65) * k / 4
        size = 0.014 * (1 - 0.6 * k / 4)
        ring = torus(size, 0.0012, 12).rotate((90, 0, 0)).rotate((0, -math.degrees(slope), 0))
        guides.append(ring.translate(at(s, size * 1.2)))
        guides.append(rod(at(s), at(s, size * 0.3), 0.0015, 6))
    a.add(union(guides), "guide", REEL, Tier.FIXED)
    if a.maybe("line", 0.5, "line", "hook", "lure", "bait"):
        tip = at(length)
        a.add(rod(tip, (tip[0] + 0.05, 0.0, 0.0), 0.0008, 6), "line", LINE, Tier.FIXED)


TEMPLATE = Template(
    "fishing rod",
    build_fishing_rod,
    0.35,
    description="a fishing rod: a long flexible pole with a reel and line guides for catching fish",
    synonyms=("fishing pole", "rod and reel", "angling rod"),
    kinds=("spinning rod", "fly rod", "fly fishing rod", "casting rod", "sea fishing rod"),
    parts=("rod", "grip", "reel", "guide", "line"),
    aliases={"handle": "grip", "pole": "rod", "rings": "guide", "guides": "guide", "hook": "line"},
)
