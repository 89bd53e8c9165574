"""A tuning fork: two long steel tines rising from a U-shaped bend on a round stem."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, STEEL, front_plate
from meshforge.engines.text.kit.solids import cylinder, sphere


def build_tuning_fork(a: Assembly) -> None:
    """A tuning fork: two long steel tines rising from a U-shaped bend on a round stem."""
    length = a.vary(0.17, 0.15)
    stem_h = length * 0.32
    bar = length * a.between(0.045, 0.06)  # a tine's width, seen from the front
    gap = bar * a.between(1.3, 1.8)
    metal = a.pick((STEEL, STEEL, BRASS))
    stem_r = bar * 0.55
    seg = a.segments(stem_r)
    a.add(sphere(stem_r * 1.5, seg, (0, 0, stem_r * 1.3)), "stem", metal)
    a.add(cylinder(stem_r, stem_h, seg, (0, 0, stem_r)), "stem", metal)
    a.add(_fork(length - stem_h, bar, gap, stem_h), "tine", metal)


def _fork(height: float, bar: float, gap: float, base: float) -> Manifold:
    """The U of the fork as a front-view outline, one tine's width ``bar`` thick front to back."""
    outer_r = gap / 2 + bar
    inner_r = gap / 2
    bend_z = base + outer_r
    points = [(-outer_r, base + height), (-inner_r, base + height)]
    steps = 10
    # the inside of the U, round its bottom, then back up the outside
    points += [
        (-inner_r * math.cos(math.pi * k / steps), bend_z - inner_r * math.sin(math.pi * k / steps))
        for k in range(steps + 1)
    ]
    points += [(inner_r, base + height), (outer_r, base + height)]
    points += [
        (outer_r * math.cos(math.pi * k / steps), bend_z - outer_r * math.sin(math.pi * k / steps))
        for k in range(steps + 1)
    ]
    return front_plate(points, bar * 0.9)


TEMPLATE = Template(
    "tuning fork",
    build_tuning_fork,
    0.17,
    description="a steel tuning fork: two parallel prongs on a short handle that ring a pure note",
    synonyms=("tuning-fork",),
    parts=("stem", "tine"),
    aliases={"prong": "tine", "prongs": "tine", "tines": "tine", "handle": "stem", "fork": "tine"},
)
