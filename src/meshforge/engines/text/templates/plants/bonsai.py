"""A bonsai: a miniature gnarled tree with flat foliage pads in a shallow rectangular pot."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rounded_box, subtract
from meshforge.engines.text.kit.sweeps import tube

BARK: RGB = (105, 80, 60)
LEAVES: tuple[RGB, ...] = ((60, 120, 55), (80, 140, 60), (45, 105, 60))
BLOSSOM: tuple[RGB, ...] = ((240, 170, 200), (250, 210, 225))
POTS: tuple[RGB, ...] = ((120, 60, 45), (60, 70, 90), (150, 140, 125), (35, 35, 40))
SOIL: RGB = (80, 60, 45)


def build_bonsai(a: Assembly) -> None:
    """A miniature gnarled tree with flat foliage pads in a shallow rectangular pot."""
    w, d, h = a.vary(0.32, 0.1), a.vary(0.22, 0.1), a.vary(0.07, 0.1)
    pot = rounded_box((w, d, h), 0.01, 12, (0, 0, h / 2))
    inner = box((w - 0.02, d - 0.02, h), (0, 0, h / 2 + 0.012))
    a.add(subtract(pot, inner), "pot", POTS, Tier.SECONDARY)
    a.add(box((w - 0.02, d - 0.02, h - 0.02), (0, 0, (h - 0.01) / 2)), "soil", SOIL, Tier.FIXED)
    lean = a.between(-1, 1)
    tall = a.vary(0.32, 0.12)
    path = [
        (0.0, 0.0, h - 0.01),
        (lean * 0.05, 0.0, h + tall * 0.3),
        (-lean * 0.04, 0.01, h + tall * 0.6),
        (lean * 0.06, 0.0, h + tall),
    ]
    a.add(tube(path, 0.028, a.segments(0.02), 0.012), "trunk", BARK, Tier.FIXED)
    foliage = (
        a.pick(BLOSSOM) if a.mentions("cherry", "blossom", "sakura", "pink") else a.pick(LEAVES)
    )
    pads = a.pick((3, 4, 5))
    for k in range(pads):
        t = 0.45 + 0.55 * k / max(1, pads - 1)
        base = path[min(3, 1 + k % 3)]
        q = k * 2.4 + lean
        reach = 0.09 * (1 - 0.4 * k / pads)
        tip = (base[0] + reach * math.cos(q), base[1] + reach * math.sin(q) * 0.6, h + tall * t)
        a.add(tube([base, tip], 0.01, 8, 0.006), "trunk", BARK, Tier.FIXED)
        size = 0.09 * (1 - 0.3 * k / pads)
        a.add(
            ellipsoid((size, size * 0.8, size * 0.35), a.segments(size * 0.5), tip), "leaf", foliage
        )
    a.add(ellipsoid((0.08, 0.07, 0.05), a.segments(0.08), path[-1]), "leaf", foliage)


TEMPLATE = Template(
    "bonsai",
    build_bonsai,
    0.45,
    description="a tiny sculpted tree with a twisted trunk and foliage pads in a shallow pot",
    synonyms=("bonsai tree", "miniature tree", "penjing"),
    kinds=("juniper bonsai", "cherry bonsai"),
    parts=("pot", "soil", "trunk", "leaf"),
    aliases={
        "leaves": "leaf",
        "foliage": "leaf",
        "branch": "trunk",
        "branches": "trunk",
        "tray": "pot",
    },
)
