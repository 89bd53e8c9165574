"""Polyhedra and built-up geometric forms: the Platonic solids, their stars, the Sierpinski
tetrahedron, the impossible (Penrose) triangle.

Each is one watertight body standing on z = 0, about ``size`` tall.
"""

from __future__ import annotations

import math

import numpy as np
import trimesh
from manifold3d import Manifold

from meshforge.engines.text.kit.solids import box, union

GOLDEN = (1 + math.sqrt(5)) / 2


def _cyclic(triples: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Each point with its coordinates rotated (x, y, z), (y, z, x), (z, x, y)."""
    return [p for x, y, z in triples for p in ((x, y, z), (y, z, x), (z, x, y))]


def _signs(point: tuple[float, float, float]) -> list[tuple[float, float, float]]:
    """``point`` with every sign of its non-zero coordinates."""
    options = [(value, -value) if value else (0.0,) for value in point]
    return [(x, y, z) for x in options[0] for y in options[1] for z in options[2]]


#: Vertices of the Platonic solids about the origin (any scale: each is fitted to ``size``).
VERTICES: dict[str, np.ndarray] = {
    "tetrahedron": np.array([(1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1)], float),
    "octahedron": np.array(_cyclic(_signs((1.0, 0.0, 0.0))[:2]), float),
    "icosahedron": np.array(_cyclic(_signs((0.0, 1.0, GOLDEN))), float),
    "dodecahedron": np.array(
        _signs((1.0, 1.0, 1.0)) + _cyclic(_signs((0.0, 1 / GOLDEN, GOLDEN))), float
    ),
}


def _standing(solid: Manifold, size: float, up: np.ndarray | None = None) -> Manifold:
    """``solid`` turned so ``up`` points up (else resting on the face nearest -Z), fitted
    to ``size`` tall and stood on z = 0."""
    if up is not None:
        axis = np.cross(up, (0.0, 0.0, 1.0))
        if np.linalg.norm(axis) > 1e-9:
            angle = math.degrees(math.acos(float(up[2] / np.linalg.norm(up))))
            solid = _about(solid, axis / np.linalg.norm(axis), angle)
    low, high = solid.bounding_box()[:3], solid.bounding_box()[3:]
    scale = size / (high[2] - low[2])
    centre = [-(a + b) / 2 for a, b in zip(low, high, strict=True)]
    return solid.translate(tuple(centre)).scale((scale,) * 3).translate((0.0, 0.0, size / 2))


def _about(solid: Manifold, axis: np.ndarray, degrees: float) -> Manifold:
    """``solid`` turned ``degrees`` about the unit ``axis`` through the origin."""
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    angle = math.radians(degrees)
    rotation = np.eye(3) + math.sin(angle) * k + (1 - math.cos(angle)) * k @ k
    return solid.transform(np.hstack([rotation, np.zeros((3, 1))]))


def _faces(points: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The flat faces of the convex hull of ``points``: (corner points, outward unit normal)."""
    hull = trimesh.Trimesh(points).convex_hull
    # the hull is triangles: those sharing a normal make one face
    groups: dict[tuple[float, ...], set[int]] = {}
    for triangle, normal in zip(hull.faces, hull.face_normals, strict=True):
        groups.setdefault(tuple(np.round(normal, 6)), set()).update(triangle.tolist())
    vertices = np.asarray(hull.vertices)
    return [(vertices[sorted(corners)], np.array(normal)) for normal, corners in groups.items()]


def platonic_solid(name: str, size: float) -> Manifold:
    """The Platonic solid ``name``, resting on a face."""
    points = VERTICES[name]
    _, normal = _faces(points)[0]
    return _standing(Manifold.hull_points(points), size, -normal)


def stellated_dodecahedron(size: float) -> Manifold:
    """The small stellated dodecahedron: a dodecahedron with a five-sided spike on each face,
    reaching where the planes of the five faces around it meet."""
    corners = VERTICES["dodecahedron"]
    spikes = [Manifold.hull_points(corners)]
    for face, normal in _faces(corners):
        inradius = float((face @ normal).mean())
        apex = normal * inradius * math.sqrt(5)  # neighbouring faces meet at 1/√5
        spikes.append(Manifold.hull_points(np.vstack([face * 0.999, apex])))
    return _standing(union(spikes), size, _faces(corners)[0][1])


def star_tetrahedron(size: float) -> Manifold:
    """Two tetrahedra through each other (the stella octangula, the "merkaba"), on a point."""
    points = VERTICES["tetrahedron"]
    star = union([Manifold.hull_points(points), Manifold.hull_points(-points)])
    return _standing(star, size, points[0])


def sierpinski_tetrahedron(size: float, level: int = 4) -> Manifold:
    """The Sierpinski tetrahedron: four half-size copies at the corners, ``level`` times."""
    corners = np.array(
        [(0, 0, math.sqrt(2 / 3)), (1 / math.sqrt(3), 0, 0)]
        + [(-1 / (2 * math.sqrt(3)), s * 0.5, 0) for s in (1, -1)]
    )
    offsets = np.zeros((1, 3))
    for depth in range(level):
        scale = 0.5**depth
        offsets = (offsets[:, None, :] + corners[None, :, :] * scale * 0.5).reshape(-1, 3)
    scale = 0.5**level
    # each a hair larger, so that copies meeting at a corner share a little volume
    small = (corners - corners.mean(0)) * scale * 1.06 + corners.mean(0) * scale
    pieces = [Manifold.hull_points(small + offset) for offset in offsets]
    return _standing(union(pieces), size)


def penrose_triangle(size: float, elevation_deg: float = 10.0) -> Manifold:
    """The impossible triangle as a real solid: three square bars at right angles, the last
    one's end cut so that, seen along the cube diagonal, it meets the first.

    The cut removes what of the last bar lies in front of the first bar's silhouette, so
    seen along the diagonal the first bar shows there, exactly as where two bars join. The
    solid is turned so that this view is the front one (from -Y, ``elevation_deg`` up)."""
    length, width = 1.0, 0.18
    inner = length - width
    first = box((length, width, width), (length / 2, width / 2, width / 2))
    second = box((width, length, width), (inner + width / 2, length / 2, width / 2))
    third = box((width, width, length), (inner + width / 2, inner + width / 2, length / 2))
    diagonal = np.ones(3) / math.sqrt(3)
    reach = tuple(float(v) for v in diagonal * 4)
    silhouette = Manifold.batch_hull(
        [first.translate(reach), first.translate(tuple(-np.array(reach)))]
    )
    solid = union([first, second, third - silhouette])
    # the view direction (towards the viewer) and screen axes, in the model and in the world
    elevation = math.radians(elevation_deg)
    toward = np.array([0.0, -math.cos(elevation), math.sin(elevation)])
    right, up = np.array([1.0, 0.0, 0.0]), np.cross(toward, [1.0, 0.0, 0.0])
    # the first bar runs along the bottom of the picture, the third corner above it
    along = np.array([1.0, 0.0, 0.0]) - diagonal / math.sqrt(3)
    along /= np.linalg.norm(along)
    model = np.stack([along, np.cross(diagonal, along), diagonal], 1)
    rotation = np.stack([right, up, toward], 1) @ model.T
    if (rotation @ np.array([inner, inner, 0.0]))[2] < (rotation @ np.array([length, 0, 0]))[2]:
        rotation = np.stack([-right, -up, toward], 1) @ model.T
    turned = solid.transform(np.hstack([rotation, np.zeros((3, 1))]))
    return _standing(turned, size)
