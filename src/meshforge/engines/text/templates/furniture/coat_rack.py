"""A coat stand: a tall turned pole on splayed feet with curled hooks fanning out at the top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import cylinder, rod, sphere
from meshforge.engines.text.kit.sweeps import tube


def build_coat_rack(a: Assembly) -> None:
    """A coat stand: a tall turned pole on splayed feet with curled hooks at the top."""
    height = a.vary(1.8, 0.06)
    wood = a.pick(WOODS + PAINTS[1:2])
    a.add(cylinder(0.025, height, 12, (0, 0, 0.05), 0.02), "pole", wood)
    a.add(sphere(0.035, 12, (0, 0, height + 0.05)), "pole", wood)
    feet = a.pick((3, 4))
    for k in range(feet):
        angle = 2 * math.pi * k / feet
        a.add(
            rod((0, 0, 0.35), (0.32 * math.cos(angle), 0.32 * math.sin(angle), 0.01), 0.018, 8),
            "foot",
            wood,
        )
    hooks = a.count("hook", a.pick((4, 6)), 2, 8)
    for k in range(hooks):
        angle = 2 * math.pi * k / hooks + 0.3
        cx, cy = math.cos(angle), math.sin(angle)
        low = k % 2 == 1 and hooks > 4
        z = height - (0.2 if low else 0.05)
        path = [
            (0.0, 0.0, z - 0.1),
            (cx * 0.1, cy * 0.1, z),
            (cx * 0.2, cy * 0.2, z + 0.1),
            (cx * 0.24, cy * 0.24, z + 0.16),
        ]
        a.add(tube(path, 0.012, 8), "hook", wood, Tier.SECONDARY)


TEMPLATE = Template(
    "coat rack",
    build_coat_rack,
    1.85,
    description="a tall wooden coat stand with hooks at the top for hats and coats",
    synonyms=("coat stand", "hat stand", "hat rack", "hall stand", "coat tree", "hatstand"),
    kinds=("coat hanger stand",),
    parts=("pole", "foot", "hook"),
    aliases={"stand": "pole"},
)
