"""Keep colour boundaries crisp on a mesh that shares its vertices across colours.

A watertight mesh has one vertex per position, so a vertex on the seam between a red and a
white part has one colour, and every triangle touching it blends towards that colour. CSG
triangles are long (a bench slat is two triangles from end to end), so the blend can cover a
whole part. Here every triangle with a vertex of another colour is cut: new vertices are put
on its edges a hair's breadth from that vertex, and the blend is confined to the sliver
between them. Edges are split identically on both sides, so the mesh stays closed.

Written by hand because no mesh library (trimesh, manifold3d, pymeshlab) cuts faces around
per-vertex colour ids. A cut face's triangulation depends only on which corners are foreign
and which of its six possible split points exist, so it is worked out once per such pattern
(``_layout``) on slot numbers and applied to all faces of that pattern with numpy: a
per-face Python loop made this the slowest step of large text models.
"""

from __future__ import annotations

import functools

import numpy as np
from numpy.typing import NDArray

#: A split point sits this far from the foreign vertex, as a fraction of the edge at most.
_MAX_EDGE_FRACTION = 0.3
#: Slots of a cut face, in ring order: corner c is slot 3c, the split point on edge
#: c→c+1 near corner c is slot 3c+1 and the one near corner c+1 is slot 3c+2.
_RING_SLOTS = 9
#: The slot of the centre vertex of a face re-triangulated as a fan.
_CENTROID_SLOT = 9

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


def sharpen_seams(
    vertices: FloatArray,
    faces: IntArray,
    face_color: IntArray,
    vertex_color: IntArray,
    band_m: float,
) -> tuple[FloatArray, IntArray, IntArray]:
    """Cut triangles so colour blends stay within ``band_m`` of seams.

    ``face_color``/``vertex_color`` are colour ids. Returns new vertices, faces and vertex
    colour ids; untouched faces keep their order in front of the rebuilt ones.
    """
    foreign = vertex_color[faces] != face_color[:, None]
    touched = foreign.any(axis=1)
    if not touched.any():
        return vertices, faces, vertex_color
    interior = _interior_edges(faces, face_color)
    cut_faces, cut_foreign, cut_color = faces[touched], foreign[touched], face_color[touched]
    split_keys, split_colors = _split_points(
        cut_faces, cut_foreign, interior[touched], cut_color, len(vertices)
    )
    near, far = vertices[split_keys // len(vertices)], vertices[split_keys % len(vertices)]
    lengths = np.maximum(np.linalg.norm(far - near, axis=1), 1e-12)
    fractions = np.minimum(_MAX_EDGE_FRACTION, band_m / lengths)
    split_positions = near + fractions[:, None] * (far - near)
    positions = np.vstack([vertices, split_positions])
    slots = _face_slots(cut_faces, split_keys, len(vertices))
    rebuilt, centroids, has_centroid = _rebuild(slots, cut_foreign, positions)
    all_colors = np.concatenate([vertex_color, split_colors, cut_color[has_centroid]])
    return np.vstack([positions, centroids]), np.vstack([faces[~touched], rebuilt]), all_colors


def _interior_edges(faces: IntArray, face_color: IntArray) -> NDArray[np.bool_]:
    """(faces, 3) flags: edge corner→corner+1 joins two faces of one colour (not a seam)."""
    starts = faces.ravel()
    ends = faces[:, [1, 2, 0]].ravel()
    keys = np.minimum(starts, ends) * (int(faces.max()) + 1) + np.maximum(starts, ends)
    order = np.argsort(keys, kind="stable")
    # a closed manifold has every edge exactly twice, so sorted keys pair up
    partner = np.empty_like(order)
    partner[order[0::2]] = order[1::2]
    partner[order[1::2]] = order[0::2]
    half_edge_color = np.repeat(face_color, 3)
    interior: NDArray[np.bool_] = (half_edge_color == half_edge_color[partner]).reshape(-1, 3)
    return interior


def _split_points(
    faces: IntArray,
    foreign: NDArray[np.bool_],
    interior: NDArray[np.bool_],
    face_color: IntArray,
    vertex_count: int,
) -> tuple[IntArray, IntArray]:
    """Sorted keys ``near * vertex_count + far`` and colours of the split points.

    Edge near→far is split close to ``near``, which wears another colour than the faces on
    either side of the edge; seam edges are left whole, the blend across them is wanted.
    """
    following, previous = faces[:, [1, 2, 0]], faces[:, [2, 0, 1]]
    # per corner: edge corner→following, then edge previous→corner (seen from the corner)
    far = np.stack([following, previous], axis=2)
    wanted = foreign[:, :, None] & np.stack([interior, interior[:, [2, 0, 1]]], axis=2)
    near = np.broadcast_to(faces[:, :, None], far.shape)
    colors = np.broadcast_to(face_color[:, None, None], far.shape)
    keys = (near[wanted] * vertex_count + far[wanted])[::-1]
    # reversed so that the last request for an edge wins, as it did when this was a dict;
    # both faces of an interior edge have one colour, so the requests agree anyway
    split_keys, last = np.unique(keys, return_index=True)
    split_colors: IntArray = colors[wanted][::-1][last]
    return split_keys, split_colors


def _face_slots(faces: IntArray, split_keys: IntArray, vertex_count: int) -> IntArray:
    """(faces, 10) vertex index in every slot of each face (see ``_RING_SLOTS``), -1 if none."""
    slots = np.full((len(faces), _RING_SLOTS + 1), -1, dtype=np.int64)
    for corner in range(3):
        start, end = faces[:, corner], faces[:, (corner + 1) % 3]
        slots[:, 3 * corner] = start
        if len(split_keys) == 0:  # foreign corners on seam edges only
            continue
        for slot, key in ((1, start * vertex_count + end), (2, end * vertex_count + start)):
            found = np.minimum(np.searchsorted(split_keys, key), len(split_keys) - 1)
            exists = split_keys[found] == key
            slots[exists, 3 * corner + slot] = vertex_count + found[exists]
    return slots


def _rebuild(
    slots: IntArray, foreign: NDArray[np.bool_], positions: FloatArray
) -> tuple[IntArray, FloatArray, NDArray[np.bool_]]:
    """Triangulate every cut face, in face order: its new faces, centre vertices, which had one.

    Centre vertices are numbered after ``positions`` in face order.
    """
    split_bits = (slots[:, [1, 2, 4, 5, 7, 8]] >= 0) << np.arange(3, 9)
    codes = (foreign << np.arange(3)).sum(axis=1) + split_bits.sum(axis=1)
    patterns = np.unique(codes)
    layouts = [_layout(int(code)) for code in patterns]
    pattern_of_face = np.searchsorted(patterns, codes)
    triangle_count = np.array([len(triangles) for triangles, _ in layouts])[pattern_of_face]
    has_centroid = np.array([len(ring) > 0 for _, ring in layouts])[pattern_of_face]
    first_triangle = np.cumsum(triangle_count) - triangle_count
    centroid_rank = np.cumsum(has_centroid) - has_centroid
    slots[:, _CENTROID_SLOT] = len(positions) + centroid_rank
    faces = np.empty((int(triangle_count.sum()), 3), dtype=np.int64)
    centroids = np.empty((int(has_centroid.sum()), 3), dtype=np.float64)
    for pattern, (triangles, ring) in enumerate(layouts):
        members = np.flatnonzero(pattern_of_face == pattern)
        rows = first_triangle[members][:, None] + np.arange(len(triangles))
        faces[rows] = slots[members][:, triangles]
        if ring:
            # summed corner by corner, in ring order, so centres match to the last bit
            total = positions[slots[members, ring[0]]]
            for slot in ring[1:]:
                total = total + positions[slots[members, slot]]
            centroids[centroid_rank[members]] = total / len(ring)
    return faces, centroids, has_centroid


@functools.cache
def _layout(code: int) -> tuple[IntArray, tuple[int, ...]]:
    """(triangles, fan ring) in slots for the cut pattern ``code``.

    Bits 0-2 of ``code`` flag foreign corners, bits 3-8 the split points in slots 1, 2, 4,
    5, 7, 8. The ring is empty unless the face is a fan around ``_CENTROID_SLOT``.
    """
    split_slots = [1, 2, 4, 5, 7, 8]
    present = {slot for bit, slot in enumerate(split_slots) if code >> (bit + 3) & 1}
    ring = [slot for slot in range(_RING_SLOTS) if slot % 3 == 0 or slot in present]
    is_split = [slot % 3 != 0 for slot in ring]
    foreign = [slot % 3 == 0 and bool(code >> (slot // 3) & 1) for slot in ring]
    triangles, ring = _cut_foreign_runs(ring, is_split, foreign)
    fan: tuple[int, ...] = ()
    if len(ring) == 3:
        triangles.append((ring[0], ring[1], ring[2]))
    elif len(ring) > 3:  # fewer than three: the cut slivers already cover the whole face
        fan = tuple(ring)
        triangles += [
            (_CENTROID_SLOT, a, b) for a, b in zip(ring, ring[1:] + ring[:1], strict=True)
        ]
    return np.array(triangles, dtype=np.int64).reshape(-1, 3), fan


def _cut_foreign_runs(
    ring: list[int], is_split: list[bool], foreign: list[bool]
) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Fans over runs of foreign vertices bounded by split points, and the ring left over."""
    size = len(ring)
    triangles: list[tuple[int, int, int]] = []
    if all(foreign) or not any(foreign):
        return triangles, ring
    start = next(k for k in range(size) if not foreign[k])
    keep: list[int] = []
    k = start
    while k < start + size:
        if not foreign[(k + 1) % size]:
            keep.append(ring[k % size])
            k += 1
            continue
        end = k + 1
        while foreign[end % size]:
            end += 1
        before, after = k % size, end % size
        if is_split[before] and is_split[after]:
            piece = [ring[j % size] for j in range(k, end + 1)]
            triangles += [(piece[0], piece[j], piece[j + 1]) for j in range(1, len(piece) - 1)]
            keep.append(ring[before])
        else:
            keep += [ring[j % size] for j in range(k, end)]
        k = end
    return triangles, keep
