"""Foreground masks for single images (alpha, border flood fill, GrabCut) and framing."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import cv2
import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from meshforge.engines.base import EngineInputError

MaskMethod = Literal["alpha", "border_fill", "grabcut"]

#: Alpha is trusted only when the transparent share is in this range: a single stray
#: semi-transparent pixel (skimage's horse.png) or an all-transparent canvas is not a cutout.
_ALPHA_FRACTION_RANGE = (0.01, 0.99)
_ALPHA_THRESHOLD = 128
#: The border counts as uniform when this share of it lies near its median Lab colour.
_UNIFORM_BORDER_SHARE = 0.75
_UNIFORM_BORDER_DELTA_E = 10.0
#: GrabCut is O(pixels x iterations); it runs on a copy this large and is upsampled.
_GRABCUT_PX = 256
_GRABCUT_ITERATIONS = 3
_GRABCUT_INSET = 0.05
#: Components smaller than this share of the largest are dropped as specks; bigger ones are
#: parts of the object (letters of a logo, a head that GrabCut cut off at a dark collar).
#: The less trustworthy the mask, the larger a part must be to be kept.
_PART_SHARE: dict[MaskMethod, float] = {"alpha": 0.02, "border_fill": 0.05, "grabcut": 0.2}


@dataclass(frozen=True)
class ForegroundMask:
    """A boolean foreground mask, the pixels whose colours may texture it, and the method."""

    mask: NDArray[np.bool_]
    method: MaskMethod
    #: foreground pixels that show the object's colour (excludes background-coloured slivers)
    color_mask: NDArray[np.bool_]


def foreground_mask(rgba: NDArray[np.uint8], has_alpha: bool, seed: int) -> ForegroundMask:
    """Find the object in an RGBA image (alpha, then uniform border, then GrabCut)."""
    alpha = rgba[..., 3]
    opaque = alpha >= _ALPHA_THRESHOLD
    if has_alpha and not opaque.any():
        raise EngineInputError(
            "The image is fully transparent, so there is no object to model. "
            "Upload an image whose object is opaque."
        )
    transparent_share = 1.0 - float(opaque.mean())
    low, high = _ALPHA_FRACTION_RANGE
    rgb = np.ascontiguousarray(rgba[..., :3])
    method: MaskMethod
    backdrop_colored: NDArray[np.bool_] | None = None
    if has_alpha and low < transparent_share < high:
        method = "alpha"
        # Holes in a cutout are meant (a ring, the gap under an arm), so they stay.
        mask = _cleaned(opaque, fill_holes=False, parts_share=_PART_SHARE[method])
    else:
        border_fill = _border_background(rgb)
        if border_fill is not None:
            method = "border_fill"
            background, backdrop_colored = border_fill
            raw = ~background
        else:
            method, raw = "grabcut", _grabcut(rgb, seed)
        mask = _cleaned(raw, fill_holes=True, parts_share=_PART_SHARE[method])
    if not mask.any():
        raise EngineInputError(
            "No object could be separated from the background. Use an image with a "
            "transparent background, or an object on a plain, evenly coloured background."
        )
    color_mask = mask
    if backdrop_colored is not None:
        color_mask = mask & ~_slivers(mask & backdrop_colored)
    return ForegroundMask(mask=mask, method=method, color_mask=color_mask)


def _slivers(region: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Thin parts of ``region``: background seen through narrow gaps the hole fill closed.

    Wide background-coloured areas (a white shirt on white) survive the opening and keep
    their colour; only slivers a few pixels wide are dropped from the texture.
    """
    radius = 2 * max(1, round(max(region.shape) / 256))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    wide = cv2.morphologyEx(region.astype(np.uint8), cv2.MORPH_OPEN, kernel) > 0
    slivers: NDArray[np.bool_] = region & ~wide
    return slivers


def _border_background(
    rgb: NDArray[np.uint8],
) -> tuple[NDArray[np.bool_], NDArray[np.bool_]] | None:
    """Background connected to the border and all backdrop-coloured pixels, or None.

    None means the border is not uniform, so a flood fill cannot find the background.
    """
    lab = cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    ring = max(1, round(max(rgb.shape[:2]) / 256))
    border = np.zeros(rgb.shape[:2], bool)
    border[:ring], border[-ring:], border[:, :ring], border[:, -ring:] = True, True, True, True
    border_lab = lab[border]
    reference = np.median(border_lab, axis=0)
    border_delta = np.linalg.norm(border_lab - reference, axis=1)
    if float((border_delta < _UNIFORM_BORDER_DELTA_E).mean()) < _UNIFORM_BORDER_SHARE:
        return None
    # Tolerance follows the border's own noise so JPEG grain and soft vignettes still fill.
    tolerance = float(np.clip(2.5 * np.percentile(border_delta, 75), 6.0, 20.0))
    near = np.linalg.norm(lab - reference, axis=2) < tolerance
    labels, _ = ndimage.label(near)
    touching = np.unique(labels[border & near])
    background: NDArray[np.bool_] = np.isin(labels, touching[touching > 0])
    return background, near


def _grabcut(rgb: NDArray[np.uint8], seed: int) -> NDArray[np.bool_]:
    """GrabCut seeded with an inset rectangle, run small and upsampled to the image size."""
    height, width = rgb.shape[:2]
    scale = min(1.0, _GRABCUT_PX / max(height, width))
    small_size = (max(8, round(width * scale)), max(8, round(height * scale)))
    small = cv2.resize(rgb, small_size, interpolation=cv2.INTER_AREA)
    inset_x = max(1, round(small_size[0] * _GRABCUT_INSET))
    inset_y = max(1, round(small_size[1] * _GRABCUT_INSET))
    rect = (inset_x, inset_y, small_size[0] - 2 * inset_x, small_size[1] - 2 * inset_y)
    labels = np.zeros(small.shape[:2], np.uint8)
    background_model = np.zeros((1, 65), np.float64)
    foreground_model = np.zeros((1, 65), np.float64)
    # GrabCut's GMM initialisation draws from OpenCV's thread-local RNG.
    cv2.setRNGSeed(seed % (2**31))
    cv2.grabCut(
        cv2.cvtColor(small, cv2.COLOR_RGB2BGR),
        labels,
        rect,
        background_model,
        foreground_model,
        _GRABCUT_ITERATIONS,
        cv2.GC_INIT_WITH_RECT,
    )
    small_mask = np.isin(labels, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.float32)
    full = cv2.resize(small_mask, (width, height), interpolation=cv2.INTER_LINEAR)
    result: NDArray[np.bool_] = full > 0.5
    return result


def _cleaned(mask: NDArray[np.bool_], fill_holes: bool, parts_share: float) -> NDArray[np.bool_]:
    """Open away specks, optionally fill holes, keep the largest part(s)."""
    radius = max(1, round(max(mask.shape) / 256))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    opened = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, kernel) > 0
    if fill_holes:
        opened = ndimage.binary_fill_holes(opened)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        opened.astype(np.uint8), connectivity=8
    )
    if count <= 1:
        return np.zeros_like(mask)
    areas = stats[1:, cv2.CC_STAT_AREA]
    keep = 1 + np.flatnonzero(areas >= parts_share * areas.max())
    kept: NDArray[np.bool_] = np.isin(labels, keep)
    return kept


#: Image-like arrays cv2 resamples: integer or floating pixels, any channel count.
Pixels = NDArray[np.integer[Any] | np.floating[Any]]


@dataclass(frozen=True)
class Frame:
    """A square window of the source image: top-left corner and side, in source pixels."""

    left: float
    top: float
    side: float


def object_frame(mask: NDArray[np.bool_], mask_scale: float, foreground_ratio: float) -> Frame:
    """Square window around the mask's bounding box where the object fills the given ratio."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    top, bottom = rows[0] / mask_scale, (rows[-1] + 1) / mask_scale
    left, right = cols[0] / mask_scale, (cols[-1] + 1) / mask_scale
    side = max(bottom - top, right - left) / foreground_ratio
    return Frame(left=(left + right - side) / 2, top=(top + bottom - side) / 2, side=side)


def warp(image: Pixels, image_scale: float, frame: Frame, out_px: int, border: float) -> Pixels:
    """Resample ``frame`` (source pixels) of an image stored at ``image_scale`` to out_px²."""
    left, top, side = (frame.left * image_scale, frame.top * image_scale, frame.side * image_scale)
    # Only the framed part is resampled: big photos are not shrunk as a whole.
    height, width = image.shape[:2]
    x0, y0 = max(0, math.floor(left) - 2), max(0, math.floor(top) - 2)
    x1, y1 = min(width, math.ceil(left + side) + 2), min(height, math.ceil(top + side) + 2)
    image, left, top = image[y0:y1, x0:x1], left - x0, top - y0
    zoom = out_px / side
    if zoom < 0.5:
        # warpAffine has no area filter; pre-shrink so it never skips whole source pixels.
        size = (max(1, round(image.shape[1] * 2 * zoom)), max(1, round(image.shape[0] * 2 * zoom)))
        shrink = size[0] / image.shape[1]
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        left, top, zoom = left * shrink, top * shrink, zoom / shrink
    # Pixel centres: source (i + 0.5) maps to output (j + 0.5).
    shift_x = (0.5 - left) * zoom - 0.5
    shift_y = (0.5 - top) * zoom - 0.5
    matrix = np.array([[zoom, 0.0, shift_x], [0.0, zoom, shift_y]])
    warped: Pixels = cv2.warpAffine(
        np.ascontiguousarray(image),
        matrix,
        (out_px, out_px),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )
    return warped


def warp_mask(
    mask: NDArray[np.bool_], mask_scale: float, frame: Frame, out_px: int
) -> NDArray[np.bool_]:
    """The mask resampled into the frame at ``out_px``² (bilinear, then thresholded)."""
    warped = warp(mask.astype(np.float32), mask_scale, frame, out_px, 0.0)
    result: NDArray[np.bool_] = np.asarray(warped) > 0.5
    return result


def signed_distance(mask: NDArray[np.bool_]) -> NDArray[np.float32]:
    """Signed distance (pixels) to the mask outline, positive inside, outline between pixels."""
    inside = cv2.distanceTransform(mask.astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    outside = cv2.distanceTransform((~mask).astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    return np.where(mask, inside - 0.5, 0.5 - outside).astype(np.float32)


def warp_distance(
    mask: NDArray[np.bool_], mask_scale: float, frame: Frame, out_px: int
) -> NDArray[np.float32]:
    """The mask's signed distance resampled into the frame, in output pixels.

    Interpolating a distance field, unlike thresholding a resampled mask, keeps the
    outline sub-pixel accurate: slanted edges do not turn into staircases.
    """
    zoom = out_px / (frame.side * mask_scale)
    far_outside = -float(out_px)
    warped = warp(signed_distance(mask), mask_scale, frame, out_px, far_outside / zoom)
    return (np.asarray(warped, np.float32) * np.float32(zoom)).astype(np.float32)
