"""Source images for the inflation engines: checked, resized and framed onto the grid.

A frame is a square window of the source image; the engines resample it to the
resolution² working grid (masks as sub-pixel signed distances) and to the texture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from meshforge.engines.base import EngineInputError, GenerationRequest

#: Masks are found on a copy at most this large; the texture is sampled from the original.
ANALYSIS_PX = 1024

#: Image-like arrays cv2 resamples: integer or floating pixels, any channel count.
Pixels = NDArray[np.integer[Any] | np.floating[Any]]


def validated_image(request: GenerationRequest) -> NDArray[np.uint8]:
    """The request's RGBA image, or an EngineInputError saying what is wrong with it."""
    image = request.image
    if image is None:
        raise EngineInputError("image_to_3d needs an input image.")
    if image.ndim != 3 or image.shape[2] != 4 or image.dtype != np.uint8:
        raise EngineInputError(f"Expected an RGBA uint8 image, got {image.dtype} {image.shape}.")
    if min(image.shape[:2]) < 8:
        raise EngineInputError("The image is too small; upload one at least 8 pixels wide.")
    return np.ascontiguousarray(image)


def resized(image: NDArray[np.uint8], scale: float) -> NDArray[np.uint8]:
    """``image`` scaled by ``scale`` (area-averaged when shrinking)."""
    if scale >= 1.0:
        return image
    height, width = image.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), np.uint8)


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
    """Signed distance (pixels) to the mask outline, positive inside, outline between pixels.

    The picture's edge counts as outline where the mask touches it: an object cut off by
    the edge ends there. (Measured from the nearest background pixel inside the picture
    instead, the distance at the edge of the astronaut photo's cut-off body was tens of
    pixels, so the sub-pixel outline correction raised a cliff there and the surface folded.)
    """
    framed = np.pad(mask, 1, constant_values=False).astype(np.uint8)
    inside = cv2.distanceTransform(framed, cv2.DIST_L2, cv2.DIST_MASK_PRECISE)[1:-1, 1:-1]
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


def object_crop(
    distance: NDArray[np.float32], margin_px: int
) -> tuple[NDArray[np.float32], tuple[int, int]]:
    """``distance`` cropped to the object (``distance > 0``) plus a margin; crop origin.

    The margin lies outside the grid where the object touches its edge, so it is filled
    with the distance it would have there (negative: outside).
    """
    inside = distance > 0
    rows = np.flatnonzero(inside.any(axis=1))
    cols = np.flatnonzero(inside.any(axis=0))
    padded = np.pad(distance, margin_px, constant_values=-float(margin_px))
    crop = padded[rows[0] : rows[-1] + 1 + 2 * margin_px, cols[0] : cols[-1] + 1 + 2 * margin_px]
    return crop, (int(rows[0]) - margin_px, int(cols[0]) - margin_px)
