"""Hulls for the ship templates: a hollow hull with a pointed bow and a square stern.

Same frame as ``solids``: Z up, metres, the bow towards -Y.
"""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.kit.solids import prism, subtract


def hull_outline(length: float, beam: float, samples: int = 16) -> list[tuple[float, float]]:
    """Plan view (x, y) of a hull: pointed bow at -Y, squared stern at +Y."""
    right = []
    for u in np.linspace(0.0, 1.0, samples):
        half = beam / 2 * math.sin(min(u / 0.55, 1.0) * math.pi / 2) ** 0.7
        half *= 1 - 0.2 * max(0.0, (u - 0.75) / 0.25)
        right.append((max(half, 1e-3), -length / 2 + u * length))
    return right + [(-x, y) for x, y in reversed(right)]


def hull(length: float, beam: float, depth: float, wall: float, sheer: float = 0.0) -> Manifold:
    """A hollow hull ``depth`` deep, its keel narrow, open at the deck; ``sheer`` lifts the bow."""
    deck = prism(hull_outline(length, beam), 0.02, (0, 0, depth - 0.02))
    keel = prism(hull_outline(length * 0.85, beam * 0.25), 0.02, (0, length * 0.05, 0))
    bow = prism(hull_outline(length * 0.3, beam * 0.3), 0.02, (0, -length * 0.42, depth + sheer))
    outer = Manifold.batch_hull([deck, keel, bow])
    inner = Manifold.batch_hull(
        [
            prism(hull_outline(length - 3 * wall, beam - 2 * wall), depth, (0, 0, depth * 0.6)),
            prism(hull_outline(length * 0.8, beam * 0.2), 0.02, (0, length * 0.05, depth * 0.6)),
        ]
    )
    return subtract(outer, inner)
