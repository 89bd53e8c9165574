"""The revolve prior: each row of the silhouette becomes a circle as deep as it is wide.

For an outline symmetric about a vertical axis that is the solid of revolution around it;
an outline that is not quite symmetric (a photo's perspective) keeps its own outline, each
row's circle centred on its own span, and a row crossing the object twice (a forked top)
gets a circle per span. The surface is z² = (x - left)(right - x) within a span: the field
that ``inflated_surface`` turns into a mesh, so it shares that path's marching cubes,
sub-pixel outline and coarse-step projection.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from meshforge.engines.silhouette.framing import object_crop, signed_distance

#: Margin (working pixels) around the object so the volume closes on every side.
_MARGIN_PX = 3
#: The flat top and bottom of a row's circles: the field there is this many half-widths
#: times the distance to the outline, so a cap rounds over 1/32 of the half-width (a small
#: fillet) instead of bulging into a dome.
_CAP_STEEPNESS = 32.0
#: Vertical smoothing of the outline (working pixels) before the span ends are read.
_PROFILE_BLUR_PX = 2.5
#: Softens the pixel staircase between rows before marching cubes (working pixels).
_FIELD_BLUR_PX = 0.5


def revolve_field(
    distance: NDArray[np.float32],
) -> tuple[NDArray[np.float32], tuple[int, int]]:
    """z² of the revolved surface over the object's crop, negative outside; crop origin.

    ``distance`` is the silhouette's sub-pixel signed distance on the working grid
    (positive inside). The span ends are where it crosses zero along each row.
    """
    cropped, origin = object_crop(distance, _MARGIN_PX)
    raw = cropped.astype(np.float64)
    # The mask's pixel staircase makes each row's width jump by a pixel every few rows
    # (long runs where the outline is nearly vertical, as at a ball's equator); revolved,
    # every jump is a ridge all the way round. Smoothing the outline along the rows leaves
    # straight sides and flat caps as they are; moves are capped at a pixel so thin discs
    # (a chess piece's collar) and the silhouette stay.
    smooth = ndimage.gaussian_filter1d(raw, _PROFILE_BLUR_PX, axis=0)
    crop = np.clip(smooth, raw - 1.0, raw + 1.0)
    inside = crop > 0
    start, end = _span_ends(crop)
    column = np.arange(crop.shape[1], dtype=np.float64)[None, :]
    half_width = np.where(inside, (end - start) / 2.0, 0.0)
    across = np.where(inside, (column - start) * (end - column), 0.0)
    capped = np.minimum(across, _CAP_STEEPNESS * half_width * crop)
    # Outside, continue at the slope the field has at the nearest inside pixel, so marching
    # cubes finds the zero crossing where the sub-pixel outline is (as pressure_field does).
    rim = inside & (signed_distance(inside) < 1.0)
    slope = np.where(rim, capped / np.maximum(crop, 0.05), 0.0)
    slope = np.clip(slope, half_width, _CAP_STEEPNESS * half_width)
    _, (near_rows, near_cols) = ndimage.distance_transform_edt(~rim, return_indices=True)
    field = np.where(inside, capped, slope[near_rows, near_cols] * crop)
    blurred: NDArray[np.float32] = ndimage.gaussian_filter(field.astype(np.float32), _FIELD_BLUR_PX)
    return blurred, origin


def _span_ends(distance: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """For every inside pixel, the sub-pixel columns where its row's span starts and ends."""
    before, after = distance[:, :-1], distance[:, 1:]
    # The zero crossing between columns j and j + 1, where the sign changes.
    crossing = np.arange(distance.shape[1] - 1)[None, :] + before / np.where(
        before != after, before - after, 1.0
    )
    starts = np.full(distance.shape, -np.inf)
    entering = (before <= 0) & (after > 0)
    starts[:, 1:][entering] = crossing[entering]
    ends = np.full(distance.shape, np.inf)
    leaving = (before > 0) & (after <= 0)
    ends[:, :-1][leaving] = crossing[leaving]
    # Each inside pixel takes the last start to its left and the first end to its right.
    start = np.maximum.accumulate(starts, axis=1)
    end = np.minimum.accumulate(ends[:, ::-1], axis=1)[:, ::-1]
    return start, end
