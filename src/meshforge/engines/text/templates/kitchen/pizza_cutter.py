"""A pizza cutter: a round steel blade on an axle between the arms of a fork, on a handle."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod
from meshforge.engines.text.kit.tableware import HANDLES, STEEL
from meshforge.engines.text.kit.tools import PLASTICS


def build_pizza_cutter(a: Assembly) -> None:
    """A round steel blade standing on its edge, held by a fork on a raked handle."""
    r = a.vary(0.05, 0.12)
    hub = (0.0, 0.0, r)
    # the blade: a thin disc facing the side (+-Y), bevelled to its edge
    blade = rod((0, -0.0015, r), (0, 0.0015, r), r, a.segments(r))
    a.add(blade, "blade", STEEL)
    a.add(rod((0, -0.006, r), (0, 0.006, r), r * 0.2, 16), "blade", STEEL)
    rake = math.radians(a.between(30, 45))
    reach = r * 1.2
    grip_start = (reach * math.cos(rake), 0.0, r + reach * math.sin(rake))
    for side in (-1, 1):
        y = side * 0.006
        a.add(
            rod((0, y, r), (grip_start[0], y, grip_start[2]), 0.004, 8), "fork", STEEL, Tier.FIXED
        )
    length = a.vary(0.11, 0.12)
    end = (grip_start[0] + length * math.cos(rake), 0.0, grip_start[2] + length * math.sin(rake))
    handle = a.pick((*HANDLES, *PLASTICS))
    a.add(capsule(grip_start, end, 0.013, a.segments(0.013)), "handle", handle, Tier.SECONDARY)
    if a.maybe("guard", 0.5, "thumb guard"):
        guard = cylinder(0.02, 0.004, 16).rotate((0, 90 - math.degrees(rake), 0))
        a.add(guard.translate(grip_start), "guard", handle, Tier.SECONDARY)
    a.add(rod((0, -0.008, hub[2]), (0, 0.008, hub[2]), 0.004, 10), "fork", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "pizza cutter",
    build_pizza_cutter,
    0.15,
    description="a kitchen tool with a round rolling blade on a handle for slicing pizza",
    synonyms=("pizza wheel", "pizza slicer", "rotary cutter", "pastry wheel"),
    kinds=("pizza knife",),
    parts=("blade", "fork", "handle", "guard"),
    aliases={"wheel": "blade", "disc": "blade", "grip": "handle", "frame": "fork"},
)
