"""Which shape prior fits a picture: revolve, extrude or inflate, with a confidence and why.

Flat graphics (logos, icons, badges) are told apart by their colours: almost every pixel
away from colour edges lies in a region of one flat colour, where shading, photos and
gradients vary smoothly. Round objects (vases, bottles, chess pieces) by their outline:
mirror-symmetric about a vertical axis with a single span per row; ears, legs, arms and
handles break that. The outline alone cannot tell a side view from a view from above (a
cup on its saucer seen from above is a symmetric ellipse too): a side view of a turned
object shows little inside its outline but shading and a few bands, a view from above
shows rims and what lies inside them, so an object with more colour edges inside than
``INNER_EDGES_MAX`` times its outline's length is not revolved. Anything else is inflated.
Graphics are tested first: a star or a badge is symmetric too, but a slab fits it better
than a solid of revolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray

Prior = Literal["revolve", "extrude", "inflate"]

#: The pictures are measured on a copy whose object's long side is this many pixels.
_FLATNESS_PX = 256
_SYMMETRY_PX = 128
#: A colour step steeper than this (levels per pixel, Sobel / 8) is an edge between regions;
#: shading and gradients stay well below it, anti-aliased outlines of drawn shapes above.
_EDGE_LEVELS = 12.0
#: Two flat tones of one colour (a button's teal rim and face, 30 levels apart) blurred by
#: JPEG q50 and the downscale step at 7-11 levels per pixel: below ``_EDGE_LEVELS`` they
#: are one region whose spread looks like shading (the button was revolved). A region that
#: is not flat is split again at this weaker step, and counts as flat when it falls into at
#: most ``_MAX_TONES`` flat pieces covering ``_TONES_COVER`` of it. Splitting every region
#: at this step instead took the folds of scikit-image's astronaut's suit for flat bands
#: (flat share 0.10 -> 0.66, extruded from 0.85).
_REGION_SPLIT_LEVELS = 7.0
_MAX_TONES = 3
_TONES_COVER = 0.9
#: A region is flat when its colours' standard deviation stays within JPEG noise: a badge's
#: thin gold ring saved at JPEG quality 50 measured 5.3 levels (4.0 took it for shading and
#: the badge was revolved); the least varied shaded region of the scripted pictures, 13.8.
_FLAT_STD_LEVELS = 8.0
#: Regions smaller than this share of the object do not vote (specks between edges).
_MIN_REGION_SHARE = 0.002
#: Share of the object's colour in flat regions from which it is a flat graphic.
FLAT_SHARE_MIN = 0.85
#: Mirror IoU of the outline with itself about its vertical axis, and share of rows that
#: cross the object once, from which it is a solid of revolution.
SYMMETRY_MIN = 0.93
SINGLE_SPAN_MIN = 0.9
#: An outline filling this much of its bounding box is a box or a card, not a vase: a
#: painting or a phone revolved would become a cylinder.
BOX_FILL_MAX = 0.93
#: Colour edges inside the object (4 pixels in from its outline) over the outline's length,
#: up to which it can be a side view of a turned object: the scripted round objects of the
#: development set measure 0.05-1.0 (2.5 for the bottle: its label's two bands), also as
#: JPEG; scikit-image's cup and saucer seen from above 8.5, its other photos 15-18.
INNER_EDGES_MAX = 4.5
_INNER_EDGES_SCALE = 2.0
_INNER_MARGIN_PX = 4


@dataclass(frozen=True)
class PriorChoice:
    """The prior used, how sure the choice is (0.5 = a coin toss, 1 = certain), and why."""

    prior: Prior
    confidence: float
    reason: str


@dataclass(frozen=True)
class OutlineShape:
    """What the outline and colours say: the measures the choice is made on."""

    flat_share: float  #: share of the object's colour pixels in flat regions
    symmetry: float  #: IoU of the mask with its mirror image about the vertical axis
    single_span: float  #: share of the object's rows that cross it once
    box_fill: float  #: mask area over bounding-box area
    inner_edges: float  #: colour edges inside the object over the length of its outline


def choose_prior(rgb: NDArray[np.uint8], mask: NDArray[np.bool_], requested: str) -> PriorChoice:
    """The prior for the object ``mask`` of ``rgb``; ``requested`` other than auto wins."""
    if requested != "auto":
        return PriorChoice(_as_prior(requested), 1.0, "requested with the prior parameter")
    return decided(measured(rgb, mask))


def _as_prior(name: str) -> Prior:
    if name == "revolve":
        return "revolve"
    if name == "extrude":
        return "extrude"
    return "inflate"


def decided(shape: OutlineShape) -> PriorChoice:
    """The choice the measures make (graphics first, then round objects, else inflate)."""
    flat = f"flat colour regions cover {shape.flat_share:.0%} of the object"
    symmetric = (
        f"outline mirror IoU {shape.symmetry:.2f}, {shape.single_span:.0%} of rows cross it "
        f"once, it fills {shape.box_fill:.0%} of its box, edges inside "
        f"{shape.inner_edges:.1f}x its outline"
    )
    if shape.flat_share >= FLAT_SHARE_MIN:
        margin = (shape.flat_share - FLAT_SHARE_MIN) / (1.0 - FLAT_SHARE_MIN)
        return PriorChoice("extrude", _confidence(margin), f"a flat graphic: {flat}")
    revolve_margin = min(
        (shape.symmetry - SYMMETRY_MIN) / (1.0 - SYMMETRY_MIN),
        (shape.single_span - SINGLE_SPAN_MIN) / (1.0 - SINGLE_SPAN_MIN),
        (BOX_FILL_MAX - shape.box_fill) / 0.1,
        (INNER_EDGES_MAX - shape.inner_edges) / _INNER_EDGES_SCALE,
    )
    if revolve_margin >= 0:
        return PriorChoice("revolve", _confidence(revolve_margin), f"round: {symmetric}")
    flat_margin = (FLAT_SHARE_MIN - shape.flat_share) / FLAT_SHARE_MIN
    return PriorChoice(
        "inflate",
        _confidence(min(flat_margin, -revolve_margin)),
        f"neither a flat graphic ({flat}) nor round ({symmetric})",
    )


def _confidence(margin: float) -> float:
    """0.5 on a threshold, rising to 1 a whole threshold-to-limit distance past it."""
    return round(0.5 + 0.5 * float(np.clip(margin, 0.0, 1.0)), 2)


def measured(rgb: NDArray[np.uint8], mask: NDArray[np.bool_]) -> OutlineShape:
    """The measures of the object ``mask`` in ``rgb`` (same size, mask not empty)."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    box = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
    crop_rgb, crop_mask = rgb[box], mask[box]
    outline = _shrunk(crop_rgb, crop_mask, _SYMMETRY_PX)[1]
    colours, colour_mask = _shrunk(crop_rgb, crop_mask, _FLATNESS_PX)
    smooth, step = _smoothed_with_steps(colours)
    steep = step > _EDGE_LEVELS
    return OutlineShape(
        flat_share=flat_share(smooth, step, colour_mask),
        symmetry=mirror_symmetry(outline),
        single_span=single_span_share(outline),
        box_fill=float(crop_mask.mean()),
        inner_edges=inner_edge_ratio(steep, colour_mask),
    )


def _shrunk(
    rgb: NDArray[np.uint8], mask: NDArray[np.bool_], long_px: int
) -> tuple[NDArray[np.uint8], NDArray[np.bool_]]:
    """Both scaled down (area-averaged) so the long side is at most ``long_px``."""
    scale = long_px / max(mask.shape)
    if scale >= 1.0:
        return rgb, mask
    size = (max(1, round(mask.shape[1] * scale)), max(1, round(mask.shape[0] * scale)))
    small_rgb = np.asarray(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), np.uint8)
    coverage = cv2.resize(mask.astype(np.float32), size, interpolation=cv2.INTER_AREA)
    return small_rgb, np.asarray(coverage > 0.5)


def _smoothed_with_steps(
    rgb: NDArray[np.uint8],
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """The picture median-filtered, and its steepest colour step at each pixel (levels per
    pixel, the largest of the three channels')."""
    # A 3x3 median removes JPEG ringing and single-pixel noise but keeps edges sharp.
    smooth = np.asarray(cv2.medianBlur(np.ascontiguousarray(rgb), 3), np.float32)
    step = np.zeros(rgb.shape[:2], np.float32)
    for channel in range(3):
        d_x = cv2.Sobel(smooth[..., channel], cv2.CV_32F, 1, 0, ksize=3) / 8.0
        d_y = cv2.Sobel(smooth[..., channel], cv2.CV_32F, 0, 1, ksize=3) / 8.0
        np.maximum(step, np.hypot(d_x, d_y), out=step)
    return smooth, step


def inner_edge_ratio(steep: NDArray[np.bool_], mask: NDArray[np.bool_]) -> float:
    """Edge pixels inside the object, away from its outline, over the outline's pixels."""
    margin = 2 * _INNER_MARGIN_PX + 1
    inside = cv2.erode(mask.astype(np.uint8), np.ones((margin, margin), np.uint8)) > 0
    rim = mask & ~(cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0)
    return float((steep & inside).sum() / max(int(rim.sum()), 1))


def flat_share(
    smooth: NDArray[np.float32], step: NDArray[np.float32], mask: NDArray[np.bool_]
) -> float:
    """Share of the object's non-edge pixels that lie in regions of one flat colour, or of
    a few flat tones whose weak steps (``_REGION_SPLIT_LEVELS``) JPEG left below an edge's."""
    # The outline's anti-aliased rim mixes in the background: leave two pixels out.
    interior = cv2.erode(mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    candidates = interior & ~(step > _EDGE_LEVELS)
    total = int(candidates.sum())
    if total == 0:
        return 0.0
    labels, sizes, std = _regions(smooth, candidates)
    voting = sizes >= _MIN_REGION_SHARE * total
    flat = voting & (std <= _FLAT_STD_LEVELS)
    # Split along weak steps, a shaded region falls apart into many bands or not at all;
    # two or three flat tones run together (a JPEG'd button's rim and face) into as many
    # flat pieces.
    tones = candidates & ~(step > _REGION_SPLIT_LEVELS)
    tone_labels, tone_sizes, tone_std = _regions(smooth, tones)
    tone_voting = tone_sizes >= _MIN_REGION_SHARE * total
    for index in np.flatnonzero(voting & ~flat):
        inside = tone_labels[(labels == index) & tones]
        pieces = np.unique(inside[tone_voting[inside]])
        if (
            0 < len(pieces) <= _MAX_TONES
            and bool((tone_std[pieces] <= _FLAT_STD_LEVELS).all())
            and float(tone_sizes[pieces].sum()) >= _TONES_COVER * sizes[index]
        ):
            flat[index] = True
    return float(sizes[flat].sum() / max(sizes[voting].sum(), 1.0))


def _regions(
    smooth: NDArray[np.float32], candidates: NDArray[np.bool_]
) -> tuple[NDArray[np.int32], NDArray[np.float64], NDArray[np.float64]]:
    """The 4-connected regions of ``candidates``: labels (0 outside), each label's pixel
    count and colour standard deviation (levels, mean over the channels)."""
    count, labels = cv2.connectedComponents(candidates.astype(np.uint8), connectivity=4)
    inside = labels[candidates]
    sizes = np.bincount(inside, minlength=count).astype(np.float64)
    sizes[0] = 0.0
    spread = np.zeros(count)
    for channel in range(3):
        values = smooth[..., channel][candidates].astype(np.float64)
        mean = np.bincount(inside, values, count) / np.maximum(sizes, 1)
        spread += np.bincount(inside, values**2, count) / np.maximum(sizes, 1) - mean**2
    std = np.sqrt(np.maximum(spread / 3.0, 0.0))
    return np.asarray(labels, np.int32), sizes, std


def mirror_symmetry(mask: NDArray[np.bool_]) -> float:
    """IoU of ``mask`` with its mirror image about the vertical line through its centroid."""
    _, cols = np.nonzero(mask)
    axis = float(cols.mean())
    mirror = np.array([[-1.0, 0.0, 2.0 * axis], [0.0, 1.0, 0.0]])
    flipped = cv2.warpAffine(
        mask.astype(np.float32),
        mirror,
        (mask.shape[1], mask.shape[0]),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0.0,
    )
    reflected = flipped > 0.5
    return float((mask & reflected).sum() / max(int((mask | reflected).sum()), 1))


def single_span_share(mask: NDArray[np.bool_]) -> float:
    """Share of the rows crossing ``mask`` that cross it in a single run of pixels."""
    starts = mask & ~np.pad(mask, ((0, 0), (1, 0)))[:, :-1]
    runs = starts.sum(axis=1)
    crossing = runs > 0
    return float((runs[crossing] == 1).mean())
