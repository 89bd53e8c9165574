"""Foreground masks for single images: alpha, border flood fill, or GrabCut (refined)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from meshforge.engines.base import EngineInputError
from meshforge.engines.silhouette.grabcut import grabcut_mask

MaskMethod = Literal["alpha", "border_fill", "grabcut"]

#: Alpha is trusted only when the transparent share is in this range: a single stray
#: semi-transparent pixel (skimage's horse.png) or an all-transparent canvas is not a cutout.
_ALPHA_FRACTION_RANGE = (0.01, 0.99)
_ALPHA_THRESHOLD = 128
#: The border counts as uniform when this share of it lies near its median Lab colour.
_UNIFORM_BORDER_SHARE = 0.75
_UNIFORM_BORDER_DELTA_E = 10.0
#: Components smaller than this share of the largest are dropped as specks; bigger ones are
#: parts of the object (letters of a logo, a head that GrabCut cut off at a dark collar).
#: The less trustworthy the mask, the larger a part must be to be kept.
#: Only GrabCut's ragged outline is also opened: opening alpha or flood-fill masks shaved
#: the tips off stars and horses' ears (IoU 0.966 -> 0.979 on the drawn star at 256).
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
        mask = _cleaned(opaque, fill_holes=False, method=method)
    else:
        border_fill = _border_background(rgb)
        if border_fill is not None:
            method = "border_fill"
            background, backdrop_colored = border_fill
            raw = ~background
        else:
            method, raw = "grabcut", grabcut_mask(rgb, seed)
        mask = _cleaned(raw, fill_holes=True, method=method)
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


def _cleaned(mask: NDArray[np.bool_], fill_holes: bool, method: MaskMethod) -> NDArray[np.bool_]:
    """Drop specks (GrabCut: open them away), optionally fill holes, keep the largest parts."""
    cleaned = mask
    if method == "grabcut":
        radius = max(1, round(max(mask.shape) / 256))
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
        cleaned = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, kernel) > 0
    if fill_holes:
        cleaned = ndimage.binary_fill_holes(cleaned)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        cleaned.astype(np.uint8), connectivity=8
    )
    if count <= 1:
        return np.zeros_like(mask)
    areas = stats[1:, cv2.CC_STAT_AREA]
    keep = 1 + np.flatnonzero(areas >= _PART_SHARE[method] * areas.max())
    kept: NDArray[np.bool_] = np.isin(labels, keep)
    return kept
