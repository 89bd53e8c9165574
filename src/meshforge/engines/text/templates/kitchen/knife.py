"""A table or kitchen knife standing on its handle, edge to the left."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.tableware import HANDLES, STEEL, cutlery_handle


def build_knife(a: Assembly) -> None:
    """A table or kitchen knife standing on its handle, edge to the left."""
    kitchen = a.mentions("kitchen", "chef", "butcher", "bread", "carving")
    length = a.vary(0.12, 0.1)
    blade = a.vary(0.2 if kitchen else 0.1, 0.1)
    width = a.vary(0.045 if kitchen else 0.02, 0.1)
    if kitchen:
        handle = box((0.02, 0.014, length), (0, 0, length / 2))
        a.add(handle, "handle", a.pick(HANDLES))
        for z in (length * 0.3, length * 0.7):
            rivet = rod((0, -0.008, z), (0, 0.008, z), 0.003, 8)
            a.add(rivet, "rivet", STEEL, Tier.FIXED)
    else:
        cutlery_handle(a, length, 0.008)
    base, quarter = length - 0.005, np.linspace(0.0, math.pi / 2, 8)
    if kitchen:  # the edge sweeps up to a point on the spine
        tip = [
            (width / 2 - width * math.cos(t), base + blade * (0.55 + 0.45 * math.sin(t)))
            for t in quarter
        ]
        outline = [(width / 2, base), (width / 2, base + blade), *reversed(tip), (-width / 2, base)]
    else:  # a round-ended table knife
        tip = [
            (width / 2 - width * (1 - math.cos(t)), base + blade * (0.7 + 0.3 * math.sin(t)))
            for t in quarter
        ]
        outline = [(-width / 2, base), (width / 2, base), *tip]
    a.add(face_prism(outline, 0.002), "blade", STEEL, Tier.SECONDARY if kitchen else Tier.PRIMARY)


TEMPLATE = Template(
    "knife",
    build_knife,
    0.22,
    description="a utensil with a sharp blade and a handle for cutting food",
    synonyms=("table knife", "kitchen knife", "chef knife", "butter knife", "steak knife"),
    kinds=("cleaver", "switchblade", "bowie knife", "carving knife"),
    parts=("handle", "blade", "rivet"),
    aliases={"edge": "blade"},
)
