"""Multi-view strips: split into views, find each view's object, frame them on one grid.

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
from numpy.typing import NDArray

from meshforge.engines.base import EngineInputError
from meshforge.engines.silhouette.foreground import ForegroundMask, foreground_mask
from meshforge.engines.silhouette.framing import ANALYSIS_PX, Frame, resized, warp_distance

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
