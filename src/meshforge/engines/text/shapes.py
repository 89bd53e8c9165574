"""Solids several of the later templates share: front-view extrusions and bent tubes.

Same frame as ``parts``: Z up, metres, the object's front towards -Y.
"""

from __future__ import annotations

from collections.abc import Sequence

from manifold3d import Manifold

from meshforge.engines.text.parts import Vec3, capsule, side_prism, union


def face_prism(
    outline: Sequence[tuple[float, float]], depth: float, center_y: float = 0.0
) -> Manifold:
    """Extrude a front-view (x, z) outline along Y by ``depth``, centred on ``center_y``."""
    # side_prism extrudes a (y, z) outline across X; a quarter turn about Z maps its y to -x
    mirrored = [(-x, z) for x, z in outline]
    return side_prism(mirrored, depth, 0.0).rotate((0.0, 0.0, 90.0)).translate((0, center_y, 0))


def tube(
    points: Sequence[Vec3], radius: float, segments: int, end_radius: float | None = None
) -> Manifold:
    """Capsules joined through ``points``, tapering to ``end_radius`` (a tail, a trunk, a coil)."""
    last = radius if end_radius is None else end_radius
    steps = len(points) - 1
    pieces = []
    for i in range(steps):
        r0 = radius + (last - radius) * i / steps
        r1 = radius + (last - radius) * (i + 1) / steps
        pieces.append(capsule(points[i], points[i + 1], r0, segments, r1))
    return union(pieces)
