"""A strawberry: a red heart-shaped berry dotted with seeds under a green leafy cap."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN, seeds, surface_places
from meshforge.engines.text.kit.solids import ellipsoid, lathe, rod, union

REDS: tuple[RGB, ...] = ((215, 30, 45), (200, 20, 35), (230, 50, 60))
SEED: RGB = (245, 220, 90)


def build_strawberry(a: Assembly) -> None:
    """A strawberry: a red heart-shaped berry dotted with seeds under a green leafy cap."""
    radius, height = a.vary(0.02, 0.1), a.vary(0.045, 0.1)
    fullness = a.between(0.5, 0.75)

    def radius_at(z: float) -> float:
        t = max(0.0, min(1.0, z / height))
        return radius * math.sin(math.pi * 0.5 * t**fullness) * (1 - 0.25 * t**6)

    profile = [
        (0.0, 0.0),
        *((radius_at(height * k / 20), height * k / 20) for k in range(1, 20)),
        (radius * 0.6, height),
        (0.0, height),
    ]
    a.add(lathe(profile, a.segments(radius)), "berry", a.pick(REDS))
    if a.wants("seed"):
        places = surface_places(a.count("seed", 36, 0, 80), radius_at, height, 0.12, 0.85)
        sunk = [
            ((c[0] - n[0] * 0.0004, c[1] - n[1] * 0.0004, c[2] - n[2] * 0.0004), n)
            for c, n in places
        ]
        seeds(a, sunk, (0.0016, 0.0011, 0.0008), SEED)
    if a.wants("leaf"):
        count = a.pick((5, 6, 7))
        leaf = (
            ellipsoid((radius * 0.55, radius * 0.2, 0.0012), 12)
            .translate((radius * 0.5, 0, 0))
            .rotate((0, a.between(5, 15), 0))
        )
        cap = union([leaf.rotate((0, 0, 360 * k / count)) for k in range(count)])
        a.add(cap.translate((0, 0, height + 0.0008)), "leaf", LEAF_GREEN, Tier.FIXED)
        a.add(
            rod((0, 0, height - 0.002), (0.002, 0, height + radius * 0.6), 0.0018, 8),
            "leaf",
            LEAF_GREEN,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "strawberry",
    build_strawberry,
    0.05,
    description="a red strawberry with tiny yellow seeds and green leaves on top",
    synonyms=("wild strawberry",),
    kinds=("berry",),
    parts=("berry", "seed", "leaf"),
    aliases={"cap": "leaf", "fruit": "berry", "body": "berry"},
)
