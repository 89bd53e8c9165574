"""Swept solids: front-view extrusions, discs, thin hoops and bent tubes.

Same frame as ``solids``: Z up, metres, the object's front towards -Y.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manifold3d import CrossSection, Manifold

from meshforge.engines.text.kit.solids import Vec3, rod, side_prism, union


def face_prism(
    outline: Sequence[tuple[float, float]], depth: float, center_y: float = 0.0
) -> Manifold:
    """Extrude a front-view (x, z) outline along Y by ``depth``, centred on ``center_y``."""
    # side_prism extrudes a (y, z) outline across X; a quarter turn about Z maps its y to -x
    mirrored = [(-x, z) for x, z in outline]
    return side_prism(mirrored, depth, 0.0).rotate((0.0, 0.0, 90.0)).translate((0, center_y, 0))


def front_disc(
    radius: float, depth: float, segments: int, x: float, z: float, y: float = 0.0
) -> Manifold:
    """A disc of ``radius`` facing the front, ``depth`` thick, centred at (x, y, z)."""
    return rod((x, y - depth / 2, z), (x, y + depth / 2, z), radius, segments)


def hoop(major: float, minor: float, segments: int, center: Vec3 = (0.0, 0.0, 0.0)) -> Manifold:
    """A thin ring about the Z axis: full ``segments`` round the ring, few round its section."""
    # solids.torus spends segments / 2 on the section too, which a thin wire does not need
    section = CrossSection.circle(minor, 12).translate((major, 0.0))
    return Manifold.revolve(section, segments).translate(center)


def tube(
    points: Sequence[Vec3], radius: float, segments: int, end_radius: float | None = None
) -> Manifold:
    """A round tube swept smoothly through ``points``, tapering to ``end_radius``, ends rounded.

    One extrusion bent along the path (no booleans between pieces), so that handles, tails and
    trunks stay cheap at high resolution. Bends must be gentle next to the tube's radius.
    """
    path = _smoothed(np.asarray(points, dtype=np.float64))
    count = len(path)
    last = radius if end_radius is None else end_radius
    radii = np.linspace(radius, last, count)
    normals, binormals = _frames(path)
    straight = Manifold.extrude(
        CrossSection.circle(1.0, max(8, segments // 2)), 1.0, n_divisions=count - 2
    )

    def bend(vertices: np.ndarray) -> np.ndarray:
        ring = np.rint(vertices[:, 2] * (count - 1)).astype(np.int64)
        offset = vertices[:, 0:1] * normals[ring] + vertices[:, 1:2] * binormals[ring]
        bent: np.ndarray = path[ring] + radii[ring, None] * offset
        return bent

    caps = [
        Manifold.sphere(r, max(8, segments // 2)).translate(tuple(float(c) for c in end))
        for r, end in ((radius, path[0]), (last, path[-1]))
    ]
    return union([straight.warp_batch(bend), *caps])


def _smoothed(points: np.ndarray, steps: int = 4) -> np.ndarray:
    """A Catmull-Rom curve through ``points``, ``steps`` samples per span."""
    padded = np.vstack([2 * points[0] - points[1], points, 2 * points[-1] - points[-2]])
    samples = [points[0]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1 : i + 3]
        for t in np.linspace(0.0, 1.0, steps + 1)[1:]:
            samples.append(
                0.5
                * (
                    2 * p1
                    + (p2 - p0) * t
                    + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                    + (3 * p1 - p0 - 3 * p2 + p3) * t**3
                )
            )
    return np.asarray(samples)


def _frames(path: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normals and binormals along ``path`` that do not twist (parallel transport)."""
    tangents = np.gradient(path, axis=0)
    tangents /= np.linalg.norm(tangents, axis=1, keepdims=True)
    helper = np.array([0.0, 0.0, 1.0]) if abs(tangents[0][2]) < 0.9 else np.array([1.0, 0.0, 0.0])
    normal = np.cross(tangents[0], helper)
    normals = []
    for tangent in tangents:
        normal = normal - np.dot(normal, tangent) * tangent
        normal /= np.linalg.norm(normal)
        normals.append(normal)
    normal_array = np.asarray(normals)
    return normal_array, np.cross(tangents, normal_array)
