"""Keep colour boundaries crisp on a mesh that shares its vertices across colours.

A watertight mesh has one vertex per position, so a vertex on the seam between a red and a
white part has one colour, and every triangle touching it blends towards that colour. CSG
triangles are long (a bench slat is two triangles from end to end), so the blend can cover a
whole part. Here every triangle with a vertex of another colour is cut: new vertices are put
on its edges a hair's breadth from that vertex, and the blend is confined to the sliver
between them. Edges are split identically on both sides, so the mesh stays closed.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

#: A split point sits this far from the foreign vertex, as a fraction of the edge at most.
_MAX_EDGE_FRACTION = 0.3

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
    splits = _split_points(faces[touched], foreign[touched], interior[touched], face_color[touched])
    # every split point at once: a per-edge numpy call costs more than the arithmetic
    ordered = sorted(splits.items())
    pairs = np.array([edge for edge, _ in ordered], dtype=np.int64).reshape(-1, 2)
    near, far = vertices[pairs[:, 0]], vertices[pairs[:, 1]]
    lengths = np.maximum(np.linalg.norm(far - near, axis=1), 1e-12)
    fractions = np.minimum(_MAX_EDGE_FRACTION, band_m / lengths)
    split_positions = near + fractions[:, None] * (far - near)
    new_colors = [color for _, color in ordered]
    split_index = {edge: len(vertices) + k for k, (edge, _) in enumerate(ordered)}
    builder = _FaceBuilder(len(vertices) + len(ordered), vertex_color, new_colors)
    # plain lists: the rebuild reads positions one at a time, where numpy indexing is slow
    positions = vertices.tolist() + split_positions.tolist()
    for face, color in zip(faces[touched].tolist(), face_color[touched].tolist(), strict=True):
        builder.rebuild(face, int(color), split_index, positions)
    all_vertices = np.vstack(
        [
            vertices,
            split_positions,
            np.asarray(builder.centroids, dtype=np.float64).reshape(-1, 3),
        ]
    )
    rebuilt = np.asarray(builder.faces, dtype=np.int64).reshape(-1, 3)
    all_colors = np.concatenate(
        [
            vertex_color,
            np.asarray(new_colors, dtype=np.int64),
            np.asarray(builder.centroid_colors, dtype=np.int64),
        ]
    )
    return all_vertices, np.vstack([faces[~touched], rebuilt]), all_colors


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
) -> dict[tuple[int, int], int]:
    """(near, far) → colour: split edge near→far close to ``near``, which wears another colour."""
    wanted: dict[tuple[int, int], int] = {}
    rows = zip(
        faces.tolist(), foreign.tolist(), interior.tolist(), face_color.tolist(), strict=True
    )
    for face, flags, inner, color in rows:
        for corner in range(3):
            if not flags[corner]:
                continue
            following, previous = (corner + 1) % 3, (corner + 2) % 3
            if inner[corner]:  # edge corner → following
                wanted[(face[corner], face[following])] = color
            if inner[previous]:  # edge previous → corner
                wanted[(face[corner], face[previous])] = color
    return wanted


class _FaceBuilder:
    """Re-triangulates cut faces: slivers next to foreign vertices, a fan for the rest."""

    def __init__(
        self, first_centroid: int, vertex_color: IntArray, split_colors: list[int]
    ) -> None:
        self.faces: list[tuple[int, int, int]] = []
        self.centroids: list[tuple[float, float, float]] = []
        self.centroid_colors: list[int] = []
        self._first_centroid = first_centroid
        self._vertex_color = vertex_color
        self._split_colors = split_colors
        self._split_base = len(vertex_color)

    def _color(self, index: int) -> int:
        if index < self._split_base:
            return int(self._vertex_color[index])
        return self._split_colors[index - self._split_base]

    def rebuild(
        self,
        face: list[int],
        color: int,
        split_index: dict[tuple[int, int], int],
        positions: list[list[float]],
    ) -> None:
        """Triangulate ``face`` with every split point on its edges."""
        ring: list[int] = []
        is_split: list[bool] = []
        for corner in range(3):
            a, b = face[corner], face[(corner + 1) % 3]
            ring.append(a)
            is_split.append(False)
            for key in ((a, b), (b, a)):
                if key in split_index:
                    ring.append(split_index[key])
                    is_split.append(True)
        ring = self._cut_foreign_runs(ring, is_split, color)
        if len(ring) < 3:  # the cut slivers already cover the whole face
            return
        if len(ring) == 3:
            self.faces.append((ring[0], ring[1], ring[2]))
            return
        count = len(ring)
        center = len(self.centroids) + self._first_centroid
        self.centroids.append(
            (
                sum(positions[i][0] for i in ring) / count,
                sum(positions[i][1] for i in ring) / count,
                sum(positions[i][2] for i in ring) / count,
            )
        )
        self.centroid_colors.append(color)
        self.faces += [(center, ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))]

    def _cut_foreign_runs(self, ring: list[int], is_split: list[bool], color: int) -> list[int]:
        """Emit fans over runs of foreign vertices bounded by split points; return the rest."""
        size = len(ring)
        foreign = [self._color(i) != color and not is_split[k] for k, i in enumerate(ring)]
        if all(foreign) or not any(foreign):
            return ring
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
                piece = [ring[(j) % size] for j in range(k, end + 1)]
                self.faces += [(piece[0], piece[j], piece[j + 1]) for j in range(1, len(piece) - 1)]
                keep.append(ring[before])
            else:
                keep += [ring[j % size] for j in range(k, end)]
            k = end
        return keep
