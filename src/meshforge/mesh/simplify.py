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
import manifold3d
import numpy as np
import trimesh
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from meshforge.mesh.materials import face_colors
from meshforge.mesh.texture import vertex_colors

#: When a decimation pinches a closed surface (two sheets collapsed onto one edge, seen where
#: parts nearly touch or a mesh gets very coarse) the target grows and the decimation reruns
#: from the original, so watertight input always gives watertight output. The growth starts
#: small (one retry usually suffices) and doubles, so hopeless targets cost few reruns.
_FIRST_RETRY_GROWTH = 0.15
_MAX_RETRY_GROWTH = 1.0
_MIN_FACES = 4
#: at most this many distinct vertex colours make a mesh part-coloured (one colour per part)
_FEW_COLOURS = 256


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


def _decimate(mesh: trimesh.Trimesh, target_faces: int, aggressiveness: int = 7) -> trimesh.Trimesh:
    """Quadric decimation down to about ``target_faces`` triangles."""
    vertices, faces = fast_simplification.simplify(
        np.asarray(mesh.vertices, np.float64),
        np.asarray(mesh.faces, np.int32),
        target_count=target_faces,
        agg=aggressiveness,
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


#: a face limit is met from below: the decimation aims this far under it, so that the
#: watertight retries (which add faces back) rarely need to climb past the limit
_LIMIT_RETRY_STEPS = (1.0, 0.98, 0.96, 0.94, 0.92, 0.90)
#: fast-simplification's ``agg`` for the passes of a face limit, and how many passes at most
_AGGRESSIVENESS_STEPS = (3, 4, 5, 6, 7)
_MAX_DECIMATION_PASSES = 24
#: Manifold simplify tolerances tried when the passes stall: from this fraction of the
#: model's diagonal, growing by the factor, a few times
_FIRST_TOLERANCE = 1e-4
_TOLERANCE_GROWTH = 2.0
_TOLERANCE_STEPS = 10


class FaceLimitError(ValueError):
    """The mesh cannot be decimated under the face limit (too many separate small parts)."""


def limit_faces(mesh: trimesh.Trimesh, face_limit: int) -> trimesh.Trimesh:
    """``mesh`` with at most ``face_limit`` triangles, its colours, UVs and material carried.

    A mesh already within the limit is returned unchanged (a limit, not a target to reach).
    Vertices split along UV seams are welded for the decimation, so the surface decimates
    as one closed piece, and split again afterwards: every new triangle keeps the texture
    chart of the original triangle it lies on. A watertight mesh stays watertight when a
    decimation a little under the limit (down to 90 % of it) can keep it closed; if none
    can, the closest open result is returned rather than one over the limit.
    """
    if face_limit < _MIN_FACES:
        raise ValueError(f"face_limit must be at least {_MIN_FACES}, got {face_limit}")
    if len(mesh.faces) <= face_limit:
        return mesh
    positions, welded_index = np.unique(
        np.asarray(mesh.vertices, np.float64), axis=0, return_inverse=True
    )
    welded = trimesh.Trimesh(
        vertices=positions,
        faces=np.asarray(welded_index).ravel()[np.asarray(mesh.faces)],
        process=False,
    )
    must_stay_closed = bool(welded.is_watertight)
    decimated = None
    step = 0
    for share in _LIMIT_RETRY_STEPS:
        candidate, step = _decimate_to(welded, max(_MIN_FACES, int(face_limit * share)), step)
        if len(candidate.faces) > face_limit:
            continue
        if decimated is None:
            decimated = candidate  # the closest to the limit, kept if none stays closed
        if not must_stay_closed or candidate.is_watertight:
            decimated = candidate
            break
    if decimated is None:
        raise FaceLimitError(
            f"face_limit: this model cannot be made with {face_limit} faces or fewer "
            f"(decimation stopped at {len(_decimate_to(welded, face_limit)[0].faces)}, "
            "usually because it has many separate small parts); ask for a higher face_limit"
        )
    return _with_carried_visuals(mesh, decimated)


def _decimate_to(
    mesh: trimesh.Trimesh, target_faces: int, first_step: int = 0
) -> tuple[trimesh.Trimesh, int]:
    """Decimate in passes, gentle first, until at most ``target_faces`` remain.

    Returns the mesh and the Manifold tolerance step it needed (0: none), from which a
    lower target for the same mesh can start.

    One pass at fast-simplification's default aggressiveness (7) collapses the cheapest
    edges in coarse batches: on thin parts it either stops early (a chair's 19k-face hull
    stopped at 1.8k for a 500 target) or, run again, flattens the parts (the same chair kept
    38 % of its volume at 1000 faces). Gentle passes (3), then bolder ones only when those
    stall, kept 96 % of it at 1000 faces and stayed closed. On CSG surfaces (the text
    engine's) every aggressiveness stalls, its collapses refused as flips among long thin
    triangles; Manifold's simplify, which removes vertices within a small tolerance of the
    surface, clears those and the passes go on (a 12.5k-face car: stuck at 2k, then 500);
    the smallest tolerance that lets them through is used, so little more is lost.
    """
    diagonal = float(np.linalg.norm(np.ptp(np.asarray(mesh.vertices), axis=0)))
    step = first_step
    while True:
        if step == 0:
            decimated = _decimate_passes(mesh, target_faces)
        else:
            # from the original each time: Manifold applied to a stalled result removes whole
            # features at once and lands far under the target (a castle at 1066 for 2000)
            tolerance = _FIRST_TOLERANCE * _TOLERANCE_GROWTH ** (step - 1) * diagonal
            decimated = _decimate_passes(_manifold_simplified(mesh, tolerance), target_faces)
        if len(decimated.faces) <= target_faces or step >= _TOLERANCE_STEPS:
            return decimated, step
        step += 1


def _decimate_passes(mesh: trimesh.Trimesh, target_faces: int) -> trimesh.Trimesh:
    """fast-simplification passes at rising aggressiveness until the target or a stall."""
    decimated = mesh
    passes = 0
    for aggressiveness in _AGGRESSIVENESS_STEPS:
        while len(decimated.faces) > target_faces and passes < _MAX_DECIMATION_PASSES:
            again = _decimate(decimated, target_faces, aggressiveness)
            passes += 1
            if len(again.faces) >= len(decimated.faces):
                break  # this aggressiveness has stalled: try the next
            decimated = again
    return decimated


def _manifold_simplified(mesh: trimesh.Trimesh, tolerance: float) -> trimesh.Trimesh:
    """``mesh`` without the vertices that lie within ``tolerance`` of the surface."""
    solid = manifold3d.Manifold(
        manifold3d.Mesh(
            vert_properties=np.asarray(mesh.vertices, np.float32),
            tri_verts=np.asarray(mesh.faces, np.uint32),
        )
    )
    if solid.status() != manifold3d.Error.NoError:
        return mesh  # not a closed manifold: Manifold cannot help, keep what we have
    simplified = solid.simplify(tolerance).to_mesh()
    return trimesh.Trimesh(
        vertices=np.asarray(simplified.vert_properties, np.float64)[:, :3],
        faces=np.asarray(simplified.tri_verts, np.int64),
        process=False,
    )


def _with_carried_visuals(source: trimesh.Trimesh, decimated: trimesh.Trimesh) -> trimesh.Trimesh:
    """``decimated`` with the visuals and face attributes of ``source`` carried over."""
    centroids = np.asarray(decimated.triangles_center)
    _, origin_face = cKDTree(np.asarray(source.triangles_center)).query(centroids)
    visual = source.visual
    if isinstance(visual, trimesh.visual.TextureVisuals) and visual.uv is not None:
        result = _charted(source, decimated, origin_face)
    elif _has_few_colours(source):
        result = _flat_coloured(source, decimated, origin_face)
    else:
        result = decimated
        result.visual = _carried_visual(source, np.asarray(decimated.vertices))
    for name, values in source.face_attributes.items():
        # per-face tags (material pattern codes, PBR factors) come from the face underneath
        result.face_attributes[name] = np.asarray(values)[origin_face]
    return result


def _has_few_colours(mesh: trimesh.Trimesh) -> bool:
    """True for part-coloured meshes (the text engine's), not continuous (neural) colours."""
    visual = mesh.visual
    if not isinstance(visual, trimesh.visual.ColorVisuals) or visual.kind != "vertex":
        return False
    colours = np.asarray(visual.vertex_colors, np.uint8)
    return len(np.unique(colours.view(np.uint32))) <= _FEW_COLOURS


def _flat_coloured(
    source: trimesh.Trimesh, decimated: trimesh.Trimesh, origin_face: NDArray[np.intp]
) -> trimesh.Trimesh:
    """``decimated`` with each triangle in the colour of the source triangle under it.

    Corners are split where neighbouring triangles differ in colour, so a colour edge stays
    sharp along the new triangles' edges: nearest-vertex colours would blend the parts of a
    coarse triangle that spans two (a wheel's hub and tyre became a star).
    """
    colours = face_colors(source)[origin_face]
    colour_key = colours.view(np.uint32).reshape(-1)
    faces = np.asarray(decimated.faces)
    keys, split = np.unique(
        np.column_stack([faces.ravel(), np.repeat(colour_key, 3)]), axis=0, return_inverse=True
    )
    result = trimesh.Trimesh(
        vertices=np.asarray(decimated.vertices)[keys[:, 0]],
        faces=np.asarray(split).reshape(-1, 3),
        process=False,
    )
    result.visual = trimesh.visual.ColorVisuals(
        vertex_colors=np.ascontiguousarray(keys[:, 1].astype(np.uint32))
        .view(np.uint8)
        .reshape(-1, 4)
    )
    return result


def _charted(
    source: trimesh.Trimesh, decimated: trimesh.Trimesh, origin_face: NDArray[np.intp]
) -> trimesh.Trimesh:
    """``decimated`` split into the UV charts of ``source``, each corner with its chart's UV.

    A chart is a piece of ``source`` whose triangles share vertices (seams split vertices).
    Each corner takes the UV of the nearest source vertex in its triangle's chart: looking
    in other charts would pull in a different part of the texture atlas.
    """
    faces = np.asarray(source.faces)
    _, vertex_chart = connected_components(
        coo_matrix(
            (np.ones(faces.size), (faces.ravel(), np.roll(faces, 1, axis=1).ravel())),
            shape=(len(source.vertices), len(source.vertices)),
        ),
        directed=False,
    )
    face_chart = vertex_chart[faces[:, 0]][origin_face]
    new_faces = np.asarray(decimated.faces)
    corner_chart = np.repeat(face_chart, 3)
    keys, split = np.unique(
        np.column_stack([new_faces.ravel(), corner_chart]), axis=0, return_inverse=True
    )
    # a fourth coordinate, far larger than the model, keeps each lookup inside its own chart
    spacing = 4.0 * float(np.ptp(np.asarray(source.vertices), axis=0).max()) + 1.0
    source_points = np.column_stack([np.asarray(source.vertices), vertex_chart * spacing])
    points = np.asarray(decimated.vertices)[keys[:, 0]]
    _, nearest = cKDTree(source_points).query(np.column_stack([points, keys[:, 1] * spacing]))
    visual = source.visual
    if not isinstance(visual, trimesh.visual.TextureVisuals):
        raise TypeError("_charted needs a textured source mesh")
    result = trimesh.Trimesh(vertices=points, faces=np.asarray(split).reshape(-1, 3), process=False)
    result.visual = trimesh.visual.TextureVisuals(  # type: ignore[no-untyped-call]
        uv=np.asarray(visual.uv)[nearest], material=visual.material
    )
    return result
