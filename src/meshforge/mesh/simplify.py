"""Quadric decimation that keeps colours, UVs and watertightness usable.

Colours and UVs are carried to the decimated mesh from the nearest original vertex (a
KD-tree lookup). Quadric decimation moves vertices only slightly, so for the seamless,
projection-style UVs and per-vertex colours our engines produce this is exact enough and
cheap. Meshes whose UV atlas has seams (vertices duplicated with different UVs) should be
re-unwrapped after decimation instead: decimating across a seam mixes charts.
"""

from __future__ import annotations

import fast_simplification
import numpy as np
import trimesh
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from meshforge.mesh.texture import vertex_colors

#: fast-simplification's default aggressiveness, and a gentler retry when the first pass
#: breaks watertightness (gentler collapses rarely pinch the surface).
_AGGRESSION = 7.0
_GENTLE_AGGRESSION = 3.0


def simplify(
    mesh: trimesh.Trimesh, mesh_simplify: float, max_faces: int | None = None
) -> trimesh.Trimesh:
    """Remove the fraction ``mesh_simplify`` of the triangles (and cap at ``max_faces``)."""
    if not 0.0 <= mesh_simplify < 1.0:
        raise ValueError(f"mesh_simplify must be in [0, 1), got {mesh_simplify}")
    face_count = len(mesh.faces)
    target_faces = round(face_count * (1.0 - mesh_simplify))
    if max_faces is not None:
        target_faces = min(target_faces, max_faces)
    target_faces = max(target_faces, 4)
    if target_faces >= face_count:
        return mesh.copy()

    was_watertight = bool(mesh.is_watertight)
    decimated = _decimate(mesh, target_faces, _AGGRESSION)
    if was_watertight and not decimated.is_watertight:
        decimated = _decimate(mesh, target_faces, _GENTLE_AGGRESSION)
    if was_watertight and not decimated.is_watertight:
        trimesh.repair.fill_holes(decimated)
    decimated.visual = _carried_visual(mesh, decimated.vertices)
    return decimated


def _decimate(mesh: trimesh.Trimesh, target_faces: int, aggression: float) -> trimesh.Trimesh:
    """Run quadric decimation and drop the degenerate faces it can leave behind."""
    vertices, faces = fast_simplification.simplify(
        np.asarray(mesh.vertices, np.float64),
        np.asarray(mesh.faces, np.int32),
        target_count=target_faces,
        agg=aggression,
    )
    decimated = trimesh.Trimesh(vertices=vertices, faces=faces, process=False)
    decimated.update_faces(decimated.nondegenerate_faces())
    decimated.update_faces(decimated.unique_faces())
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
