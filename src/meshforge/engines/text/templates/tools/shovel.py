"""A spade standing on its blade: a pointed steel blade, a long shaft and a D-grip."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PAINTED, PLASTICS, RUBBER, STEEL


def build_shovel(a: Assembly) -> None:
    """A spade standing on its blade: a pointed steel blade, a long shaft and a D-grip."""
    height, blade_w = a.vary(1.05, 0.1), a.vary(0.23, 0.1)
    blade_h = blade_w * a.vary(1.25, 0.1)
    pointed = not a.mentions("spade", "flat") and a.chance(0.7)
    if pointed:  # sides bulge out from a rounded point
        steps = [i / 8 for i in range(9)]
        right = [(blade_w / 2 * math.sin(t * math.pi / 2), blade_h * 0.5 * t) for t in steps]
        sides = right[::-1] + [(-x, z) for x, z in right[1:]]
    else:
        sides = [(blade_w / 2, 0.02), (blade_w / 2 - 0.01, 0.0)]
        sides += [(-x, z) for x, z in reversed(sides)]
    outline = [(-blade_w / 2, blade_h), (blade_w / 2, blade_h), *sides]
    blade_color = a.pick((*PAINTED, STEEL))
    a.add(face_prism(outline, 0.006), "blade", blade_color)
    step = rod((-blade_w / 2, 0, blade_h), (blade_w / 2, 0, blade_h), 0.008, 12)
    socket = cylinder(0.024, blade_h * 0.55, a.segments(0.024), (0, 0, blade_h * 0.7), 0.019)
    a.add(step + socket, "blade", blade_color)
    grip_z = height - 0.12
    a.add(
        rod((0, 0, blade_h), (0, 0, grip_z + 0.01), 0.017, a.segments(0.017)),
        "shaft",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    spread = 0.055
    grip_color = a.pick((RUBBER, *PLASTICS[:2], HANDLE_WOODS[0]))
    for side in (-1, 1):
        arm = capsule((0, 0, grip_z), (side * spread, 0, grip_z + 0.1), 0.012, 12)
        a.add(arm, "grip", grip_color, Tier.FIXED)
    bar = capsule((-spread, 0, grip_z + 0.1), (spread, 0, grip_z + 0.1), 0.016, 12)
    a.add(bar, "grip", grip_color, Tier.FIXED)


TEMPLATE = Template(
    "shovel",
    build_shovel,
    1.05,
    description="a garden tool with a broad blade on a long handle for digging",
    synonyms=("spade", "garden spade", "trowel"),
    parts=("blade", "shaft", "grip"),
    aliases={"handle": "shaft", "scoop": "blade"},
)
