"""Being "in" something with no opening to rest in: stuck into a solid, at a shelter's door.

``placement.inside`` rests a subject on a container's inner bottom; these are the other ways a
scene says "in": a long pointed thing is stuck point first into a solid ("a sword stuck in a
stone", "a knife in a cake"), an animal is in its shelter's doorway ("a dog in his doghouse"),
and what peeks out of a solid has its lower part in it ("a rabbit peeking out of a top hat").
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Part
from meshforge.engines.text.core.contact import (
    CancelFn,
    bounds,
    centroid,
    moved,
    scaled,
    touch,
    union,
)

#: A subject this many times longer than it is wide is a blade or a stake: stuck in point first.
LONG_SHAPE = 2.5
#: How much of its length a stuck subject has inside the solid.
STUCK_SHARE = 0.3
#: At most this fraction of the solid's height is below the subject's point.
STUCK_DEPTH = 0.7
#: How much of its height something peeking out of a solid has inside it.
PEEK_SHARE = 0.35
#: Something peeking out is at most this fraction of the solid's top as wide.
PEEK_FIT = 0.9
#: Part names of a shelter's way in.
DOOR_WORDS = frozenset({"door", "doorway", "entrance", "opening"})


def stuck_in(subject: list[Part], solid: list[Part]) -> list[Part] | None:
    """The subject upright, its pointed end down in the middle of the solid's top, a third
    of its length inside; None when it is not long and thin (a cat "in" a rock sits on it)."""
    low, high = bounds(subject)
    size = high - low
    order = np.argsort(size)
    if size[order[2]] < LONG_SHAPE * size[order[1]]:
        return None
    long_axis = int(order[2])
    if long_axis != 2:  # lying along X or Y: stand it up
        turn = (0.0, 90.0, 0.0) if long_axis == 0 else (90.0, 0.0, 0.0)
        subject = [replace(part, solid=part.solid.rotate(turn)) for part in subject]
    # the point is the thinner end: a blade's, not the hilt's
    if _end_area(union(subject), top=True) < _end_area(union(subject), top=False):
        subject = [replace(part, solid=part.solid.rotate((180.0, 0.0, 0.0))) for part in subject]
    return _sunk(subject, solid, STUCK_SHARE)


def peeking_out(subject: list[Part], solid: list[Part]) -> tuple[list[Part], float]:
    """The subject coming out of the middle of the solid's top, its lower part inside: "a
    rabbit peeking out of a top hat" (a hat is built solid). Scaled to the top's width."""
    low, high = bounds(subject)
    fixed = union(solid)
    box = fixed.bounding_box()
    near_top = float(box[2]) + 0.9 * float(box[5] - box[2])
    polygons = fixed.slice(near_top).to_polygons()
    fit = 1.0
    if polygons:
        points = np.vstack(polygons)
        opening = float(min(np.ptp(points[:, 0]), np.ptp(points[:, 1])))
        fit = min(1.0, PEEK_FIT * opening / float(max(high[:2] - low[:2])))
    if fit < 1.0:
        subject = scaled(subject, (fit, fit, fit))
    return _sunk(subject, solid, PEEK_SHARE), fit


def _sunk(subject: list[Part], solid: list[Part], share: float) -> list[Part]:
    """The subject over the solid's middle, its lowest point ``share`` of its height below
    the solid's top surface there (never deeper than ``STUCK_DEPTH`` of the solid)."""
    low, high = bounds(subject)
    r_low, r_high = bounds(solid)
    fixed = union(solid)
    middle = centroid(fixed)
    hits = fixed.ray_cast(
        (float(middle[0]), float(middle[1]), float(r_high[2]) + 1.0),
        (float(middle[0]), float(middle[1]), float(r_low[2]) - 1.0),
    )
    surface = float(hits[0].position[2]) if hits else float(r_high[2])
    depth = min(share * float(high[2] - low[2]), STUCK_DEPTH * (surface - float(r_low[2])))
    point_xy = _point_xy(union(subject))
    offset = (middle[0] - point_xy[0], middle[1] - point_xy[1], surface - depth - float(low[2]))
    return moved(subject, offset)


def _end_area(solid: Manifold, top: bool) -> float:
    """Mean cross-section area over the solid's top (or bottom) quarter."""
    box = solid.bounding_box()
    low, high = float(box[2]), float(box[5])
    span = high - low
    levels = [low + span * f for f in np.linspace(0.03, 0.25, 6)]
    if top:
        levels = [high + low - z for z in levels]
    return float(np.mean([solid.slice(z).area() for z in levels]))


def _point_xy(solid: Manifold) -> tuple[float, float]:
    """Where the solid's lowest end is, seen from above (its tip's x, y)."""
    box = solid.bounding_box()
    near_tip = float(box[2]) + 0.02 * float(box[5] - box[2])
    polygons = solid.slice(near_tip).to_polygons()
    if not polygons:
        return (float(box[0] + box[3]) / 2, float(box[1] + box[4]) / 2)
    points = np.vstack(polygons)
    return float(points[:, 0].mean()), float(points[:, 1].mean())


def at_doorway(subject: list[Part], shelter: list[Part], cancel: CancelFn) -> list[Part]:
    """The subject on the floor in the shelter's doorway, facing out, touching the shelter.

    The door is the shelter's part named so; without one, the front (-Y) wall's middle. The
    subject comes towards the door from outside until it meets the shelter: its back half
    in an opening wide enough for it, its back against the wall under a narrow one.
    """
    doors = [part for part in shelter if part.role in DOOR_WORDS]
    low, high = bounds(shelter)
    door = bounds(doors) if doors else np.array([[0.0, low[1], 0.0], [0.0, low[1], 0.0]])
    door_middle = (door[0] + door[1]) / 2
    # the face the door is on: the one its middle is nearest, as a direction out of the shelter
    gaps = {
        (0, -1.0): door_middle[0] - low[0],
        (0, 1.0): high[0] - door_middle[0],
        (1, -1.0): door_middle[1] - low[1],
        (1, 1.0): high[1] - door_middle[1],
    }
    axis, sign = min(gaps, key=lambda face: gaps[face])
    # facing out: the subject's front (-Y) turned to the door's outward direction
    turn = {(1, -1.0): 0.0, (1, 1.0): 180.0, (0, -1.0): -90.0, (0, 1.0): 90.0}[(axis, sign)]
    if turn:
        subject = [replace(part, solid=part.solid.rotate((0.0, 0.0, turn))) for part in subject]
    s_low, s_high = bounds(subject)
    s_middle = (s_low + s_high) / 2
    start = np.array([door_middle[0] - s_middle[0], door_middle[1] - s_middle[1], -s_low[2]])
    outside = high[axis] if sign > 0 else low[axis]
    # clear of the shelter: its back a small gap outside the door's face
    back = s_low[axis] if sign > 0 else s_high[axis]
    gap = 0.01 * float(s_high[2] - s_low[2])
    start[axis] = outside - back + sign * gap
    direction = np.zeros(3)
    direction[axis] = -sign
    # in until it meets the shelter: a sill, a door frame, at worst the back wall
    travel = float(s_high[axis] - s_low[axis] + high[axis] - low[axis]) + gap
    position = touch(union(subject), union(shelter), start, direction, travel, cancel)
    return moved(subject, position)
