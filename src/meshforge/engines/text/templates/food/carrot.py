"""A carrot lying on its side: a long orange taper with faint rings and a tuft of green leaves."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.solids import capsule, lathe, union
from meshforge.engines.text.kit.sweeps import hoop

ORANGES: tuple[RGB, ...] = ((240, 120, 30), (230, 100, 25), (245, 140, 45))


def build_carrot(a: Assembly) -> None:
    """A carrot lying on its side: a long orange taper with faint rings and a green tuft."""
    length, r = a.vary(0.19, 0.1), a.vary(0.026, 0.12)
    radii, heights = [r * 0.12, r * 0.55, r * 0.9, r, r * 0.8], [0.0, 0.35, 0.75, 0.92, 1.0]
    profile = [
        (0.0, 0.0),
        *((w, length * f) for w, f in zip(radii, heights, strict=True)),
        (0.0, length),
    ]
    root = lathe(profile, a.segments(r))
    rings = [
        hoop(
            float(np.interp(f, heights, radii)) * 0.97, r * 0.05, a.segments(r), (0, 0, length * f)
        )
        for f in (0.3, 0.5, 0.68, 0.82)
    ]
    color = a.pick(ORANGES)
    a.add(union([root, *rings]).rotate((0, 90, 0)).translate((-length / 2, 0, r)), "root", color)
    if a.wants("leaf"):
        stems = []
        base = (length / 2 - 0.006, 0.0, r)
        for k in range(a.count("leaf", a.pick((4, 5, 6)), 1, 9)):
            spread = (k - 2) * a.vary(9, 0.2)
            reach = a.vary(0.09, 0.2)
            tip = (base[0] + reach * 0.8, spread * 0.0012, r + reach * 0.55 + abs(spread) * 0.001)
            stems.append(capsule(base, tip, r * 0.14, 8, r * 0.05))
        a.add(union(stems), "leaf", LEAF_GREEN, Tier.FIXED)


TEMPLATE = Template(
    "carrot",
    build_carrot,
    0.05,
    description="an orange carrot with green leafy tops",
    synonyms=("baby carrot",),
    kinds=("root vegetable", "parsnip"),
    parts=("root", "leaf"),
    aliases={"body": "root"},
)
