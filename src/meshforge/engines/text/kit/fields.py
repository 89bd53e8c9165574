"""Forms defined by a field sampled on a grid, closed by marching cubes.

A field is negative inside the solid. It suits forms no sweep or boolean builds well: a
Mandelbulb (an escape-time distance), a Schwarz P surface, a Voronoi shell, and surfaces that
cross themselves (Boy's surface), which become one solid when every point near them is filled.
Each is one watertight body standing on z = 0, about ``size`` tall.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import trimesh
from manifold3d import Manifold, Mesh
from scipy.ndimage import binary_dilation
from scipy.spatial import cKDTree
from skimage.measure import marching_cubes


def solid_from_field(field: np.ndarray, spacing: float, size: float) -> Manifold:
    """The region where ``field`` < 0, scaled to ``size`` tall and stood on z = 0.

    The field's border must be positive so the surface closes; crumbs are dropped."""
    padded = np.pad(field, 1, constant_values=1.0)
    vertices, faces, _, _ = marching_cubes(padded, 0.0, spacing=(spacing,) * 3)  # type: ignore[no-untyped-call]
    # marching cubes repeats a vertex per cell it is cut in: merged, the surface is closed
    merged = trimesh.Trimesh(vertices, faces, process=True)
    points = np.asarray(merged.vertices)
    faces = np.asarray(merged.faces, dtype=np.uint32)
    solid = Manifold(Mesh(points.astype(np.float32), faces))
    if solid.is_empty() or solid.volume() < 0:
        solid = Manifold(Mesh(points.astype(np.float32), faces[:, ::-1].copy()))
    pieces = solid.decompose()
    solid = max(pieces, key=lambda piece: piece.volume()) if pieces else solid
    low, high = np.array(solid.bounding_box()[:3]), np.array(solid.bounding_box()[3:])
    scale = size / float(high[2] - low[2])
    x, y, z = (float(value) for value in -(low + high) / 2)
    return solid.translate((x, y, z)).scale((scale,) * 3).translate((0.0, 0.0, size / 2))


def grid(half: float, cells: int) -> tuple[np.ndarray, float]:
    """The (cells³, 3) points of a cube of side 2 ``half`` about the origin, and their spacing."""
    axis = np.linspace(-half, half, cells)
    x, y, z = np.meshgrid(axis, axis, axis, indexing="ij")
    return np.stack([x.ravel(), y.ravel(), z.ravel()], 1), float(axis[1] - axis[0])


def thickened_points(samples: np.ndarray, radius: float, size: float, cells: int = 72) -> Manifold:
    """Every point within ``radius`` of the dense ``samples`` of a curve or surface, as one
    solid: a surface that crosses itself (Boy's surface) or a tangled path (an attractor)
    becomes a sheet or a tube with no self-crossing left to break it."""
    low, high = samples.min(axis=0) - 2 * radius, samples.max(axis=0) + 2 * radius
    spacing = float((high - low).max()) / (cells - 1)
    shape = tuple(int(n) for n in np.ceil((high - low) / spacing).astype(int) + 1)
    # only cells near a sample are measured; the rest are far outside
    near = np.zeros(shape, dtype=bool)
    index = np.clip(np.round((samples - low) / spacing).astype(int), 0, np.array(shape) - 1)
    near[tuple(index.T)] = True
    reach = math.ceil(radius / spacing) + 1
    near = binary_dilation(near, iterations=reach)
    cells_near = np.argwhere(near)
    distance, _ = cKDTree(samples).query(cells_near * spacing + low)
    field = np.ones(shape)
    field[tuple(cells_near.T)] = distance - radius
    return solid_from_field(field, spacing, size * (high[2] - low[2]) / float((high - low).max()))


def mandelbulb(size: float, cells: int = 72, power: int = 8, iterations: int = 12) -> Manifold:
    """The power-8 Mandelbulb: points whose orbit under z → zⁿ + c (in spherical
    coordinates) stays bounded, bounded by its distance estimate."""
    half = 1.2
    points, spacing = grid(half, cells)
    estimate = np.full(len(points), -1.0)  # never escaped: inside
    alive = np.flatnonzero(np.linalg.norm(points, axis=1) < half)
    estimate[np.linalg.norm(points, axis=1) >= half] = 1.0
    orbit, derivative = points[alive].copy(), np.ones(len(alive))
    for _ in range(iterations):
        radius = np.linalg.norm(orbit, axis=1)
        escaped = radius > 2.0
        if escaped.any():
            r = radius[escaped]
            estimate[alive[escaped]] = 0.5 * np.log(r) * r / derivative[escaped]
            keep = ~escaped
            alive, orbit = alive[keep], orbit[keep]
            derivative, radius = derivative[keep], radius[keep]
        derivative = power * radius ** (power - 1) * derivative + 1.0
        theta = np.arccos(np.clip(orbit[:, 2] / np.maximum(radius, 1e-12), -1, 1)) * power
        phi = np.arctan2(orbit[:, 1], orbit[:, 0]) * power
        scaled = radius**power
        orbit = np.stack(
            [
                scaled * np.sin(theta) * np.cos(phi),
                scaled * np.sin(theta) * np.sin(phi),
                scaled * np.cos(theta),
            ],
            1,
        )
        orbit += points[alive]
    field = estimate.reshape(cells, cells, cells) - spacing * 0.25
    return solid_from_field(field, spacing, size)


def schwarz_p(size: float, cells: int = 56) -> Manifold:
    """The Schwarz P minimal surface, thickened and cut to a cube: a cube of tunnels."""
    points, spacing = grid(1.1, cells)
    k = 2 * math.pi / 1.0  # two cells across
    x, y, z = points.T
    sheet = np.abs(np.cos(k * x) + np.cos(k * y) + np.cos(k * z)) - 0.45
    cube = (np.abs(points).max(axis=1) - 1.0) * 6.0
    return solid_from_field(np.maximum(sheet, cube).reshape((cells,) * 3), spacing, size)


def voronoi_shell(size: float, cells: int = 64, count: int = 40) -> Manifold:
    """A ball's shell opened into Voronoi cells: only the walls between the cells are kept."""
    golden = math.pi * (3 - math.sqrt(5))
    index = np.arange(count) + 0.5
    heights = 1 - 2 * index / count
    ring = np.sqrt(1 - heights**2)
    seeds = np.stack([ring * np.cos(golden * index), ring * np.sin(golden * index), heights], 1)
    # a fixed jitter, so the cells look grown rather than tiled
    seeds += np.random.default_rng(7).normal(scale=0.12, size=seeds.shape)
    seeds /= np.linalg.norm(seeds, axis=1, keepdims=True)
    points, spacing = grid(1.1, cells)
    squared = (points**2).sum(1)[:, None] - 2 * points @ seeds.T + (seeds**2).sum(1)[None, :]
    nearest = np.sqrt(np.maximum(np.partition(squared, 1, axis=1)[:, :2], 0))
    wall = (nearest[:, 1] - nearest[:, 0]) - 0.09
    shell = np.abs(np.linalg.norm(points, axis=1) - 0.95) - 0.05
    return solid_from_field(np.maximum(wall, shell).reshape((cells,) * 3), spacing, size)


def boys_surface(size: float, cells: int = 72) -> Manifold:
    """Boy's surface (Bryant-Kusner), the projective plane in 3D, as a sheet: it crosses
    itself, so it is built as every point near it."""
    radius, angle = np.meshgrid(np.linspace(0, 1, 220), np.linspace(0, 2 * math.pi, 660))
    w = (radius * np.exp(1j * angle)).ravel()
    denominator = w**6 + math.sqrt(5) * w**3 - 1
    g1 = -1.5 * np.imag(w * (1 - w**4) / denominator)
    g2 = -1.5 * np.real(w * (1 + w**4) / denominator)
    g3 = np.imag((1 + w**6) / denominator) - 0.5
    norm = g1**2 + g2**2 + g3**2
    samples = np.stack([g1 / norm, g2 / norm, g3 / norm], 1)
    samples = samples[np.isfinite(samples).all(1)]
    return thickened_points(samples, 0.035, size, cells)


#: Strange attractors: (the flow of the system, a time step, a starting point).
Flow = Callable[[np.ndarray], np.ndarray]
ATTRACTORS: dict[str, tuple[Flow, float, tuple[float, float, float]]] = {
    "lorenz": (
        lambda p: np.array(
            [10 * (p[1] - p[0]), p[0] * (28 - p[2]) - p[1], p[0] * p[1] - 8 / 3 * p[2]]
        ),
        0.004,
        (1.0, 1.0, 20.0),
    ),
    "rossler": (
        lambda p: np.array([-p[1] - p[2], p[0] + 0.2 * p[1], 0.2 + p[2] * (p[0] - 5.7)]),
        0.02,
        (1.0, 1.0, 0.0),
    ),
    "aizawa": (
        lambda p: np.array(
            [
                (p[2] - 0.7) * p[0] - 3.5 * p[1],
                3.5 * p[0] + (p[2] - 0.7) * p[1],
                0.6
                + 0.95 * p[2]
                - p[2] ** 3 / 3
                - (p[0] ** 2 + p[1] ** 2) * (1 + 0.25 * p[2])
                + 0.1 * p[2] * p[0] ** 3,
            ]
        ),
        0.008,
        (0.1, 0.0, 0.0),
    ),
}


def lorenz_attractor(size: float, cells: int = 72, system: str = "lorenz") -> Manifold:
    """A strange attractor (the Lorenz butterfly by default): one long orbit as a tube."""
    flow, step, start = ATTRACTORS[system]
    state, path = np.array(start), []
    for _ in range(9000):
        k1 = flow(state)
        k2 = flow(state + step / 2 * k1)
        k3 = flow(state + step / 2 * k2)
        k4 = flow(state + step * k3)
        state = state + step / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        path.append(state)
    samples = np.array(path[500:])
    samples *= 1.8 / float(np.ptp(samples, axis=0).max())  # about 2 across, as the Lorenz's
    # the orbit's steps are longer than the tube is thin where it is fast: fill them in
    between = (
        samples[:-1, None, :]
        + np.linspace(0, 1, 4)[None, :, None] * np.diff(samples, axis=0)[:, None, :]
    )
    # a tube at least about two cells thick, or a coarse grid leaves it a ragged ladder
    spacing = float(np.ptp(samples, axis=0).max()) / (cells - 1)
    return thickened_points(between.reshape(-1, 3), max(0.026, spacing * 0.9), size, cells)
