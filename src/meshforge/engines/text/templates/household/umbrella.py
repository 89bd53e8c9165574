"""An open umbrella: an eight-panelled canopy on a shaft with a crook handle."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, lathe, rod

CANOPIES: tuple[RGB, ...] = (
    (200, 30, 40),
    (30, 60, 140),
    (30, 30, 35),
    (240, 200, 40),
    (60, 140, 90),
)


def build_umbrella(a: Assembly) -> None:
    """An open umbrella: an eight-panelled canopy on a shaft with a crook handle."""
    radius, height = a.vary(0.5, 0.1), a.vary(0.9, 0.08)
    rise = radius * a.vary(0.45, 0.15)
    top = height
    arc = [
        (radius * math.sin(t), top - rise + rise * math.cos(t) ** 0.8)
        for t in np.linspace(0, math.pi / 2, 10)
    ]
    shell = [
        (0.0, top + 0.004),
        *[(r, z + 0.004) for r, z in arc[1:]],
        *[(r, z) for r, z in reversed(arc[1:])],
        (0.0, top),
    ]
    a.add(lathe(shell, 8), "canopy", a.pick(CANOPIES))  # eight segments read as eight panels
    a.add(rod((0, 0, 0.12), (0, 0, top + 0.06), 0.008, 12), "shaft", (60, 60, 64), Tier.FIXED)
    hook = arc_tube((0, 0, 0), 0.045, 0.011, a.segments(0.045), 180.0, 180.0)
    a.add(hook.translate((0.045, 0, 0.12)), "handle", (90, 55, 30), Tier.FIXED)


TEMPLATE = Template(
    "umbrella",
    build_umbrella,
    1.0,
    description="a folding canopy that protects from rain or sun",
    synonyms=("parasol", "brolly"),
    kinds=("sunshade", "beach umbrella"),
    parts=("canopy", "shaft", "handle"),
    aliases={"stick": "shaft", "pole": "shaft"},
)
