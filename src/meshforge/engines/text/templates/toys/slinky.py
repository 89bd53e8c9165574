"""A slinky: a springy coil of flat wire standing in an arch from one heap to another, or
upright.
"""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.sweeps import tube

METALS: tuple[RGB, ...] = ((200, 204, 210), (230, 80, 140), (80, 170, 230), (250, 200, 60))


def build_slinky(a: Assembly) -> None:
    """A slinky: a springy coil of wire arching over from one heap to another."""
    r = a.vary(0.035, 0.08)
    wire = r * 0.09
    turns = 26
    span = r * a.between(2.5, 4.0)
    rise = r * a.between(1.6, 2.6)
    points = []
    steps = 8
    for k in range(turns * steps + 1):
        t = k / (turns * steps)
        angle = 2 * math.pi * k / steps
        # the coil's axis runs along an arch: up out of the left heap and down into the right
        phi = math.pi * t
        ax, az = -span / 2 * math.cos(phi), rise * math.sin(phi) + r
        tangent = (span / 2 * math.sin(phi), rise * math.cos(phi))
        norm = math.hypot(*tangent)
        nx, nz = -tangent[1] / norm, tangent[0] / norm
        points.append(
            (ax + r * math.cos(angle) * nx, r * math.sin(angle), az + r * math.cos(angle) * nz)
        )
    a.add(tube(points, wire, 8), "coil", METALS)


TEMPLATE = Template(
    "slinky",
    build_slinky,
    0.12,
    description="a toy spring: a coil of flat wire that walks down stairs",
    synonyms=("slinky spring", "slinky toy", "rainbow slinky", "toy spring", "coil spring toy"),
    parts=("coil",),
    aliases={"spring": "coil", "wire": "coil"},
)
