"""Groups of parts as solids: bounds, moves and rows, height maps and exact contact.

What every placement of a scene (``placement``) stands on: a group of parts is looked at as
one solid (``union``), measured by vertical rays on a grid (``height_map``), and brought into
contact by moving it along an axis until it first meets the other (``touch``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from manifold3d import Manifold
from numpy.lib.stride_tricks import sliding_window_view

from meshforge.engines.base import GenerationCanceled
from meshforge.engines.text.core.assembly import Part
from meshforge.engines.text.core.prompt import ParsedPrompt

#: Gap between copies or subjects standing in a row, as a fraction of one's width.
ROW_GAP = 0.25
#: Rays per side of the height map of the larger object.
GRID_CELLS = 56
#: How far past first contact resting objects sink, as a fraction of the smaller height.
CONTACT_OVERLAP = 0.004

CancelFn = Callable[[], bool]


def union(parts: Sequence[Part]) -> Manifold:
    """All ``parts`` as one solid for ray casts: composed, not unioned (that is for
    ``fuse_parts``), since a ray's first hit on overlapping parts is the outer surface."""
    return Manifold.compose([part.solid for part in parts])


def bounds(parts: Sequence[Part]) -> np.ndarray:
    """Bounding box of ``parts`` as ``[[xmin, ymin, zmin], [xmax, ymax, zmax]]``."""
    boxes = np.array([part.solid.bounding_box() for part in parts])
    return np.array([boxes[:, :3].min(axis=0), boxes[:, 3:].max(axis=0)])


def moved(parts: Sequence[Part], offset: Sequence[float] | np.ndarray) -> list[Part]:
    """``parts`` translated by ``offset``."""
    vector = (float(offset[0]), float(offset[1]), float(offset[2]))
    return [replace(part, solid=part.solid.translate(vector)) for part in parts]


def scaled(parts: Sequence[Part], factors: Sequence[float]) -> list[Part]:
    """``parts`` scaled about the middle of their base (the point they stand on)."""
    low, high = bounds(parts)
    base = ((low[0] + high[0]) / 2, (low[1] + high[1]) / 2, low[2])
    vector = (float(factors[0]), float(factors[1]), float(factors[2]))
    return moved(
        [
            replace(part, solid=part.solid.translate((-base[0], -base[1], -base[2])).scale(vector))
            for part in parts
        ],
        base,
    )


def sized(parts: Sequence[Part], prompt: ParsedPrompt) -> list[Part]:
    """``parts`` with the object's own size words applied ("a small cat on a big chair")."""
    width = prompt.scale * prompt.width_scale
    height = prompt.scale * prompt.height_scale
    if width == height == 1.0:
        return list(parts)
    return scaled(parts, (width, width, height))


def row(groups: Sequence[Sequence[Part]], along_y: bool = False) -> list[Part]:
    """Groups standing in a row along X (or one behind the other along Y), centred on 0."""
    axis = 1 if along_y else 0
    placed: list[Part] = []
    cursor = 0.0
    for group in groups:
        low, high = bounds(group)
        offset = [0.0, 0.0, -low[2]]
        offset[axis] = cursor - low[axis]
        placed += moved(group, offset)
        cursor += (high[axis] - low[axis]) * (1 + ROW_GAP)
    low, high = bounds(placed)
    middle = (low + high) / 2
    return moved(placed, (-middle[0], -middle[1], 0.0))


def ring(groups: Sequence[Sequence[Part]]) -> list[Part]:
    """Groups standing close in a ring around 0 (three eggs in a triangle), on the floor."""
    if len(groups) < 2:
        return row(groups)
    widths = [float(max(np.ptp(bounds(group)[:, :2], axis=0))) for group in groups]
    # neighbours on the ring a little more than their width apart
    radius = max(widths) * (1 + ROW_GAP / 2) / (2 * math.sin(math.pi / len(groups)))
    placed: list[Part] = []
    for index, group in enumerate(groups):
        low, high = bounds(group)
        angle = 2 * math.pi * index / len(groups)
        spot = (radius * math.cos(angle), radius * math.sin(angle))
        offset = (spot[0] - (low[0] + high[0]) / 2, spot[1] - (low[1] + high[1]) / 2, -low[2])
        placed += moved(group, offset)
    low, high = bounds(placed)
    middle = (low + high) / 2
    return moved(placed, (-middle[0], -middle[1], 0.0))


# -- height maps --------------------------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """Sample points ``x = cell * (x0 + i)``, ``y = cell * (y0 + j)`` of a height map."""

    cell: float
    x0: int
    y0: int
    nx: int
    ny: int

    @staticmethod
    def covering(low: np.ndarray, high: np.ndarray, cell: float, pad: np.ndarray) -> Grid:
        """The lattice points over ``low..high`` widened by ``pad`` (x, y)."""
        x0 = math.floor((low[0] - pad[0]) / cell)
        y0 = math.floor((low[1] - pad[1]) / cell)
        x1 = math.ceil((high[0] + pad[0]) / cell)
        y1 = math.ceil((high[1] + pad[1]) / cell)
        return Grid(cell, x0, y0, x1 - x0 + 1, y1 - y0 + 1)

    def xs(self) -> np.ndarray:
        return self.cell * (self.x0 + np.arange(self.nx))

    def ys(self) -> np.ndarray:
        return self.cell * (self.y0 + np.arange(self.ny))


def height_map(solid: Manifold, grid: Grid, from_above: bool) -> np.ndarray:
    """Height of the first surface a vertical ray meets at each grid point (NaN: a miss).

    manifold3d casts one ray per call (about 2 µs each); a few thousand per scene is cheap
    next to building the objects, and needs no extra ray-tracing package.
    """
    box = solid.bounding_box()
    top, bottom = box[5] + 1.0, box[2] - 1.0
    start, end = (top, bottom) if from_above else (bottom, top)
    heights = np.full((grid.nx, grid.ny), np.nan)
    for i, x in enumerate(grid.xs()):
        if not box[0] - grid.cell <= x <= box[3] + grid.cell:
            continue
        for j, y in enumerate(grid.ys()):
            hits = solid.ray_cast((x, y, start), (x, y, end))
            if hits:
                heights[i, j] = hits[0].position[2]
    return heights


def cell_size(small: np.ndarray, large: np.ndarray) -> float:
    """A cell that resolves the smaller object and keeps the larger one's map small."""
    small_extent = float(min(small[1][:2] - small[0][:2]))
    large_extent = float(max(large[1][:2] - large[0][:2]))
    return max(small_extent / 8, large_extent / GRID_CELLS, 1e-3)


# -- exact contact ------------------------------------------------------------------------


def _vertices(solid: Manifold) -> np.ndarray:
    """The solid's vertex positions."""
    vertices: np.ndarray = np.asarray(solid.to_mesh().vert_properties, dtype=np.float64)[:, :3]
    return vertices


def free_travel(
    moving: Manifold, fixed: Manifold, direction: np.ndarray, travel: float, cancel: CancelFn
) -> float:
    """How far ``moving`` can go along ``direction`` (a unit axis) before it meets ``fixed``.

    Rays from every vertex of each solid towards the other, along the motion: the first
    contact between two triangle meshes is a vertex of one meeting a face of the other (an
    edge meeting an edge lies within a chord of that, well under the contact overlap). Ray
    casts are exact and cheap (µs each, no booleans); the solids may be compositions of
    overlapping parts, since only their outer surfaces are hit first.
    """
    axis = int(np.argmax(np.abs(direction)))
    across = [k for k in range(3) if k != axis]
    best = travel
    for source, target, sign in ((moving, fixed, 1.0), (fixed, moving, -1.0)):
        box = np.array(target.bounding_box()).reshape(2, 3)
        points = _vertices(source)
        inside = np.all(
            (points[:, across] >= box[0, across]) & (points[:, across] <= box[1, across]), axis=1
        )
        step = direction * sign * travel
        for index, point in enumerate(points[inside]):
            if index % 2048 == 0 and cancel():
                raise GenerationCanceled
            hits = target.ray_cast(tuple(point), tuple(point + step))
            if hits:
                best = min(best, float(np.dot(np.asarray(hits[0].position) - point, step)) / travel)
    return max(0.0, best)


def touch(
    moving: Manifold,
    fixed: Manifold,
    start: np.ndarray,
    direction: np.ndarray,
    travel: float,
    cancel: CancelFn,
) -> np.ndarray:
    """Offset of ``moving`` from ``start`` (where it is clear of ``fixed``) along ``direction``
    where it first meets ``fixed``, plus ``CONTACT_OVERLAP`` so the two join into one solid;
    ``start + travel`` when they never meet."""
    at_start = moving.translate(tuple(start))
    free = free_travel(at_start, fixed, direction, travel, cancel)
    if free >= travel:
        return start + direction * travel
    sink = min(CONTACT_OVERLAP * min(_height(moving), _height(fixed)), 0.004)
    return start + direction * (free + sink)


def _height(solid: Manifold) -> float:
    box = solid.bounding_box()
    return float(box[5] - box[2])


def centroid(solid: Manifold) -> np.ndarray:
    """Centre of mass (uniform density), from the signed volumes of the surface's triangles."""
    mesh = solid.to_mesh()
    vertices = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
    a, b, c = (vertices[np.asarray(mesh.tri_verts)[:, k]] for k in range(3))
    volumes = np.einsum("ij,ij->i", a, np.cross(b, c)) / 6
    total = volumes.sum()
    centre: np.ndarray = vertices.mean(axis=0)
    if abs(total) > 1e-12:
        centre = ((a + b + c) / 4 * volumes[:, None]).sum(axis=0) / total
    return centre


def max_filter(values: np.ndarray) -> np.ndarray:
    """Each cell the largest of itself and its eight neighbours."""
    padded = np.pad(values, 1, mode="edge")
    windows = sliding_window_view(padded, (3, 3))
    result: np.ndarray = windows.max(axis=(2, 3))
    return result
