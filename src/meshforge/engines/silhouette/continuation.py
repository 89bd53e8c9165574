"""Outlines continued across backdrop-coloured parts of an object that have no edge.

A flood fill cannot see where a white stripe of a shield ends on a white backdrop: the
stripe is given back where the object encloses it (``foreground``), but past the object's
own outline, down to the shield's tip, nothing in the picture marks it. A person completes
it by continuing the outline on both sides of the opening until the two lines meet (good
continuation); so does :func:`continued_openings`, only where the lines meet soon after the
opening and everything they close is the backdrop's colour.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

#: The two continued outlines must meet within this many opening widths of its ends: the
#: shield's sides meet 0.8 widths past its stripe's opening; parallel or diverging sides
#: (a stripe running off a rectangle) never do, and nothing is added.
_MAX_REACH_WIDTHS = 1.2
#: Outline pixels within this many opening widths of an end give its direction.
_FIT_RADIUS_WIDTHS = 1.0
#: Openings narrower than this (pixels) are left as they are: a slit, not a region.
_MIN_OPENING_PX = 4
#: Share of the closed triangle that must be the backdrop's colour (it has no edge inside).
_MIN_BACKDROP_SHARE = 0.97


def continued_openings(
    object_mask: NDArray[np.bool_], given: NDArray[np.bool_], backdrop_colored: NDArray[np.bool_]
) -> NDArray[np.bool_]:
    """Pixels that close each opening of ``given`` onto the backdrop by continuing the outline.

    ``object_mask`` is the object without the given-back regions ``given``;
    ``backdrop_colored`` marks the pixels of the backdrop's colour.
    """
    whole = object_mask | given
    outside = ~whole
    ring = np.ones((3, 3), np.uint8)
    next_to_outside = cv2.dilate(outside.astype(np.uint8), ring) > 0
    openings = given & next_to_outside
    outline = object_mask & next_to_outside
    added = np.zeros_like(whole)
    count, labels = cv2.connectedComponents(openings.astype(np.uint8), connectivity=8)
    outline_points = np.column_stack(np.nonzero(outline)[::-1]).astype(np.float64)  # (x, y)
    for index in range(1, count):
        points = np.column_stack(np.nonzero(labels == index)[::-1]).astype(np.float64)
        closed = _closing_triangle(points, outline_points, whole.shape)
        if closed is None:
            continue
        beyond = closed & outside
        if beyond.any() and float(backdrop_colored[beyond].mean()) >= _MIN_BACKDROP_SHARE:
            added |= beyond
    return added


def _closing_triangle(
    opening: NDArray[np.float64], outline: NDArray[np.float64], shape: tuple[int, ...]
) -> NDArray[np.bool_] | None:
    """The triangle between an opening's ends and where the outline beside them meets."""
    ends = _farthest_pair(opening)
    width = float(np.linalg.norm(ends[1] - ends[0]))
    if width < _MIN_OPENING_PX:
        return None
    rays = []
    for end in ends:
        near = outline[np.linalg.norm(outline - end, axis=1) <= _FIT_RADIUS_WIDTHS * width]
        if len(near) < _MIN_OPENING_PX:
            return None
        d_x, d_y, _, _ = cv2.fitLine(near.astype(np.float32), cv2.DIST_L2, 0, 0.01, 0.01).ravel()
        direction = np.array([d_x, d_y], np.float64)
        # Pointing on past the end, away from the outline it continues.
        if float(np.dot(direction, end - near.mean(axis=0))) < 0:
            direction = -direction
        rays.append(direction)
    # end0 + s * ray0 = end1 + t * ray1
    system = np.column_stack([rays[0], -rays[1]])
    if abs(float(np.linalg.det(system))) < 1e-6:
        return None
    s, t = np.linalg.solve(system, ends[1] - ends[0])
    if not (0.0 < s <= _MAX_REACH_WIDTHS * width and 0.0 < t <= _MAX_REACH_WIDTHS * width):
        return None
    apex = ends[0] + s * rays[0]
    triangle = np.zeros(shape[:2], np.uint8)
    corners = np.rint(np.array([ends[0], apex, ends[1]])).astype(np.int32)
    cv2.fillConvexPoly(triangle, corners, 1)
    return triangle > 0


def _farthest_pair(points: NDArray[np.float64]) -> NDArray[np.float64]:
    """The two points of a thin, roughly straight set that lie farthest apart."""
    centre = points.mean(axis=0)
    first = points[np.argmax(np.linalg.norm(points - centre, axis=1))]
    second = points[np.argmax(np.linalg.norm(points - first, axis=1))]
    return np.array([first, second])
