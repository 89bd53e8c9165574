"""A round bowl on a foot ring."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import torus, vessel
from meshforge.engines.text.kit.tableware import CERAMICS, GLAZES


def build_bowl(a: Assembly) -> None:
    """A round bowl on a foot ring."""
    radius, depth = a.vary(0.08, 0.2), a.vary(0.065, 0.2)
    color = a.pick(CERAMICS + GLAZES)
    outline = [(radius * 0.42, 0.0), (radius * 0.45, 0.008)]
    for t in np.linspace(0.05, 1.0, 12):
        angle = t * math.pi / 2
        outline.append(
            (radius * 0.45 + radius * 0.55 * math.sin(angle), 0.008 + depth * (1 - math.cos(angle)))
        )
    a.add(vessel(outline, 0.005, 0.012, a.segments(radius)), "body", color)
    if a.maybe("rim", 0.4):
        a.add(
            torus(radius - 0.002, 0.003, a.segments(radius), (0, 0, depth + 0.006)),
            "rim",
            a.pick(GLAZES),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "bowl",
    build_bowl,
    0.08,
    description="a round open dish for food",
    synonyms=("soup bowl", "dish", "basin"),
    kinds=("cereal bowl", "fruit bowl", "porringer", "tureen", "serving bowl"),
    parts=("body", "rim"),
)
