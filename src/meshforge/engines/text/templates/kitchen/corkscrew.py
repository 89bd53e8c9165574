"""A T-handle corkscrew standing on its point: a wooden crossbar, a shank and a spiral worm."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL, WOODS
from meshforge.engines.text.kit.solids import capsule, rod
from meshforge.engines.text.kit.sweeps import tube


def build_corkscrew(a: Assembly) -> None:
    """A T-handle corkscrew: a wooden crossbar, a steel shank and a spiral worm to its point."""
    worm_h, turns = a.vary(0.055, 0.12), a.pick((4, 5))
    shank_h, bar = a.vary(0.035, 0.15), a.vary(0.11, 0.1)
    coil_r, wire = 0.0055, 0.0017
    points = []
    steps = turns * 10
    for k in range(steps + 1):
        t = k / steps
        angle = 2 * math.pi * turns * t
        # the coil narrows to a point at the bottom
        r = coil_r * min(1.0, 0.25 + t * 3)
        points.append((r * math.cos(angle), r * math.sin(angle), 0.003 + worm_h * t))
    points.append((0.0, 0.0, worm_h + 0.006))
    a.add(tube(points, wire, 10, wire * 0.6), "worm", STEEL, Tier.FIXED)
    top = worm_h + shank_h
    a.add(rod((0, 0, worm_h), (0, 0, top + 0.008), 0.0035, 12), "shank", STEEL, Tier.FIXED)
    handle = capsule((-bar / 2, 0, 0), (bar / 2, 0, 0), 0.013, a.segments(0.013))
    a.add(handle.scale((1, 0.9, 1.1)).translate((0, 0, top + 0.012)), "handle", WOODS)


TEMPLATE = Template(
    "corkscrew",
    build_corkscrew,
    0.11,
    description="a corkscrew for opening wine bottles: a crossbar handle over a steel spiral",
    synonyms=("cork screw", "wine opener", "bottle screw", "cork puller"),
    parts=("handle", "shank", "worm"),
    aliases={"spiral": "worm", "screw": "worm", "helix": "worm", "crossbar": "handle"},
)
