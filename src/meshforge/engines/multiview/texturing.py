"""Texturing the hull from its views: each face takes the view that sees it best.

Views are those of ``views.py`` (front, right, back, left); faces are in grid (row, x, z)
coordinates. The atlas holds the framed views two tiles a row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.engines.multiview.views import View
from meshforge.engines.silhouette.framing import Frame
from meshforge.engines.silhouette.inflation import projected_texture
from meshforge.mesh.texture import texture_visuals

#: Unit vectors towards each view's camera in grid (row, x, z) axes.
_TOWARDS_CAMERA = np.array([[0, 0, 1], [0, 1, 0], [0, 0, -1], [0, -1, 0]], np.float64)
#: How much a face's horizontal position (vs its normal) decides its view: faces that look
#: straight up or down take the view on their side of the object, not a random one.
_POSITION_WEIGHT = 0.3
#: Penalty for a view that cannot see the face (hidden behind another part).
_HIDDEN_PENALTY = 1.0
#: Penalty for texturing a face from the opposite view (mirrored) when its own is missing.
_STAND_IN_PENALTY = 0.25
#: Slack (voxels) when comparing a face with the hull's depth map in a view.
_VISIBLE_SLACK = 2.0


@dataclass(frozen=True)
class DepthMaps:
    """The hull's nearest surface seen from each view direction, sampled every ``stride``.

    Front/back maps are indexed (row, x) and hold z; right/left maps (row, z) hold x; values
    in grid coordinates, NaN where the ray misses. Sample (i, j) is grid voxel
    origin + stride * (i, j).
    """

    maps: list[NDArray[np.float32]]
    origin: tuple[int, int, int]
    stride: int


def depth_maps(
    field: NDArray[np.float32], origin: tuple[int, int, int], stride: int, voxel_px: int = 1
) -> DepthMaps:
    """Depth maps of the inside-positive ``field`` (cropped at ``origin``), every ``stride``
    voxels; a voxel spans ``voxel_px`` grid pixels, and ``origin`` is in grid pixels."""
    occupied = field[::stride, ::stride, ::stride] > 0
    stride *= voxel_px
    maps = []
    for axis, nearest_last in ((2, True), (1, True), (2, False), (1, False)):
        hit = occupied.any(axis=axis)
        flipped = np.flip(occupied, axis=axis) if nearest_last else occupied
        index = np.argmax(flipped, axis=axis).astype(np.float32)
        if nearest_last:
            index = occupied.shape[axis] - 1 - index
        # The true surface may lie up to a stride beyond the sample: err towards visible.
        reach = (index + (1 if nearest_last else -1)) * stride
        maps.append(np.where(hit, reach + origin[axis], np.nan).astype(np.float32))
    return DepthMaps(maps, origin, stride)


def choose_views(
    vertices: NDArray[np.float64],
    faces: NDArray[np.int64],
    normals: NDArray[np.float64],
    depths: DepthMaps,
    view_count: int,
) -> NDArray[np.int64]:
    """Index of the view that textures each face: the one facing it best that can see it.

    ``vertices`` and ``normals`` (smoothed, per face) are in grid (row, x, z) coordinates.
    A missing back or left view is stood in for by the front or right one, mirrored.
    """
    centers = vertices[faces].mean(axis=1)
    horizontal = centers[:, 1:] - np.nanmean(centers[:, 1:], axis=0)
    horizontal /= np.maximum(np.linalg.norm(horizontal, axis=1, keepdims=True), 1e-9)
    position = np.column_stack([np.zeros(len(centers)), horizontal])
    scores = np.full((len(faces), view_count), -np.inf)
    for direction in range(len(_TOWARDS_CAMERA)):
        towards = _TOWARDS_CAMERA[direction]
        score = normals @ towards + _POSITION_WEIGHT * (position @ towards)
        score -= _HIDDEN_PENALTY * ~_visible(centers, depths, direction)
        view = direction
        if direction >= view_count:
            view, score = direction - 2, score - _STAND_IN_PENALTY
        scores[:, view] = np.maximum(scores[:, view], score)
    chosen: NDArray[np.int64] = np.argmax(scores, axis=1)
    return chosen


def _visible(centers: NDArray[np.float64], depths: DepthMaps, direction: int) -> NDArray[np.bool_]:
    """Whether each face centre lies on the hull's near side as seen from ``direction``."""
    depth, origin, stride = depths.maps[direction], depths.origin, depths.stride
    across = 1 if direction % 2 == 0 else 2  # the map's column axis: x for front/back
    along = 3 - across
    rows = np.rint((centers[:, 0] - origin[0]) / stride)
    cols = np.rint((centers[:, across] - origin[across]) / stride)
    rows = np.clip(rows, 0, depth.shape[0] - 1).astype(np.int64)
    nearest = depth[rows, np.clip(cols, 0, depth.shape[1] - 1).astype(np.int64)]
    sign = 1.0 if direction < 2 else -1.0
    seen: NDArray[np.bool_] = sign * (centers[:, along] - nearest) >= -_VISIBLE_SLACK
    return seen & ~np.isnan(nearest)


def projected_uv(
    vertices: NDArray[np.float64],
    view: NDArray[np.int64],
    view_count: int,
    resolution: int,
    tile_px: int,
) -> NDArray[np.float64]:
    """Atlas UVs: each vertex projected into its view's tile (2 tiles per atlas row)."""
    row, x, z = (vertices[:, axis] + 0.5 for axis in range(3))
    column = np.select(
        [view == 0, view == 1, view == 2], [x, resolution - z, resolution - x], default=z
    )
    # Stay half a texel inside the tile so filtering never reads the neighbouring tile.
    inset = 0.5 / tile_px
    u = np.clip(column / resolution, inset, 1.0 - inset)
    v = np.clip(row / resolution, inset, 1.0 - inset)
    rows = atlas_rows(view_count)
    return np.column_stack([(view % 2 + u) / 2, 1.0 - (view // 2 + v) / rows])


def atlas_rows(view_count: int) -> int:
    """Tile rows of the atlas: two tiles per row, one row for two views."""
    return (view_count + 1) // 2


def atlas_image(
    views: list[View], frames: list[Frame], tile_px: int, resolution: int
) -> Image.Image:
    """The views framed like the grid, colours bled past their outlines, two tiles a row."""
    rows = atlas_rows(len(views))
    tiles = [
        projected_texture(
            view.source, view.found.color_mask, view.analysis_scale, frame, tile_px, resolution
        )
        for view, frame in zip(views, frames, strict=True)
    ]
    filler = tuple(int(c) for c in np.asarray(tiles[0]).reshape(-1, 3).mean(axis=0))
    atlas = Image.new("RGB", (2 * tile_px, rows * tile_px), filler)
    for index, tile in enumerate(tiles):
        atlas.paste(tile, (index % 2 * tile_px, index // 2 * tile_px))
    return atlas


def textured_mesh(
    mesh: trimesh.Trimesh,
    depths: DepthMaps,
    view_count: int,
    resolution: int,
    atlas: Image.Image,
) -> trimesh.Trimesh:
    """Project each face from its best view; glTF axes (+Y up, front +Z), centred, size 1.

    Vertices are split where neighbouring faces use different views (UV seams), so the
    surface is closed as geometry while its vertex list carries one UV per view.
    """
    vertices = np.asarray(mesh.vertices, np.float64)
    faces = np.asarray(mesh.faces, np.int64)
    # (row, x, z) -> (x, -row, z) is a proper rotation, so the winding is kept.
    positions = np.column_stack([vertices[:, 1], -vertices[:, 0], vertices[:, 2]])
    if trimesh.Trimesh(vertices=positions, faces=faces, process=False).volume < 0:
        faces = faces[:, ::-1]
    oriented = trimesh.Trimesh(vertices=vertices, faces=faces, process=False)
    smooth = np.asarray(oriented.vertex_normals)[faces].sum(axis=1)
    smooth /= np.maximum(np.linalg.norm(smooth, axis=1, keepdims=True), 1e-12)
    # Normals stay in grid axes: choose_views compares them with grid view directions.
    view = choose_views(vertices, faces, smooth, depths, view_count)
    corners, corner_view = faces.ravel(), np.repeat(view, 3)
    keys, split_faces = np.unique(corners * 4 + corner_view, return_inverse=True)
    source, vertex_view = keys // 4, keys % 4
    tile_px = atlas.height // atlas_rows(view_count)
    uv = projected_uv(vertices[source], vertex_view, view_count, resolution, tile_px)
    placed = positions[source]
    lower, upper = placed.min(axis=0), placed.max(axis=0)
    placed = (placed - (lower + upper) / 2) / float((upper - lower).max())
    result = trimesh.Trimesh(vertices=placed, faces=split_faces.reshape(-1, 3), process=False)
    result.visual = texture_visuals(uv, atlas)
    return result
