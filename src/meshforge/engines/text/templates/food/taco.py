"""A taco: a folded, U-shaped corn shell filled with meat, lettuce, tomato and cheese."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHEESE, LEAF_GREEN
from meshforge.engines.text.kit.solids import ellipsoid, rod, sphere, union
from meshforge.engines.text.kit.sweeps import face_prism

SHELLS: tuple[RGB, ...] = ((235, 190, 90), (225, 170, 70))
MEAT: RGB = (110, 60, 35)
TOMATO: RGB = (210, 50, 40)


def build_taco(a: Assembly) -> None:
    """A taco: a folded, U-shaped corn shell filled with meat, lettuce, tomato and cheese."""
    radius, gap = a.vary(0.08, 0.08), a.vary(0.035, 0.12)
    wall = 0.004
    # built with the fold along Y (a U seen from the front), then turned side-on at the end
    trough = face_prism(_u(gap, wall, 1.2 * radius), 2.2 * radius)
    disc = rod((-gap, 0, wall), (gap, 0, wall), radius, a.segments(radius))

    def turned(solid: Manifold) -> Manifold:
        return solid.rotate((0, 0, 90))

    a.add(turned(trough ^ disc), "shell", a.pick(SHELLS), Tier.SECONDARY)
    rise = a.between(1.02, 1.12)
    filling = ellipsoid((gap * 0.46, radius * 0.9, radius * rise), a.segments(radius), (0, 0, wall))
    filling = filling.trim_by_plane((0, 0, 1), gap * 0.4)
    a.add(turned(filling), "meat", MEAT, Tier.FIXED)

    def rim(y: float) -> float:
        """Height of the filling's top at ``y`` along the fold."""
        return wall + radius * rise * math.sqrt(max(0.0, 1 - (y / (radius * 0.9)) ** 2))

    ys = [radius * 0.9 * (-0.8 + 1.6 * k / 8) for k in range(9)]
    if a.wants("lettuce"):
        leaves = [
            sphere(gap * 0.2, 10, (gap * (0.2 if k % 2 else -0.2), y, rim(y) - gap * 0.05))
            for k, y in enumerate(ys)
        ]
        a.add(turned(union(leaves)), "lettuce", LEAF_GREEN, Tier.FIXED)
    if a.wants("tomato"):
        dice = [
            sphere(gap * 0.12, 8, (gap * (-0.05 if k % 2 else 0.1), y, rim(y) + gap * 0.02))
            for k, y in enumerate(ys[1::2])
        ]
        a.add(turned(union(dice)), "tomato", TOMATO, Tier.FIXED)
    if a.wants("cheese"):
        shreds = [
            rod((-gap * 0.3, y, rim(y) - 0.002), (gap * 0.3, y + 0.006, rim(y) - 0.001), 0.002, 6)
            for y in ys[::2]
        ]
        a.add(turned(union(shreds)), "cheese", CHEESE, Tier.FIXED)


def _u(gap: float, wall: float, top: float) -> list[tuple[float, float]]:
    """A U-shaped front outline, open at the top: bottom at z = -``wall``, walls up to ``top``."""
    steps = 12
    deep = gap * 0.8
    outer = [
        (
            (gap / 2 + wall) * math.cos(math.pi + math.pi * k / steps),
            deep + (deep + wall) * math.sin(math.pi + math.pi * k / steps),
        )
        for k in range(steps + 1)
    ]
    inner = [
        ((gap / 2) * math.cos(-math.pi * k / steps), deep + deep * math.sin(-math.pi * k / steps))
        for k in range(steps + 1)
    ]
    return [
        (-gap / 2 - wall, top),
        *outer,
        (gap / 2 + wall, top),
        (gap / 2, top),
        *inner,
        (-gap / 2, top),
    ]


TEMPLATE = Template(
    "taco",
    build_taco,
    0.12,
    description="a mexican taco: a folded crunchy shell stuffed with meat, lettuce and cheese",
    synonyms=("hard shell taco", "beef taco"),
    kinds=("taco shell", "fish taco"),
    parts=("shell", "meat", "lettuce", "tomato", "cheese"),
    aliases={"tortilla": "shell", "beef": "meat", "filling": "meat", "salad": "lettuce"},
)
