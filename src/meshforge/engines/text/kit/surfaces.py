"""Mathematical forms as solids: knots, twisted bands, minimal surfaces, sponges, lattices.

Each is one watertight body about the Z axis, standing on z = 0, about ``size`` tall. Surfaces
with no thickness of their own (a Möbius strip, a gyroid) are thickened; the Klein bottle,
which cannot be built in 3D without crossing itself, is its usual glass-blower's shape: a bulb
whose neck bends back into its side, as one solid.
"""

from __future__ import annotations

import math

import numpy as np
import trimesh
from manifold3d import Manifold, Mesh
from skimage.measure import marching_cubes

from meshforge.engines.text.kit.solids import box, lathe, rod, sphere, torus, union
from meshforge.engines.text.kit.sweeps import tube


def closed_sweep(
    path: np.ndarray, profile: np.ndarray, half_turns: int = 0, twist_phase: float = 0.0
) -> Manifold:
    """A ring-shaped solid: the (M, 2) ``profile`` swept round the closed (N, 3) ``path``,
    turning ``half_turns`` half turns about the path on the way (a Möbius strip has one; the
    profile must then look the same turned half a turn, a rectangle or an ellipse)."""
    count, sides = len(path), len(profile)
    tangents = np.roll(path, -1, axis=0) - np.roll(path, 1, axis=0)
    tangents /= np.linalg.norm(tangents, axis=1, keepdims=True)
    # parallel transport round the loop, then the mismatch where it closes spread evenly
    normal = np.cross(tangents[0], [0.0, 0.0, 1.0] if abs(tangents[0][2]) < 0.9 else [1, 0, 0])
    normals = np.empty_like(path)
    for index, tangent in enumerate(tangents):
        normal = normal - np.dot(normal, tangent) * tangent
        normal /= np.linalg.norm(normal)
        normals[index] = normal
    start_normal, start_binormal = normals[0], np.cross(tangents[0], normals[0])
    end = normals[-1] - np.dot(normals[-1], tangents[0]) * tangents[0]
    mismatch = math.atan2(float(np.dot(end, start_binormal)), float(np.dot(end, start_normal)))
    angles = -mismatch * np.arange(count) / count + twist_phase
    angles += math.pi * half_turns * np.arange(count) / count
    binormals = np.cross(tangents, normals)
    cos, sin = np.cos(angles)[:, None], np.sin(angles)[:, None]
    turned_n, turned_b = cos * normals + sin * binormals, cos * binormals - sin * normals
    rings = (
        path[:, None, :]
        + profile[None, :, 0, None] * turned_n[:, None, :]
        + profile[None, :, 1, None] * turned_b[:, None, :]
    )
    vertices = rings.reshape(-1, 3)
    shift = (sides // 2) * (half_turns % 2)  # the last ring meets the first turned round
    ring = np.repeat(np.arange(count), sides)
    side = np.tile(np.arange(sides), count)
    following = (ring + 1) % count
    offset = np.where(following == 0, shift, 0)
    a = ring * sides + side
    b = ring * sides + (side + 1) % sides
    c = following * sides + (side + 1 + offset) % sides
    d = following * sides + (side + offset) % sides
    faces = np.concatenate([np.stack([a, b, c], 1), np.stack([a, c, d], 1)]).astype(np.uint32)
    solid = Manifold(Mesh(vertices.astype(np.float32), faces))
    if solid.volume() < 0 or solid.is_empty():
        solid = Manifold(Mesh(vertices.astype(np.float32), faces[:, ::-1].copy()))
    return solid


def _circle(radius: float, sides: int) -> np.ndarray:
    angles = np.linspace(0.0, 2 * math.pi, sides, endpoint=False)
    return np.stack([np.cos(angles), np.sin(angles)], axis=1) * radius


def _band(width: float, thickness: float) -> np.ndarray:
    """A flat rectangle profile, symmetric under a half turn."""
    w, t = width / 2, thickness / 2
    return np.array([(-t, -w), (t, -w), (t, w), (-t, w)])


def torus_knot(size: float, segments: int, p: int = 2, q: int = 3) -> Manifold:
    """A (p, q) torus knot (the trefoil by default) as a round tube."""
    t = np.linspace(0.0, 2 * math.pi, 24 * segments // 4 + 96, endpoint=False)
    major, minor = size * 0.3, size * 0.14
    radius = major + minor * np.cos(q * t)
    path = np.stack([radius * np.cos(p * t), radius * np.sin(p * t), minor * np.sin(q * t)], 1)
    solid = closed_sweep(path, _circle(size * 0.07, max(12, segments // 3)))
    return solid.rotate((90.0, 0.0, 0.0)).translate((0, 0, major + minor + size * 0.07))


def mobius_strip(size: float, segments: int, half_turns: int = 1) -> Manifold:
    """A band with ``half_turns`` half twists, standing on its edge (one: the Möbius strip)."""
    t = np.linspace(0.0, 2 * math.pi, 2 * segments + 64, endpoint=False)
    radius = size * 0.36
    path = np.stack([radius * np.cos(t), np.zeros_like(t), radius * np.sin(t)], 1)
    solid = closed_sweep(path, _band(size * 0.22, size * 0.03), half_turns)
    return solid.translate((0, 0, radius + size * 0.11))


def twisted_ribbon(size: float, segments: int) -> Manifold:
    """A broad band looping up and round like a ribbon in the wind, twisted twice."""
    t = np.linspace(0.0, 2 * math.pi, 2 * segments + 64, endpoint=False)
    path = np.stack(
        [size * 0.32 * np.sin(t), size * 0.18 * np.sin(2 * t), size * 0.4 * (1 - np.cos(t))], 1
    )
    return closed_sweep(path, _band(size * 0.16, size * 0.025), half_turns=4)


def double_helix(size: float, segments: int, turns: float = 1.5) -> Manifold:
    """Two helical strands joined by rungs, like DNA."""
    radius, steps = size * 0.16, int(24 * turns)
    heights = np.linspace(size * 0.05, size * 0.95, steps)
    strands, rungs = [], []
    for phase in (0.0, math.pi):
        angles = np.linspace(0.0, 2 * math.pi * turns, steps) + phase
        points = np.stack([radius * np.cos(angles), radius * np.sin(angles), heights], 1)
        path = [(float(p[0]), float(p[1]), float(p[2])) for p in points]
        strands.append(tube(path, size * 0.035, segments))
    for z, angle in zip(
        heights[2:-2:3], np.linspace(0, 2 * math.pi * turns, steps)[2:-2:3], strict=True
    ):
        a = (radius * math.cos(angle), radius * math.sin(angle), float(z))
        rungs.append(rod(a, (-a[0], -a[1], float(z)), size * 0.015, 10))
    return union([*strands, *rungs])


def gyroid(size: float, resolution: int = 44) -> Manifold:
    """A thickened gyroid, the triply periodic minimal surface, cut to a ball."""
    axis = np.linspace(-1.08, 1.08, resolution)
    x, y, z = np.meshgrid(axis, axis, axis, indexing="ij")
    k = 2.2 * math.pi / 1.0  # a little over two cells across
    sheet = np.sin(k * x) * np.cos(k * y) + np.sin(k * y) * np.cos(k * z)
    sheet += np.sin(k * z) * np.cos(k * x)
    field = np.maximum(np.abs(sheet) - 0.32, (np.sqrt(x * x + y * y + z * z) - 1.0) * 6.0)
    spacing = (axis[1] - axis[0],) * 3
    vertices, faces, _, _ = marching_cubes(field, 0.0, spacing=spacing)  # type: ignore[no-untyped-call]
    # marching cubes repeats a vertex per cell it is cut in: merged, the surface is closed
    merged = trimesh.Trimesh(vertices, faces, process=True)
    points = (np.asarray(merged.vertices) - 1.08) * size * 0.45 + np.array([0, 0, size * 0.5])
    solid = Manifold(Mesh(points.astype(np.float32), np.asarray(merged.faces, dtype=np.uint32)))
    return _largest(solid)


def _largest(solid: Manifold) -> Manifold:
    """The biggest connected piece (a cut can leave crumbs)."""
    pieces = solid.decompose()
    return max(pieces, key=lambda piece: piece.volume()) if pieces else solid


def _channels(side: float, cells: int, width: float, center: np.ndarray) -> list[Manifold]:
    """Square channels through a cube of ``side`` along each axis, one per cell centre."""
    pitch = side / cells
    offsets = [(i + 0.5) * pitch - side / 2 for i in range(cells)]
    cutters = []
    for u in offsets:
        for v in offsets:
            long = side * 1.2
            cutters += [
                box((long, width, width), tuple(center + np.array((0, u, v)))),
                box((width, long, width), tuple(center + np.array((u, 0, v)))),
                box((width, width, long), tuple(center + np.array((u, v, 0)))),
            ]
    return cutters


def lattice(size: float, cells: int = 4, strut: float = 0.12) -> Manifold:
    """A cube of square struts, ``cells`` to a side (a wireframe lattice)."""
    side = size * 0.7
    center = np.array([0.0, 0.0, side / 2])
    width = side / cells * (1 - strut)
    return box((side, side, side), tuple(center)) - union(_channels(side, cells, width, center))


def menger_sponge(size: float, level: int = 3) -> Manifold:
    """The Menger sponge: a cube with the middle third of every face of every sub-cube bored."""
    side = size * 0.7
    center = np.array([0.0, 0.0, side / 2])
    cutters: list[Manifold] = []
    for depth in range(1, level + 1):
        cells = 3 ** (depth - 1)
        cutters += _channels(side, cells, side / cells / 3, center)
    return box((side, side, side), tuple(center)) - union(cutters)


def klein_bottle(size: float, segments: int) -> Manifold:
    """A bulb whose neck rises, bends over and plunges back in through its side."""
    bulb = [(0.0, 0.0), (size * 0.16, size * 0.02), (size * 0.22, size * 0.14)]
    bulb += [(size * 0.2, size * 0.3), (size * 0.1, size * 0.45), (size * 0.055, size * 0.58)]
    bulb += [(size * 0.05, size * 0.7), (0.0, size * 0.7)]
    body = lathe(bulb, segments)
    neck = [(0.0, 0.0, size * 0.66), (0.0, 0.0, size * 0.82), (size * 0.1, 0.0, size * 0.95)]
    neck += [(size * 0.26, 0.0, size * 0.9), (size * 0.36, 0.0, size * 0.66)]
    neck += [(size * 0.34, 0.0, size * 0.4), (size * 0.22, 0.0, size * 0.24)]
    neck += [(size * 0.06, 0.0, size * 0.14)]
    handle = tube(neck, size * 0.05, segments, end_radius=size * 0.04)
    return union([body, handle])


def hyperboloid(size: float, segments: int) -> Manifold:
    """A one-sheet hyperboloid shell, waisted like a cooling tower."""
    heights = np.linspace(0.0, size, 24)
    waist, wall = size * 0.14, size * 0.025
    radii = waist * np.sqrt(1 + ((heights - size * 0.55) / (size * 0.28)) ** 2)
    outer = [(float(r), float(z)) for r, z in zip(radii, heights, strict=True)]
    inner = [(float(r) - wall, float(z)) for r, z in zip(radii[::-1], heights[::-1], strict=True)]
    return lathe(outer + inner, segments)


def tesseract(size: float, segments: int) -> Manifold:
    """The shadow of a four-dimensional cube: a cube within a cube, corners joined."""
    sides = max(8, segments // 6)  # thin rods need few sides
    corners = np.array([(x, y, z) for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)], float)
    center = np.array([0.0, 0.0, size * 0.4])
    outer, inner = corners * size * 0.36 + center, corners * size * 0.16 + center
    radius, rods = size * 0.018, []
    for cube in (outer, inner):
        for i in range(8):
            for j in range(i + 1, 8):
                if np.sum(corners[i] != corners[j]) == 1:
                    rods.append(rod(tuple(cube[i]), tuple(cube[j]), radius, sides))
    for i in range(8):
        rods.append(rod(tuple(outer[i]), tuple(inner[i]), radius, sides))
    joints = [sphere(radius * 1.6, sides, tuple(point)) for point in (*outer, *inner)]
    return union([*rods, *joints]).translate((0, 0, radius * 1.6 - float(outer[:, 2].min())))


def ring_torus(size: float, segments: int) -> Manifold:
    """A plain torus standing upright."""
    major, minor = size * 0.3, size * 0.12
    return torus(major, minor, segments).rotate((90, 0, 0)).translate((0, 0, major + minor))
