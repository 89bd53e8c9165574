"""A garden trampoline: a round black mat on a padded ring, legs, and often a safety net."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rod
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tools import STEEL

PADS: tuple[RGB, ...] = ((40, 110, 190), (50, 150, 70), (230, 180, 30), (200, 50, 45))
MAT: RGB = (30, 30, 33)


def build_trampoline(a: Assembly) -> None:
    """A garden trampoline: a round black mat on a padded ring, legs, and often a safety net."""
    radius, height = a.vary(1.5, 0.15), a.vary(0.8, 0.1)
    pad = a.pick(PADS)
    seg = a.segments(radius)
    a.add(cylinder(radius * 0.9, 0.02, seg, (0, 0, height - 0.01)), "mat", MAT, Tier.FIXED)
    a.add(hoop(radius * 0.93, 0.09, seg, (0, 0, height)), "pad", pad)
    legs = 6

    for k in range(legs):  # W legs: a hoop of tube bent down at each corner
        turn = 2 * math.pi * k / legs
        x, y = radius * 0.95 * math.cos(turn), radius * 0.95 * math.sin(turn)
        a.add(rod((x, y, 0.0), (x, y, height - 0.04), 0.025, 8), "frame", STEEL, Tier.FIXED)
    a.add(hoop(radius * 0.95, 0.025, seg, (0, 0, 0.03)), "frame", STEEL, Tier.FIXED)
    if a.maybe("net", 0.5, "enclosure", "safety"):
        for k in range(8):
            turn = 2 * math.pi * (k + 0.5) / 8
            x, y = radius * 0.97 * math.cos(turn), radius * 0.97 * math.sin(turn)
            a.add(rod((x, y, height - 0.05), (x, y, height + 1.7), 0.022, 8), "net", pad)
        a.add(hoop(radius * 0.97, 0.025, seg, (0, 0, height + 1.7)), "net", pad)


TEMPLATE = Template(
    "trampoline",
    build_trampoline,
    0.9,
    description="a big round springy black mat on legs that children bounce on in the garden",
    synonyms=("garden trampoline", "trampolines", "backyard trampoline", "mini trampoline"),
    parts=("mat", "pad", "frame", "net"),
    aliases={"padding": "pad", "legs": "frame", "enclosure": "net", "poles": "net"},
)
