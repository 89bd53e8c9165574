"""Multi-view strips: split into views, frame them on one grid, texture the hull from them.

Convention (documented in the API): views are laid out left to right in the order front,
right, back, left, separated by fully transparent columns. View k is the orthographic
picture a camera takes after orbiting the object by 90k degrees about +Y: front from +Z,
right from +X, back from -Z, left from -X (as ``MeshRenderer.render(90 * k)`` draws it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.engines.base import EngineInputError
from meshforge.engines.framing import ANALYSIS_PX, Frame, resized, warp_distance
from meshforge.engines.inflation import projected_texture
from meshforge.engines.masking import ForegroundMask, foreground_mask
from meshforge.mesh.texture import texture_visuals

VIEW_ORDER = ("front", "right", "back", "left")
MIN_VIEWS, MAX_VIEWS = 2, len(VIEW_ORDER)
_LAYOUT_HINT = (
    "Lay 2 to 4 views of the object side by side in one transparent PNG, in the order "
    "front, right, back, left (each turned 90 degrees), separated by fully transparent columns."
)
#: Columns whose alpha stays at or below this over the whole height count as gaps (a few
#: near-invisible pixels from resampling should not glue two views together).
_GAP_ALPHA_MAX = 8
#: Opaque runs narrower than this (pixels, grows with the strip's height) are slivers, not views.
_MIN_VIEW_PX = 3
#: Transparent padding (share of the view height) so every view keeps a transparent border.
_PAD_SHARE = 0.05
_MIN_OBJECT_PX = 4
_MAX_OUTLINE_UPSAMPLE = 4


@dataclass(frozen=True)
class View:
    """One view of the strip: its pixels (padded), foreground mask and bounding box."""

    name: str
    #: RGBA pixels of the view, padded with transparent columns on both sides
    source: NDArray[np.uint8]
    found: ForegroundMask  #: mask at ``analysis_scale`` of ``source``
    analysis_scale: float
    #: bounding box of the mask in source pixels: top, bottom, left, right (edges, not centres)
    box: tuple[float, float, float, float]

    @property
    def height(self) -> float:
        """Height of the object's bounding box in source pixels."""
        return self.box[1] - self.box[0]

    @property
    def width(self) -> float:
        """Width of the object's bounding box in source pixels."""
        return self.box[3] - self.box[2]


def split_strip(image: NDArray[np.uint8], has_alpha: bool) -> list[tuple[int, int]]:
    """Column ranges [start, end) of the views, or an EngineInputError explaining the layout."""
    if not has_alpha:
        raise EngineInputError(
            "multi_image needs a transparent PNG strip: the alpha channel separates the "
            f"views. {_LAYOUT_HINT}"
        )
    occupied = (image[..., 3] > _GAP_ALPHA_MAX).any(axis=0)
    edges = np.flatnonzero(np.diff(np.concatenate([[False], occupied, [False]]).astype(np.int8)))
    min_px = max(_MIN_VIEW_PX, round(image.shape[0] / 256))
    runs = [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2], strict=True)]
    runs = [(start, end) for start, end in runs if end - start >= min_px]
    if not MIN_VIEWS <= len(runs) <= MAX_VIEWS:
        raise EngineInputError(f"multi_image found {len(runs)} view(s). {_LAYOUT_HINT}")
    return runs


def read_views(image: NDArray[np.uint8], has_alpha: bool, seed: int) -> list[View]:
    """Split the strip and find each view's object (alpha mask, cleaned) and bounding box."""
    views = []
    for index, (start, end) in enumerate(split_strip(image, has_alpha)):
        pad = max(2, math.ceil(_PAD_SHARE * image.shape[0]))
        source = np.pad(image[:, start:end], ((0, 0), (pad, pad), (0, 0)))
        scale = min(1.0, ANALYSIS_PX / max(source.shape[:2]))
        found = foreground_mask(resized(source, scale), True, seed)
        rows = np.flatnonzero(found.mask.any(axis=1))
        cols = np.flatnonzero(found.mask.any(axis=0))
        box = (rows[0] / scale, (rows[-1] + 1) / scale, cols[0] / scale, (cols[-1] + 1) / scale)
        if min(box[1] - box[0], box[3] - box[2]) * scale < _MIN_OBJECT_PX:
            raise EngineInputError(
                f"The {VIEW_ORDER[index]} view is too small to use; make each view's object "
                "at least a few pixels wide and tall."
            )
        views.append(View(VIEW_ORDER[index], source, found, scale, box))
    return views


def view_frames(views: list[View], resolution: int, margin_px: float) -> list[Frame]:
    """Square source windows that map each view onto the resolution² grid.

    The object's height is the same from every side, so every view's bounding box height
    maps to one common height; each view is centred horizontally on its box centre. The
    common height is chosen so the tallest or widest view fills the grid inside the margin.
    """
    usable = resolution - 2.0 * margin_px
    aspect = max(max(view.width / view.height for view in views), 1.0)
    height_px = usable / aspect
    frames = []
    for view in views:
        zoom = height_px / view.height
        side = resolution / zoom
        top, _, left, right = view.box
        frames.append(
            Frame(
                left=(left + right - side) / 2,
                top=top - (resolution - height_px) / 2 / zoom,
                side=side,
            )
        )
    return frames


def silhouette_distances(
    views: list[View], frames: list[Frame], resolution: int
) -> list[NDArray[np.float32]]:
    """Each view's signed distance to its outline on the grid (voxels, positive inside).

    The outline comes from the alpha channel's partial coverage, upsampled until a source
    pixel is under half a voxel: a thresholded mask would put the outline on pixel edges,
    and its staircase would show as terraces on the hull.
    """
    distances = []
    for view, frame in zip(views, frames, strict=True):
        voxels_per_pixel = resolution / (frame.side * view.analysis_scale)
        upsample = int(np.clip(math.ceil(2 * voxels_per_pixel), 1, _MAX_OUTLINE_UPSAMPLE))
        alpha = resized(view.source, view.analysis_scale)[..., 3].astype(np.float32) / 255
        # Only the parts the cleaned mask kept (no specks), grown by a pixel for the rim.
        kept = cv2.dilate(view.found.mask.astype(np.uint8), np.ones((3, 3), np.uint8))
        height, width = alpha.shape
        size = (width * upsample, height * upsample)
        fine = cv2.resize(alpha, size, interpolation=cv2.INTER_LINEAR) >= 0.5
        fine &= cv2.resize(kept, size, interpolation=cv2.INTER_NEAREST) > 0
        scale = view.analysis_scale * upsample
        distances.append(warp_distance(fine, scale, frame, resolution))
    return distances


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


def depth_maps(field: NDArray[np.float32], origin: tuple[int, int, int], stride: int) -> DepthMaps:
    """Depth maps of the inside-positive ``field`` (cropped at ``origin``), every ``stride``."""
    occupied = field[::stride, ::stride, ::stride] > 0
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
