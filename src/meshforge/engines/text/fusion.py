"""Union coloured parts into one watertight mesh with per-vertex colours.

Each part is made an "original" mesh in manifold3d, whose boolean results keep a record of
which input every output triangle came from. That gives each triangle its part's colour.
A vertex on a seam between two parts can carry only one colour; it takes the colour of the
smaller part, so that small details (eyes, buttons, windows) keep their full size and the
colour change fades across one ring of triangles of the larger part.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import trimesh
from manifold3d import Manifold, OpType

from meshforge.engines.text.assembly import Part


def fuse_parts(parts: Sequence[Part]) -> trimesh.Trimesh:
    """One watertight mesh of all ``parts`` with ``ColorVisuals`` vertex colours."""
    if not parts:
        raise ValueError("nothing to fuse: the template made no parts")
    originals = [part.solid.as_original() for part in parts]
    part_of_id = {solid.original_id(): index for index, solid in enumerate(originals)}
    fused = Manifold.batch_boolean(originals, OpType.Add)
    mesh = fused.to_mesh()
    vertices = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
    faces = np.asarray(mesh.tri_verts, dtype=np.int64)
    faces = _merged(faces, mesh.merge_from_vert, mesh.merge_to_vert)
    face_part = _face_parts(len(faces), mesh.run_index, mesh.run_original_id, part_of_id)
    vertex_colors = _vertex_colors(parts, originals, faces, face_part, len(vertices))
    used = np.unique(faces)
    remap = np.full(len(vertices), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return trimesh.Trimesh(
        vertices=vertices[used],
        faces=remap[faces],
        vertex_colors=vertex_colors[used],
        process=False,
    )


def _merged(faces: np.ndarray, merge_from: Sequence[int], merge_to: Sequence[int]) -> np.ndarray:
    """Faces re-pointed at one vertex per position, so the mesh is closed by index as well."""
    if len(merge_from) == 0:
        return faces
    target = np.arange(int(faces.max()) + 1)
    target[np.asarray(merge_from, dtype=np.int64)] = np.asarray(merge_to, dtype=np.int64)
    return target[faces]


def _face_parts(
    face_count: int,
    run_index: Sequence[int],
    run_original_id: Sequence[int],
    part_of_id: dict[int, int],
) -> np.ndarray:
    """The index of the part each face came from."""
    face_part = np.zeros(face_count, dtype=np.int64)
    starts = np.asarray(run_index, dtype=np.int64) // 3  # run_index counts triangle corners
    for run, original in enumerate(run_original_id):
        face_part[starts[run] : starts[run + 1]] = part_of_id[int(original)]
    return face_part


def _vertex_colors(
    parts: Sequence[Part],
    originals: Sequence[Manifold],
    faces: np.ndarray,
    face_part: np.ndarray,
    vertex_count: int,
) -> np.ndarray:
    """RGBA per vertex: the colour of the smallest part among the faces around it."""
    areas = np.array([solid.surface_area() for solid in originals])
    # rank 0 = largest part; a vertex keeps the highest rank among its faces
    rank_of_part = np.empty(len(parts), dtype=np.int64)
    rank_of_part[np.argsort(-areas, kind="stable")] = np.arange(len(parts))
    part_of_rank = np.argsort(rank_of_part)
    vertex_rank = np.full(vertex_count, -1, dtype=np.int64)
    np.maximum.at(vertex_rank, faces.ravel(), np.repeat(rank_of_part[face_part], 3))
    palette = np.array([(*part.rgb, 255) for part in parts], dtype=np.uint8)
    colors = np.zeros((vertex_count, 4), dtype=np.uint8)
    touched = vertex_rank >= 0
    colors[touched] = palette[part_of_rank[vertex_rank[touched]]]
    return colors
