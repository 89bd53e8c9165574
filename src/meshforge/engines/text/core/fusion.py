"""Union coloured parts into one watertight mesh with per-vertex colours.

Each part is made an "original" mesh in manifold3d, whose boolean results keep a record of
which input every output triangle came from. That gives each triangle its part's colour.
A vertex on a seam between two parts can carry only one colour; it takes the colour of the
smaller part, so that small details (eyes, buttons, windows) keep their full size, and
``seams.sharpen_seams`` confines the blend into the larger part to a thin band.

Parts of one colour but different materials are different surfaces, split at their seams like
two colours. Each face is tagged with its surface's pattern and PBR factors
(``meshforge.mesh.materials.tag_faces``): trimesh face attributes travel with the mesh through
pickling to the worker and through copies and concatenation, and other engines' meshes simply
lack them. The worker's bake paints the patterns.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import trimesh
from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Part
from meshforge.engines.text.core.lexicon import Material
from meshforge.engines.text.core.seams import sharpen_seams
from meshforge.mesh.materials import Pattern, tag_faces

#: Colour blends at seams stay within this fraction of the model's diagonal.
_SEAM_BAND = 0.004
#: Shells smaller than this fraction of the largest one are boolean debris, not parts.
_DEBRIS_FRACTION = 1e-6


def fuse_parts(parts: Sequence[Part], plain: tuple[float, float] | None = None) -> trimesh.Trimesh:
    """One watertight mesh of all ``parts`` with vertex colours and per-face materials.

    ``plain`` is the (metallic, roughness) of parts without a material; None leaves them to
    the bake's defaults (the job's ``meta["pbr"]``).
    """
    if not parts:
        raise ValueError("nothing to fuse: the template made no parts")
    originals = [part.solid.as_original() for part in parts]
    part_of_id = {solid.original_id(): index for index, solid in enumerate(originals)}
    fused = _without_debris(Manifold.batch_boolean(originals, OpType.Add)).to_mesh()
    vertices = np.asarray(fused.vert_properties, dtype=np.float64)[:, :3]
    faces = _merged(
        np.asarray(fused.tri_verts, dtype=np.int64), fused.merge_from_vert, fused.merge_to_vert
    )
    vertices, faces = _compacted(vertices, faces)
    face_part = _face_parts(len(faces), fused.run_index, fused.run_original_id, part_of_id)
    # a surface is a (colour, material) pair: seams are sharpened between surfaces
    surface_keys = [(part.rgb, part.material) for part in parts]
    surfaces = list(dict.fromkeys(surface_keys))
    surface_of_part = np.array([surfaces.index(key) for key in surface_keys], dtype=np.int64)
    vertex_part = _seam_owner(originals, faces, face_part, len(vertices))
    band_m = _SEAM_BAND * float(np.linalg.norm(vertices.max(axis=0) - vertices.min(axis=0)))
    vertices, faces, vertex_surface = sharpen_seams(
        vertices, faces, surface_of_part[face_part], surface_of_part[vertex_part], band_m
    )
    palette = np.array([rgb for rgb, _ in surfaces], dtype=np.uint8)
    rgba = np.hstack([palette[vertex_surface], np.full((len(vertex_surface), 1), 255, np.uint8)])
    mesh = trimesh.Trimesh(vertices=vertices, faces=faces, vertex_colors=rgba, process=False)
    _tag_materials(mesh, [material for _, material in surfaces], vertex_surface, plain)
    return mesh


def _tag_materials(
    mesh: trimesh.Trimesh,
    materials: Sequence[Material | None],
    vertex_surface: np.ndarray,
    plain: tuple[float, float] | None,
) -> None:
    """Tag each face with its surface's pattern and PBR factors (``plain`` for no material).

    A face's surface is the one most of its corners carry, the rule the bake reads its colour
    by, so that a face's colour and material always come from the same surface.
    """
    corners = vertex_surface[mesh.faces]
    first, second, third = corners[:, 0], corners[:, 1], corners[:, 2]
    face_surface = np.where((second == third) & (first != second), second, first)
    plain_metallic, plain_roughness = plain if plain is not None else (np.nan, np.nan)
    tag_faces(
        mesh,
        face_surface,
        [Pattern.PLAIN if m is None else m.pattern for m in materials],
        [plain_metallic if m is None else m.metallic for m in materials],
        [plain_roughness if m is None else m.roughness for m in materials],
    )


def _without_debris(solid: Manifold) -> Manifold:
    """Drop shells that are slivers or enclosed voids (negative volume): boolean leftovers."""
    pieces = solid.decompose()
    if len(pieces) < 2:
        return solid
    volumes = [piece.volume() for piece in pieces]
    smallest = _DEBRIS_FRACTION * max(volumes)
    kept = [piece for piece, volume in zip(pieces, volumes, strict=True) if volume > smallest]
    return solid if len(kept) == len(pieces) else Manifold.compose(kept)


def _merged(faces: np.ndarray, merge_from: Sequence[int], merge_to: Sequence[int]) -> np.ndarray:
    """Faces re-pointed at one vertex per position, so the mesh is closed by index as well."""
    if len(merge_from) == 0:
        return faces
    target = np.arange(int(faces.max()) + 1)
    target[np.asarray(merge_from, dtype=np.int64)] = np.asarray(merge_to, dtype=np.int64)
    merged: np.ndarray = target[faces]
    return merged


def _compacted(vertices: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop vertices no face uses (left behind by merging)."""
    used = np.unique(faces)
    remap = np.full(len(vertices), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return vertices[used], remap[faces]


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


def _seam_owner(
    originals: Sequence[Manifold], faces: np.ndarray, face_part: np.ndarray, vertex_count: int
) -> np.ndarray:
    """For each vertex, the smallest part (by surface area) among the faces around it."""
    areas = np.array([solid.surface_area() for solid in originals])
    # rank 0 = largest part; a vertex keeps the highest rank among its faces
    rank_of_part = np.empty(len(originals), dtype=np.int64)
    rank_of_part[np.argsort(-areas, kind="stable")] = np.arange(len(originals))
    part_of_rank = np.argsort(rank_of_part)
    vertex_rank = np.zeros(vertex_count, dtype=np.int64)
    np.maximum.at(vertex_rank, faces.ravel(), np.repeat(rank_of_part[face_part], 3))
    return part_of_rank[vertex_rank]
