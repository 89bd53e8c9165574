"""From a model's field on a grid to a closed mesh, and from model axes to glTF axes.

Neural 3D models describe the object as a field (a signed distance, or occupancy logits)
queried on a grid. MeshForge meshes it itself rather than with the model library's own
marching cubes: the same skimage code for every model, a grid padded with "outside" so the
surface always closes at the box, small floaters dropped, and a check that the result is
watertight (``meta.watertight`` reports it when it is not).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import trimesh
from numpy.typing import NDArray
from skimage import measure

#: parts smaller than this share of the largest part are floaters (noise in the field)
FLOATER_SHARE = 0.02
#: Shap-E stands on +Z with its front towards -Y; glTF stands on +Y facing +Z:
#: (x, y, z) → (x, z, -y), a quarter turn about X (Hunyuan3D-2 is already +Y up)
Z_UP_TO_Y_UP = np.array([[1, 0, 0, 0], [0, 0, 1, 0], [0, -1, 0, 0], [0, 0, 0, 1]], float)


class EmptyShape(RuntimeError):
    """The field has no surface: the model put everything inside or everything outside."""


@dataclass(frozen=True)
class Surface:
    """The closed mesh and what was done to make it."""

    mesh: trimesh.Trimesh
    floaters_dropped: int
    watertight: bool


def grid_points(size: int, low: float, high: float) -> NDArray[np.float32]:
    """The ``size``³ grid corners from ``low`` to ``high`` on every axis, x slowest, (N, 3)."""
    axis = np.linspace(low, high, size, dtype=np.float32)
    x, y, z = np.meshgrid(axis, axis, axis, indexing="ij")
    return np.stack([x.ravel(), y.ravel(), z.ravel()], axis=1)


def surface_from_field(
    field: NDArray[np.floating], low: float, high: float, level: float = 0.0
) -> Surface:
    """The surface where ``field`` (inside above ``level``) crosses ``level``.

    ``field`` holds the values at ``grid_points(len(field), low, high)``, shaped (n, n, n).
    """
    values = np.asarray(field, np.float32)
    if values.ndim != 3 or len(set(values.shape)) != 1:
        raise ValueError(f"expected a cubic grid of values, got shape {values.shape}")
    finite = np.isfinite(values)
    if not finite.all():
        values = np.where(finite, values, level - 1.0).astype(np.float32)
    if not (values.max() > level and values.min() < level):
        raise EmptyShape(
            "the model produced no surface (its field is all inside or all outside); "
            "try another seed or more inference steps"
        )
    # one layer of "outside" around the grid closes whatever the box cuts off
    padded = np.pad(values, 1, constant_values=min(float(values.min()), level - 1.0))
    spacing = (high - low) / (values.shape[0] - 1)
    vertices, faces, _normals, _ = measure.marching_cubes(  # type: ignore[no-untyped-call]
        padded, level, method="lewiner"
    )
    vertices = (vertices - 1.0) * spacing + low
    mesh = trimesh.Trimesh(vertices=vertices, faces=faces, process=True)
    mesh, dropped = _without_floaters(mesh)
    if mesh.is_watertight and mesh.volume < 0:
        mesh.invert()  # inside was below the level after all: turn the faces outward
    if not mesh.is_watertight:
        trimesh.repair.fill_holes(mesh)
    return Surface(mesh, dropped, bool(mesh.is_watertight))


def _without_floaters(mesh: trimesh.Trimesh) -> tuple[trimesh.Trimesh, int]:
    """``mesh`` without the parts much smaller than its largest one; how many were dropped."""
    parts = mesh.split(only_watertight=False)
    if len(parts) <= 1:
        return mesh, 0
    largest = max(len(part.faces) for part in parts)
    kept = [part for part in parts if len(part.faces) >= FLOATER_SHARE * largest]
    merged = cast(trimesh.Trimesh, trimesh.util.concatenate(kept)) if len(kept) > 1 else kept[0]
    return merged, len(parts) - len(kept)


def to_gltf_axes(mesh: trimesh.Trimesh, transform: NDArray[np.float64]) -> trimesh.Trimesh:
    """``mesh`` turned into glTF axes (+Y up, facing +Z), its bounding box centred on 0."""
    mesh.apply_transform(transform)
    mesh.apply_translation(-mesh.bounds.mean(axis=0))
    return mesh
