"""Arched openings for facades: round-headed and pointed arches facing the front (-Y).

Each is a solid to add (a door, a window) or to cut from a wall (an arcade), standing on
``z`` with its width along X and its ``depth`` along Y.
"""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.sweeps import face_prism


def round_arch(
    width: float, height: float, depth: float, x: float = 0.0, z: float = 0.0, y: float = 0.0
) -> Manifold:
    """A round-headed opening ``width`` wide and ``height`` tall (a half disc on a box)."""
    radius = width / 2
    post = height - radius
    head = rod((x, y - depth / 2, z + post), (x, y + depth / 2, z + post), radius, 16)
    return union([box((width, depth, post), (x, y, z + post / 2)), head])


def pointed_arch(
    width: float, height: float, depth: float, x: float = 0.0, z: float = 0.0, y: float = 0.0
) -> Manifold:
    """A pointed (Gothic, Islamic) opening: two arcs, each centred on the other's springing."""
    half = width / 2
    # each side is an arc of radius ``width`` from the opposite springing point to the apex
    rise = math.sqrt(width**2 - half**2)
    spring = max(height - rise, 0.0)
    right = [
        (-half + width * math.cos(t), spring + width * math.sin(t))
        for t in [math.pi / 3 * k / 6 for k in range(7)]
    ]
    outline = [(-half, 0.0), (half, 0.0), *right, *[(-px, pz) for px, pz in reversed(right)][1:]]
    return face_prism(outline, depth, y).translate((x, 0.0, z))
