"""Drop shadows on a plain backdrop: found and left out of the object's mask.

A shadow is the backdrop's own colour, darker: its chroma stays the backdrop's, and its
outline against the backdrop is soft (a blur many pixels wide) where an object's outline is
sharp. Both are needed: a black silhouette on white has the backdrop's chroma too, but an
edge one or two pixels wide; a grey object part is not left out either, for the same reason.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

#: Chroma (Lab a*, b*) this close to the backdrop's counts as the backdrop's colour. A
#: cream object's shaded side lies 3-8 from white: at 6 a drawn cream vase lost the 12 %
#: of it that touched its shadow. JPEG's chroma noise leaves a little more of a shadow at 3
#: (the drawn ball's mask IoU at q50: 0.979 at 6, 0.972 at 3).
_CHROMA_DELTA = 3.0
#: A shadow is at least this much darker than the backdrop (L*) somewhere...
_MIN_DARKENING_L = 6.0
#: ...and never darker than this share of the backdrop's lightness (ink, not shade).
_MIN_LIGHTNESS_SHARE = 0.25
#: The outline's transition width (its darkening over the gradient across it), in pixels
#: of a 512-pixel picture, from which it is soft. Sharp edges measure 2-3 (the gradient is
#: taken after a 1-pixel blur); a shadow blurred by a few pixels far more.
_SOFT_EDGE_PX = 6.0
#: Share of a candidate's outline against the backdrop that has to be soft.
_SOFT_SHARE = 0.6
#: A lightness step steeper than this (L* per pixel of a 512-pixel picture) is an object's
#: outline, never inside a shadow: the drawn drop shadows measure at most 3.4 inside their
#: penumbra, a shaded stem's outline against the shadow beside it 18-24. Candidates are cut
#: along such steps, so an object's own grey, shaded side touching its shadow is judged
#: apart from the shadow (a cream mushroom stem's dark side was taken away with it).
_SHARP_L_PER_PX = 4.0
_CUT_WIDTH_PX = 3
#: Candidates smaller than this share of the mask are left alone (specks, anti-aliasing).
_MIN_SHARE = 0.005
#: A candidate covering more than this share of the mask is the object itself.
_MAX_SHARE = 0.6


def without_drop_shadow(
    lab: NDArray[np.float32], mask: NDArray[np.bool_], backdrop: NDArray[np.float32]
) -> tuple[NDArray[np.bool_], bool]:
    """``mask`` without the soft, backdrop-coloured darkening around the object; and whether
    anything was removed. ``lab`` is the picture in Lab, ``backdrop`` its backdrop colour."""
    lightness = lab[..., 0]
    chroma_delta = np.linalg.norm(lab[..., 1:] - backdrop[1:], axis=2)
    darkening = float(backdrop[0]) - lightness
    candidate = (
        mask
        & (chroma_delta < _CHROMA_DELTA)
        & (darkening > 0.0)
        & (lightness > _MIN_LIGHTNESS_SHARE * float(backdrop[0]))
    )
    if not candidate.any():
        return mask, False
    gradient = _gradient(lightness)
    sharp = candidate & (gradient > _SHARP_L_PER_PX * 512.0 / max(mask.shape))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        (candidate & ~sharp).astype(np.uint8), connectivity=8
    )
    area = int(mask.sum())
    reached = cv2.dilate(np.maximum(darkening, 0.0).astype(np.float32), np.ones((3, 3), np.uint8))
    ring = cv2.dilate((~mask).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    edge_px = _SOFT_EDGE_PX * max(mask.shape) / 512.0
    shadow = np.zeros_like(mask)
    for index in range(1, count):
        size = int(stats[index, cv2.CC_STAT_AREA])
        if not _MIN_SHARE * area <= size <= _MAX_SHARE * area:
            continue
        component = labels == index
        if float(darkening[component].max()) < _MIN_DARKENING_L:
            continue
        border = component & ring  # its pixels next to the backdrop
        if not border.any():
            continue
        # The transition width at each border pixel: how far the darkening reached next to
        # it takes to build up at the slope there (a sharp edge: about the blur, 2-3 px).
        width = reached[border] / np.maximum(gradient[border], 1e-3)
        if float((width > edge_px).mean()) >= _SOFT_SHARE:
            shadow |= component
    if not shadow.any():
        return mask, False
    # The cut itself: where a shadow meets the object its last pixels are steep too, over
    # about the width of the gradient's blur.
    for _ in range(_CUT_WIDTH_PX):
        grown = cv2.dilate(shadow.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        shadow |= sharp & grown
    return mask & ~shadow, True


def _gradient(lightness: NDArray[np.float32]) -> NDArray[np.float32]:
    """Lightness change per pixel, lightly smoothed so JPEG grain does not look sharp."""
    smooth = cv2.GaussianBlur(lightness, (0, 0), 1.0)
    d_x = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    d_y = cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    return np.asarray(np.hypot(d_x, d_y), np.float32)
