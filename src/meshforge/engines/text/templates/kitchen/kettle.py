"""A stovetop kettle with a spout and a handle arching over its lid; "electric" is a jug."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, sphere
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import HANDLES, arc_points, turned_body

KETTLE_METALS: tuple[RGB, ...] = ((200, 204, 210), (190, 40, 40), (240, 240, 235), (40, 40, 45))


def build_kettle(a: Assembly) -> None:
    """A stovetop kettle with a spout and a handle arching over its lid; "electric" is a jug."""
    metal = a.pick(KETTLE_METALS)
    grip = a.pick(HANDLES)
    if a.mentions("electric"):
        radius, height = a.vary(0.075, 0.1), a.vary(0.22, 0.1)
        turned_body(a, [radius, radius * 0.97, radius * 0.9, radius * 0.85], height, metal)
        a.add(cylinder(radius * 1.08, 0.02, a.segments(radius)), "base", grip, Tier.SECONDARY)
        spout = Manifold.batch_hull(
            [
                box((0.01, radius * 0.6, 0.02), (-radius * 0.75, 0, height - 0.012)),
                box((0.004, radius * 0.3, 0.006), (-radius * 1.15, 0, height + 0.004)),
            ]
        )
        a.add(spout, "spout", metal)
        side = arc_points((radius * 0.8, height * 0.55), (radius * 0.6, height * 0.35), 100, -100)
        a.add(tube(side, radius * 0.12, a.segments(radius * 0.12)), "handle", grip, Tier.SECONDARY)
        return
    radius, height = a.vary(0.1, 0.1), a.vary(0.16, 0.12)
    turned_body(
        a, [radius, radius * 0.98, radius * 0.85, radius * 0.65, radius * 0.5], height, metal
    )
    lid_r = radius * 0.48
    a.add(
        dome((lid_r, lid_r, lid_r * 0.3), a.segments(lid_r), (0, 0, height - 0.002)), "lid", metal
    )
    a.add(sphere(0.012, 12, (0, 0, height + lid_r * 0.3)), "lid", grip, Tier.SECONDARY)
    if a.wants("spout"):
        spout = [(-radius * 0.7, 0.0, height * 0.3), (-radius * 1.15, 0.0, height * 0.55)]
        spout.append((-radius * 1.35, 0.0, height * 0.85))
        a.add(tube(spout, radius * 0.16, a.segments(radius * 0.16), radius * 0.08), "spout", metal)
    if a.wants("handle"):
        rise = height * a.between(0.45, 0.65)
        arch = [
            (radius * math.cos(t) * 0.55, 0.0, height - 0.01 + rise * math.sin(t))
            for t in np.linspace(0.15, math.pi - 0.15, 9)
        ]
        a.add(tube(arch, 0.011, a.segments(0.011)), "handle", grip, Tier.SECONDARY)


TEMPLATE = Template(
    "kettle",
    build_kettle,
    0.2,
    description="a metal pot with a spout and a handle for boiling water",
    synonyms=("electric kettle", "stovetop kettle", "whistling kettle", "teakettle"),
    parts=("body", "lid", "spout", "handle", "base"),
    aliases={"knob": "lid", "grip": "handle"},
)
