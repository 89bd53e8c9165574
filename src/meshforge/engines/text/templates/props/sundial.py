"""A garden sundial: a round bronze dial with hour marks and a slanted gnomon, on a stone pillar."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.solids import box, cylinder, lathe, union
from meshforge.engines.text.kit.sweeps import face_prism

BRONZE: tuple[RGB, ...] = ((170, 120, 60), (110, 140, 115), (200, 160, 80))


def build_sundial(a: Assembly) -> None:
    """A round bronze dial with hour marks and a slanted gnomon, on a stone pillar."""
    stone, bronze = a.pick(STONES), a.pick(BRONZE)
    r = a.vary(0.2, 0.1)
    top = 0.0
    if a.wants("pedestal"):
        top = a.vary(0.85, 0.1)
        column = [
            (0.0, 0.0),
            (0.2, 0.0),
            (0.2, 0.06),
            (0.11, 0.14),
            (0.09, top - 0.12),
            (r * 1.1, top - 0.04),
            (r * 1.1, top),
            (0.0, top),
        ]
        a.add(lathe(column, a.segments(r)), "pedestal", stone)
    a.add(cylinder(r, 0.02, a.segments(r), (0, 0, top - 0.005)), "dial", bronze)
    marks = [
        box((0.006, r * 0.15, 0.004), (0, r * 0.8, top + 0.016)).rotate((0, 0, -90 + 15 * k))
        for k in range(13)
    ]
    a.add(union(marks), "mark", (60, 45, 30), Tier.FIXED)
    angle = a.vary(40.0, 0.15)
    rise = r * 0.9 * math.tan(math.radians(angle))
    gnomon = face_prism([(-r * 0.1, 0.0), (r * 0.8, 0.0), (-r * 0.1, rise)], 0.008)
    a.add(gnomon.rotate((0, 0, 90)).translate((0, 0, top + 0.012)), "gnomon", bronze)


TEMPLATE = Template(
    "sundial",
    build_sundial,
    1.0,
    description="a sundial: a garden clock whose slanted blade casts a shadow across hour marks",
    synonyms=("sun dial", "sundials", "garden sundial"),
    parts=("pedestal", "dial", "mark", "gnomon"),
    aliases={
        "pillar": "pedestal",
        "column": "pedestal",
        "plate": "dial",
        "blade": "gnomon",
        "hours": "mark",
    },
)
