"""Foreground masks for single images: alpha, border flood fill, or a photo's subject.

On a plain backdrop the background is flood-filled from the border; a backdrop-coloured
region of the object that the fill swallows (a white stripe reaching a badge's outline) is
given back when U²-Net-p, asked about that region alone, sees it as part of the object
(``border_fill+u2netp``). A photo without a plain backdrop is cut by U²-Net-p's
salient-object probability refined by GrabCut (``u2netp+grabcut``), then by the network's
mask alone, then by GrabCut from a rectangle (``grabcut``); a mask that keeps only
fragments of the subject (a cat's eyes and nose) is passed over for the next. Callers that
cut many views (the multi-view engine) leave ``network_first`` off: GrabCut first, the
network only when GrabCut keeps fragments, and no second look at a border fill. ``method``
says which won.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from meshforge.engines.base import EngineInputError
from meshforge.engines.silhouette.continuation import continued_openings
from meshforge.engines.silhouette.grabcut import grabcut_mask
from meshforge.engines.silhouette.saliency import salient_probability
from meshforge.engines.silhouette.shadows import without_drop_shadow

MaskMethod = Literal[
    "alpha", "border_fill", "border_fill+u2netp", "u2netp+grabcut", "u2netp", "grabcut"
]

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
_PART_SHARE: dict[MaskMethod, float] = {
    "alpha": 0.02,
    "border_fill": 0.05,
    "border_fill+u2netp": 0.05,
    "u2netp+grabcut": 0.2,
    "u2netp": 0.2,
    "grabcut": 0.2,
}
_OPENED: frozenset[MaskMethod] = frozenset({"u2netp+grabcut", "u2netp", "grabcut"})
#: A mask of several parts whose area is below this share of their convex hull is taken
#: for fragments of one subject (eyes and nose without the face), not an object.
_WHOLE_HULL_SHARE = 0.45
#: A backdrop-coloured region inside the object's convex hull is an enclosed region when it
#: covers at least this share of the hull and at least this share of its outline borders
#: the object (a white stripe of a badge, open to the backdrop only where it meets the
#: badge's outline; the gap between two legs is enclosed too, the notch between a star's
#: points not: about half its outline is open).
_ENCLOSED_MIN_SHARE = 0.03
_ENCLOSED_OUTLINE_SHARE = 0.8
#: ...and it is given back when the network's mean probability over it reaches this. The
#: network is less sure of such regions than of whole objects: the gap under a drawn table
#: top between its legs measured 0.64, a shield's white stripe reaching its tip 0.81, a
#: round badge's stripe through its rim 0.95, a person's gap between the legs 0.10.
_ENCLOSED_SALIENCE_MIN = 0.75
#: A subject covers at least this share of the photo (a rocket on its pad: 2 %).
_MIN_SUBJECT_SHARE = 0.005


@dataclass(frozen=True)
class ForegroundMask:
    """A boolean foreground mask, the pixels whose colours may texture it, and the method."""

    mask: NDArray[np.bool_]
    method: MaskMethod
    #: foreground pixels that show the object's colour (excludes background-coloured slivers)
    color_mask: NDArray[np.bool_]


def foreground_mask(
    rgba: NDArray[np.uint8], has_alpha: bool, seed: int, network_first: bool = False
) -> ForegroundMask:
    """Find the object in an RGBA image (alpha, uniform border, then the photo's subject).

    ``network_first`` runs the salient-object network before GrabCut on photos (about
    0.2 s more, better on busy or low-contrast ones and on hair and thin tips), and lets it
    judge enclosed backdrop-coloured regions of a border fill. Without it (the multi-view
    engine, cutting many views within its memory budget) the network runs only when GrabCut
    keeps fragments.
    """
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
            background, backdrop_colored, lab, backdrop = border_fill
            raw, _ = without_drop_shadow(lab, ~background, backdrop)
            mask = _cleaned(raw, fill_holes=True, method=method)
            if network_first:
                mask, given_back = _with_enclosed_regions(rgb, mask, background, backdrop_colored)
                if given_back:
                    method = "border_fill+u2netp"
        else:
            method, mask = _subject(rgb, seed, network_first)
    if not mask.any():
        raise EngineInputError(
            "No object could be separated from the background. Use an image with a "
            "transparent background, or an object on a plain, evenly coloured background."
        )
    color_mask = mask
    if backdrop_colored is not None:
        color_mask = mask & ~_slivers(mask & backdrop_colored)
    return ForegroundMask(mask=mask, method=method, color_mask=color_mask)


def _subject(
    rgb: NDArray[np.uint8], seed: int, network_first: bool
) -> tuple[MaskMethod, NDArray[np.bool_]]:
    """The photo's subject: the first whole mask of GrabCut and the salient-object methods.

    Without ``network_first`` GrabCut runs first because it is cheap (about 0.05 s); the
    network costs 0.2-0.3 s of CPU at its reduced input, so it then runs only when GrabCut
    keeps fragments.
    """
    grabcut = None
    if not network_first:
        grabcut = _cleaned(grabcut_mask(rgb, seed), True, "grabcut")
        if is_whole(grabcut):
            return "grabcut", grabcut
    probability = salient_probability(rgb)
    if probability is not None:
        refined = _cleaned(grabcut_mask(rgb, seed, probability), True, "u2netp+grabcut")
        if is_whole(refined):
            return "u2netp+grabcut", refined
        salient = _cleaned(probability > 0.5, True, "u2netp")
        if is_whole(salient):
            return "u2netp", salient
    if grabcut is None:
        grabcut = _cleaned(grabcut_mask(rgb, seed), True, "grabcut")
    return "grabcut", grabcut


def is_whole(mask: NDArray[np.bool_]) -> bool:
    """False for a (nearly) empty mask or scattered parts covering little of their hull."""
    if float(mask.mean()) < _MIN_SUBJECT_SHARE:
        return False
    count, _ = cv2.connectedComponents(mask.astype(np.uint8), connectivity=8)
    if count <= 2:  # the background and one part
        return True
    points = cv2.findNonZero(mask.astype(np.uint8))
    hull_area = cv2.contourArea(cv2.convexHull(points))
    return float(mask.sum()) >= _WHOLE_HULL_SHARE * max(hull_area, 1.0)


def _with_enclosed_regions(
    rgb: NDArray[np.uint8],
    mask: NDArray[np.bool_],
    background: NDArray[np.bool_],
    backdrop_colored: NDArray[np.bool_],
) -> tuple[NDArray[np.bool_], bool]:
    """``mask`` with the enclosed backdrop-coloured regions that the network sees as part of
    the object given back to it; and whether any was.

    A flood fill from the border cannot tell a white stripe that reaches a badge's outline
    from the white backdrop: there is no edge between them. Whether such a region is the
    object's or a gap in it (between legs, inside a handle) is a question of what the
    picture shows, which U²-Net-p answers; it runs only when there is such a region. Where
    a given region opens onto the backdrop, the outline beside the opening is continued
    across it (``continuation``): a shield's stripe down to its tip.
    """
    regions = enclosed_regions(mask, background)
    if not regions:
        return mask, False
    probability = salient_probability(rgb)
    if probability is None:
        return mask, False
    given = np.zeros_like(mask)
    for region in regions:
        if float(probability[region].mean()) >= _ENCLOSED_SALIENCE_MIN:
            given |= region
    if not given.any():
        return mask, False
    closed = continued_openings(mask, given, backdrop_colored)
    return _cleaned(mask | given | closed, fill_holes=True, method="border_fill+u2netp"), True


def enclosed_regions(
    mask: NDArray[np.bool_], background: NDArray[np.bool_]
) -> list[NDArray[np.bool_]]:
    """Regions of ``background`` inside the convex hull of ``mask`` that are mostly bounded
    by the object (see ``_ENCLOSED_OUTLINE_SHARE``), each as a full-size mask."""
    points = cv2.findNonZero(mask.astype(np.uint8))
    if points is None:
        return []
    hull = np.zeros(mask.shape, np.uint8)
    cv2.fillConvexPoly(hull, cv2.convexHull(points), 1)
    inside = (hull > 0) & background & ~mask
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        inside.astype(np.uint8), connectivity=4
    )
    min_area = _ENCLOSED_MIN_SHARE * float(hull.sum())
    ring = np.ones((3, 3), np.uint8)
    beside_object = cv2.dilate(mask.astype(np.uint8), ring) > 0
    regions = []
    for index in range(1, count):
        if stats[index, cv2.CC_STAT_AREA] < min_area:
            continue
        region = labels == index
        # Its outline: its pixels with a neighbour outside it (the picture's edge counts).
        outline = region & ~(cv2.erode(region.astype(np.uint8), ring, borderValue=0) > 0)
        if float(beside_object[outline].mean()) >= _ENCLOSED_OUTLINE_SHARE:
            regions.append(region)
    return regions


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
) -> tuple[NDArray[np.bool_], NDArray[np.bool_], NDArray[np.float32], NDArray[np.float32]] | None:
    """Background connected to the border, all backdrop-coloured pixels, the picture in Lab
    and the backdrop's Lab colour; or None.

    None means the border is not uniform, so a flood fill cannot find the background.
    """
    lab = np.asarray(cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab), np.float32)
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
    near: NDArray[np.bool_] = np.linalg.norm(lab - reference, axis=2) < tolerance
    labels, _ = ndimage.label(near)
    touching = np.unique(labels[border & near])
    background: NDArray[np.bool_] = np.isin(labels, touching[touching > 0])
    return background, near, lab, np.asarray(reference, np.float32)


def _cleaned(mask: NDArray[np.bool_], fill_holes: bool, method: MaskMethod) -> NDArray[np.bool_]:
    """Drop specks (GrabCut: open them away), optionally fill holes, keep the largest parts."""
    cleaned = mask
    if method in _OPENED:
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
