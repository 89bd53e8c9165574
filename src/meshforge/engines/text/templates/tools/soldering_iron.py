"""A soldering iron: a pen-shaped tool with a grip, a steel shaft and a fine tip."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import RUBBER, STEEL

GRIPS: tuple[RGB, ...] = ((40, 90, 180), (210, 40, 40), (245, 190, 30), (40, 40, 44))


def build_soldering_iron(a: Assembly) -> None:
    """A soldering iron: a pen-shaped tool with a grip, a steel shaft and a fine tip, in a coiled
    stand."""
    grip_l, shaft_l = a.vary(0.11, 0.12), a.vary(0.09, 0.12)
    grip = a.pick(GRIPS)
    base_r = a.vary(0.05, 0.1)
    a.add(cylinder(base_r, 0.02, a.segments(base_r)), "stand", RUBBER, Tier.FIXED)
    tilt = math.radians(a.between(30, 40))
    direction = (math.cos(tilt), 0.0, math.sin(tilt))
    # the iron rests in a spring coil rising from the stand, tip down towards it
    coil_c = (0.0, 0.0, 0.02)
    turns = [
        (
            coil_c[0]
            + 0.02 * math.cos(2 * math.pi * k / 8) * (1 - 0.3 * k / 24)
            + direction[0] * 0.004 * k,
            0.02 * math.sin(2 * math.pi * k / 8) * (1 - 0.3 * k / 24),
            coil_c[2] + direction[2] * 0.004 * k,
        )
        for k in range(25)
    ]
    a.add(tube(turns, 0.0025, 8), "stand", STEEL, Tier.FIXED)
    start = (direction[0] * 0.02, 0.0, 0.02 + direction[2] * 0.02)

    def along(d: float) -> tuple[float, float, float]:
        return (start[0] + direction[0] * d, 0.0, start[2] + direction[2] * d)

    a.add(rod(along(-0.03), along(shaft_l), 0.004, 10), "shaft", STEEL, Tier.FIXED)
    a.add(rod(along(-0.03), along(-0.05), 0.0025, 8, 0.0006), "tip", (90, 90, 95), Tier.FIXED)
    a.add(capsule(along(shaft_l), along(shaft_l + grip_l), 0.012, 16, 0.011), "grip", grip)
    a.add(rod(along(shaft_l - 0.01), along(shaft_l + 0.005), 0.014, 16), "grip", RUBBER, Tier.FIXED)
    cord_end = along(shaft_l + grip_l)
    cord = [
        cord_end,
        (cord_end[0] + 0.05, 0.0, cord_end[2] - 0.04),
        (cord_end[0] + 0.06, 0.03, 0.03),
        (base_r * 0.6, 0.04, 0.012),
    ]
    a.add(tube(cord, 0.003, 8), "cord", RUBBER, Tier.FIXED)


TEMPLATE = Template(
    "soldering iron",
    build_soldering_iron,
    0.15,
    description="an electronics tool with a hot metal tip for melting solder, in its stand",
    synonyms=("solder iron", "soldering pen", "soldering gun", "soldering tool"),
    kinds=("soldering station", "solder station"),
    parts=("stand", "shaft", "tip", "grip", "cord"),
    aliases={"handle": "grip", "cable": "cord", "wire": "cord", "holder": "stand"},
)
