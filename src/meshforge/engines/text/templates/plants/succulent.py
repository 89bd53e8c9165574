"""A succulent (echeveria): a tight rosette of plump pointed leaves in rings, opening wider
from the middle out, in a small pot."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.houseplants import potted
from meshforge.engines.text.kit.solids import sphere, union

GREENS: tuple[RGB, ...] = ((130, 170, 150), (110, 160, 120), (150, 175, 160), (160, 140, 170))
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def build_succulent(a: Assembly) -> None:
    """A succulent: a rosette of plump pointed leaves in rings, in a small pot."""
    pot_r = a.vary(0.055, 0.1)
    soil_z = potted(a, pot_r, pot_r * 1.1)
    size = pot_r * a.vary(1.1, 0.1)
    count = a.pick((20, 26, 32))
    leaves = [sphere(size * 0.15, 16, (0, 0, soil_z + size * 0.12))]
    for k in range(count):
        f = (k + 1) / count  # 0 at the heart, 1 at the outermost ring
        yaw = k * GOLDEN_ANGLE
        reach = size * (0.25 + 0.75 * f)
        rise = math.radians(75 - 60 * f)  # the heart's leaves stand up, the outer ones lie open
        base = (0.0, 0.0, soil_z + size * 0.1)
        tip = (
            reach * math.cos(rise) * math.cos(yaw),
            reach * math.cos(rise) * math.sin(yaw),
            base[2] + reach * math.sin(rise),
        )
        leaves.append(spindle(base, tip, size * (0.1 + 0.12 * f), 14, 0.45))
    a.add(union(leaves), "leaf", a.pick(GREENS))


TEMPLATE = Template(
    "succulent",
    build_succulent,
    0.12,
    description="a small potted succulent, a rosette of plump pointed leaves",
    synonyms=("succulents", "echeveria", "succulent plant", "potted succulent"),
    kinds=("hens and chicks", "sempervivum", "succulent rosette"),
    parts=("pot", "soil", "leaf"),
    aliases={"leaves": "leaf", "rosette": "leaf", "planter": "pot"},
)
