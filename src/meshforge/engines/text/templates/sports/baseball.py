"""A baseball: a white ball with red stitching along its figure-eight seam."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.solids import sphere
from meshforge.engines.text.kit.sweeps import tube

STITCH = (200, 35, 40)


def build_baseball(a: Assembly) -> None:
    """A baseball: a white ball with red stitching along its figure-eight seam."""
    softball = a.mentions("softball")
    r = a.vary(0.048 if softball else 0.037, 0.03)
    seg = a.segments(r)
    a.add(sphere(r, seg, (0, 0, r)), "ball", (240, 225, 80) if softball else WHITE)
    if not a.wants("stitch"):
        return
    seam = []
    for i in range(28):
        t = 2 * math.pi * i / 28
        p = np.array(
            [
                math.cos(t) + 0.4 * math.cos(3 * t),
                math.sin(t) - 0.4 * math.sin(3 * t),
                1.1 * math.sin(2 * t),
            ]
        )
        p = p / np.linalg.norm(p) * r
        seam.append((float(p[0]), float(p[1]), float(p[2]) + r))
    seam.append(seam[0])
    a.add(tube(seam, r * 0.06, 8), "stitch", STITCH, Tier.FIXED)


TEMPLATE = Template(
    "baseball",
    build_baseball,
    0.08,
    description="a small hard white ball with red stitching thrown and hit in baseball",
    synonyms=("base ball", "hardball", "mlb ball"),
    kinds=("little league ball",),
    not_claimed=("baseball glove",),
    parts=("ball", "stitch"),
    aliases={"seam": "stitch", "stitching": "stitch", "lace": "stitch"},
)
