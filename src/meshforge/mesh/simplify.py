"""Quadric decimation that keeps colours, UVs and watertightness usable.

Colours and UVs are carried to the decimated mesh from the nearest original vertex (a
KD-tree lookup). Quadric decimation moves vertices only slightly, so for the seamless,
projection-style UVs and per-vertex colours our engines produce this is exact enough and
cheap. Meshes whose UV atlas has seams (vertices duplicated with different UVs) should be
re-unwrapped after decimation instead: decimating across a seam mixes charts.
"""

from __future__ import annotations

import math

import fast_simplification
import numpy as np
import trimesh
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from meshforge.mesh.texture import vertex_colors

#: When a decimation pinches a closed surface (two sheets collapsed onto one edge, seen where
#: parts nearly touch or a mesh gets very coarse) the target grows and the decimation reruns
#: from the original, so watertight input always gives watertight output. The growth starts
#: small (one retry usually suffices) and doubles, so hopeless targets cost few reruns.
_FIRST_RETRY_GROWTH = 0.15
_MAX_RETRY_GROWTH = 1.0
_MIN_FACES = 4


def simplify(
    mesh: trimesh.Trimesh, mesh_simplify: float, max_faces: int | None = None
) -> trimesh.Trimesh:
    """Remove the fraction ``mesh_simplify`` of the triangles (and cap at ``max_faces``).

    A watertight input stays watertight; in the rare case that needs it, fewer triangles
    are removed than asked for.
    """
    if not 0.0 <= mesh_simplify < 1.0:
        raise ValueError(f"mesh_simplify must be in [0, 1), got {mesh_simplify}")
    face_count = len(mesh.faces)
    target_faces = round(face_count * (1.0 - mesh_simplify))
    if max_faces is not None:
        target_faces = min(target_faces, max_faces)
    target_faces = max(target_faces, _MIN_FACES)
    if target_faces >= face_count:
        return mesh.copy()

    must_stay_closed = bool(mesh.is_watertight)
    decimated = _decimate(mesh, target_faces)
    growth = _FIRST_RETRY_GROWTH
    while must_stay_closed and not decimated.is_watertight:
        target_faces = math.ceil(target_faces * (1.0 + growth))
        growth = min(2.0 * growth, _MAX_RETRY_GROWTH)
        if target_faces >= face_count:
            decimated = trimesh.Trimesh(vertices=mesh.vertices, faces=mesh.faces, process=False)
            break
        decimated = _decimate(mesh, target_faces)
    decimated.visual = _carried_visual(mesh, decimated.vertices)
    return decimated


def _decimate(mesh: trimesh.Trimesh, target_faces: int) -> trimesh.Trimesh:
    """Quadric decimation down to about ``target_faces`` triangles."""
    vertices, faces = fast_simplification.simplify(
        np.asarray(mesh.vertices, np.float64),
        np.asarray(mesh.faces, np.int32),
        target_count=target_faces,
    )
    # Collapses can leave a triangle with a repeated corner; it has no area and no use.
    corners = np.asarray(faces)
    proper = (
        (corners[:, 0] != corners[:, 1])
        & (corners[:, 1] != corners[:, 2])
        & (corners[:, 0] != corners[:, 2])
    )
    decimated = trimesh.Trimesh(vertices=vertices, faces=corners[proper], process=False)
    decimated.remove_unreferenced_vertices()
    return decimated


def _carried_visual(
    source: trimesh.Trimesh, vertices: NDArray[np.float64]
) -> trimesh.visual.ColorVisuals | trimesh.visual.TextureVisuals:
    """Visuals for ``vertices`` taken from the nearest vertex of ``source``."""
    visual = source.visual
    _, nearest = cKDTree(np.asarray(source.vertices)).query(vertices)
    if isinstance(visual, trimesh.visual.TextureVisuals) and visual.uv is not None:
        uv = np.asarray(visual.uv)[nearest]
        return trimesh.visual.TextureVisuals(  # type: ignore[no-untyped-call]
            uv=uv, material=visual.material
        )
    if visual is None or not visual.defined:
        return trimesh.visual.ColorVisuals()
    return trimesh.visual.ColorVisuals(vertex_colors=vertex_colors(source)[nearest])
