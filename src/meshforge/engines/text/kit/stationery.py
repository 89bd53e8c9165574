"""What notebooks, notepads and desk calendars share: paper, covers and the spiral wire binding."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.sweeps import tube

PAPER: RGB = (248, 247, 240)
COVERS: tuple[RGB, ...] = (
    (40, 80, 160),
    (200, 50, 50),
    (40, 40, 44),
    (60, 140, 90),
    (245, 200, 60),
    (230, 120, 40),
)
WIRE: RGB = (170, 172, 178)


def spiral_binding(length: float, radius: float, pitch: float, wire: float) -> Manifold:
    """A wire coil along X centred on the origin, one loop every ``pitch`` (a notepad's spine).

    One swept tube, not a row of rings: a single sweep stays cheap however many loops it has.
    """
    loops = max(2, round(length / pitch))
    steps = loops * 4  # the sweep smooths between points, four per loop make a round coil
    points = []
    for k in range(steps + 1):
        t = k / steps
        angle = 2 * math.pi * loops * t
        points.append(
            (-length / 2 + length * t, radius * math.cos(angle), radius * math.sin(angle))
        )
    return tube(points, wire, 8)
