"""A papaya: a long pear-shaped fruit lying on its side, green and yellow-orange; halved, it
lies cut face up, showing orange flesh round a hollow full of black seeds."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import STEM_BROWN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES
from meshforge.engines.text.kit.solids import ellipsoid, rod, sphere, union
from meshforge.engines.text.kit.vegetables import lying

SKINS: tuple[RGB, ...] = ((240, 170, 50), (200, 190, 70), (245, 150, 45))
FLESH: RGB = (245, 120, 60)
SEED: RGB = (30, 28, 26)


def build_papaya(a: Assembly) -> None:
    """A papaya: a long pear-shaped fruit lying down, maybe halved to show flesh and seeds."""
    length, r = a.vary(0.22, 0.1), a.vary(0.055, 0.08)

    def radius_at(z: float) -> float:
        u = z / length
        return r * float(math.sin(math.pi * u) ** 0.55 * (0.72 + 0.28 * u))

    body = lying(radius_at, length, a.segments(r), ribs=0)
    halved = a.maybe("half", 0.5, "halved", "sliced", "cut", "open")
    if halved:
        body = body.trim_by_plane((0, 0, -1), 0.0)  # the lower half, cut face at z = 0
    lift = r * (0.98 if halved else 0.95)
    a.add(body.translate((0, 0, lift)), "skin", SKINS)
    if halved:
        flesh = ellipsoid(
            (length * 0.47, r * 0.88, r * 0.04), a.segments(r), (length * 0.02, 0, lift)
        )
        a.add(flesh, "flesh", FLESH, Tier.SECONDARY)
        seeds = []
        for k in range(a.pick((18, 24))):
            x = length * (0.05 + 0.3 * (k / 24)) + a.between(-0.01, 0.01)
            y = r * 0.35 * math.sin(k * 2.4) * math.sin(math.pi * (k + 1) / 26)
            seeds.append(sphere(r * 0.09, 8, (x, y, lift + r * 0.03)))
        a.add(union(seeds), "seeds", SEED, Tier.FIXED)
    elif a.wants("stem"):
        end = (-length / 2 + 0.003, 0.0, lift)
        a.add(
            rod(end, (end[0] - length * 0.05, 0, lift), r * 0.1, 8), "stem", STEM_BROWN, Tier.FIXED
        )


TEMPLATE = Template(
    "papaya",
    build_papaya,
    0.1,
    description="a long pear-shaped tropical fruit with orange flesh and black seeds",
    synonyms=("papayas", "papaya fruit", "halved papaya"),
    kinds=("papaya half", "sliced papaya"),
    parts=("skin", "flesh", "seeds", "stem"),
    aliases={**FRUIT_ALIASES, "seed": "seeds", "inside": "flesh"},
)
