"""Where a scene's subject goes by its relation: one function per way of placing it.

Each takes the subject's parts and the other object's (both standing on the floor, at their
real sizes) and returns the subject's parts moved, and scaled when the relation says how big it
may be (into a cup's opening, under a table). The last step of each is exact contact
(``contact.touch``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from manifold3d import Manifold
from numpy.lib.stride_tricks import sliding_window_view

from meshforge.engines.base import GenerationCanceled
from meshforge.engines.text.core.assembly import Part
from meshforge.engines.text.core.contact import (
    GRID_CELLS,
    CancelFn,
    Grid,
    bounds,
    cell_size,
    centroid,
    free_travel,
    height_map,
    max_filter,
    moved,
    scaled,
    touch,
    union,
)

#: Fractions of a container's height looked at for its opening: whole, then without the
#: handle arching over it.
OPENING_LEVELS = (1.0, 0.7, 0.5)
#: Share of a container's opening (seen without its top part) that must be open from above on
#: the whole container: a handle hides less, a lid all of it.
OPEN_SHARE = 0.5
#: A subject whose footprint exceeds the support's by more than this is scaled down to it.
ON_FIT = 1.6
#: How far a subject "leaning against" something tilts towards it.
LEAN_DEGREES = 14.0
#: A thing this many times longer than it is tall lies down: in a cup or a vase it stands up.
STICK_RATIO = 3.0
#: An upright subject in a container is shrunk at most to this, then lowered until it rests.
UPRIGHT_FIT = 0.75
#: A head is the support's top this fraction of its height deep ("a bird on the man's head").
SPOT_DEPTH = 0.1
#: A rider is at most this tall for its hip (half its height) to be at the mount's back:
#: its feet clear of the floor.
RIDER_HANG = 0.8
#: Held objects are at most this fraction of the holder's height.
HELD_FIT = 0.9


def on_top(
    subject: list[Part],
    support: list[Part],
    cancel: CancelFn,
    riding: bool = False,
    spot: str = "",
) -> tuple[list[Part], float]:
    """The subject resting on the support's top surface (see ``composition``); on the
    support's ``spot`` when a possessive named one ("a pirate's shoulder")."""
    s_low, s_high = bounds(subject)
    r_low, r_high = bounds(support)
    s_size, r_size = s_high - s_low, r_high - r_low
    # a rider's spread legs are meant to reach past the mount's flanks
    fit = 1.0 if riding else min(1.0, *(ON_FIT * r_size[:2] / np.maximum(s_size[:2], 1e-6)))
    if fit < 1.0:
        subject = scaled(subject, (fit, fit, fit))
        s_low, s_high = bounds(subject)
        s_size = s_high - s_low
    moving, fixed = union(subject), union(support)
    cell = cell_size(np.array([s_low, s_high]), np.array([r_low, r_high]))
    s_grid = Grid.covering(s_low, s_high, cell, np.zeros(2))
    r_grid = Grid.covering(r_low, r_high, cell, s_size[:2] / 2 + cell)
    underside = height_map(moving, s_grid, from_above=False) - s_low[2]
    top = height_map(fixed, r_grid, from_above=True)
    allowed = _spot_cells(top, r_grid, spot, float(r_size[2]))
    target = centroid(fixed)
    if allowed is not None:
        target = np.array([*_highest_xy(top, allowed, r_grid), 0.0])
    offset = _best_rest(underside, top, s_grid, r_grid, s_size[2], riding, target, allowed)
    # from above the support's top (clear of it for certain) straight down onto it
    clear = np.array([offset[0], offset[1], r_high[2] - s_low[2] + cell])
    travel = float(clear[2] - offset[2]) + 2 * cell
    position = touch(moving, fixed, clear, np.array([0.0, 0.0, -1.0]), travel, cancel)
    return moved(subject, position), fit


def _best_rest(
    underside: np.ndarray,
    top: np.ndarray,
    s_grid: Grid,
    r_grid: Grid,
    subject_height: float,
    riding: bool,
    target: np.ndarray,
    allowed: np.ndarray | None = None,
) -> np.ndarray:
    """Translation that rests the subject where most of its feet touch, nearest ``target``.

    ``underside`` is the subject's bottom height per cell above its lowest point (NaN where
    it has none), ``top`` the support's top surface (NaN where a ray falls to the floor);
    ``allowed`` (``top``'s shape), when given, the cells the subject's middle may be over.
    """
    floor_top = np.nan_to_num(top, nan=0.0)
    windows = sliding_window_view(floor_top, underside.shape)
    hit_windows = sliding_window_view(~np.isnan(top), underside.shape)
    solid = ~np.isnan(underside)
    under = np.where(solid, underside, np.inf)
    lift = np.max(np.where(solid, windows - under, -np.inf), axis=(2, 3))
    # feet: the lowest cells of the subject, or for a rider the seat between its legs
    if riding:
        middle = s_grid.nx // 2
        feet = np.zeros_like(solid)
        feet[max(0, middle - 1) : middle + 2, :] = solid[max(0, middle - 1) : middle + 2, :]
        lowest = np.nanmin(np.where(feet, underside, np.nan))
        feet &= underside <= lowest + 0.1 * subject_height
    else:
        feet = solid & (underside <= 0.2 * subject_height)
    tolerance = max(2 * s_grid.cell, 0.03 * subject_height)
    gap = lift[:, :, None, None] + underside[None, None] - windows
    touching = (gap <= tolerance) & hit_windows & feet[None, None]
    contact = touching.sum(axis=(2, 3)) / max(1, int(feet.sum()))
    # the subject's middle must be over the support, not beside it on the floor
    centre = (s_grid.nx // 2, s_grid.ny // 2)
    over = hit_windows[:, :, centre[0], centre[1]]
    if allowed is not None and np.any(allowed):
        over = over & sliding_window_view(allowed, underside.shape)[:, :, centre[0], centre[1]]
    contact = np.where(over, contact, -1.0)
    shift_x = (r_grid.x0 + np.arange(contact.shape[0]) - s_grid.x0) * s_grid.cell
    shift_y = (r_grid.y0 + np.arange(contact.shape[1]) - s_grid.y0) * s_grid.cell
    centre_xy = np.array([s_grid.xs()[centre[0]], s_grid.ys()[centre[1]]])
    distance = np.hypot(
        shift_x[:, None] + centre_xy[0] - target[0], shift_y[None, :] + centre_xy[1] - target[1]
    )
    good = contact >= contact.max() - 0.1
    i, j = np.unravel_index(np.argmin(np.where(good, distance, np.inf)), distance.shape)
    return np.array([shift_x[i], shift_y[j], float(lift[i, j])])


def _spot_cells(top: np.ndarray, grid: Grid, spot: str, height: float) -> np.ndarray | None:
    """The support's cells that are its ``spot``: a head is its top, a shoulder the highest
    point at its side (+X, the side a three-quarter view shows) beside the head; None for
    anywhere on top (a back, a lap)."""
    if spot not in ("head", "hat", "shoulder", "shoulders"):
        return None
    heights = np.nan_to_num(top, nan=-np.inf)
    crown: np.ndarray = heights >= float(np.max(heights)) - SPOT_DEPTH * height
    if spot in ("head", "hat"):
        return crown
    xs = np.broadcast_to(grid.xs()[:, None], top.shape)
    side = xs > float(np.max(xs[crown])) + grid.cell
    if not np.any(side & np.isfinite(heights)):
        return None
    shoulder_top = float(np.max(heights[side]))
    shoulder: np.ndarray = side & (heights >= shoulder_top - 0.5 * SPOT_DEPTH * height)
    return shoulder


def _highest_xy(top: np.ndarray, allowed: np.ndarray, grid: Grid) -> tuple[float, float]:
    """Where the highest of the ``allowed`` cells is."""
    heights = np.where(allowed, np.nan_to_num(top, nan=-np.inf), -np.inf)
    i, j = np.unravel_index(int(np.argmax(heights)), heights.shape)
    return float(grid.xs()[i]), float(grid.ys()[j])


def inside(
    subject: list[Part], container: list[Part], cancel: CancelFn
) -> tuple[list[Part], float] | None:
    """The subject resting on the container's inner bottom, scaled to its opening; None when
    the container has no opening at the top.

    A handle arching over the opening (a basket's) hides it from above: the container is
    looked at again without its top part, and the subject goes in under the handle.
    """
    s_low, s_high = bounds(subject)
    r_low, r_high = bounds(container)
    cell = float(max(r_high[:2] - r_low[:2])) / GRID_CELLS
    grid = Grid.covering(r_low, r_high, cell, np.zeros(2))
    centre = (grid.nx // 2, grid.ny // 2)
    whole = union(container)
    seen: np.ndarray | None = None  # the cells open to the sky on the whole container
    for kept in OPENING_LEVELS:
        fixed = whole if kept == 1.0 else whole ^ _below(r_low, r_high, kept)
        top = height_map(fixed, grid, from_above=True)
        if np.all(np.isnan(top)):
            continue
        rim = float(np.nanmax(top))
        deep = np.nan_to_num(top, nan=np.inf) < rim - 0.3 * (rim - r_low[2])
        if seen is None:
            seen = deep
        # a handle hides a strip of the opening; a lid hides all of it (no way in)
        if deep[centre] and float(np.mean(seen[deep])) >= OPEN_SHARE:
            break
    else:
        return None
    r_high = bounds(container)[1] if kept == 1.0 else np.array([*r_high[:2], rim])
    # the opening: how far the deep cells reach from the middle along X and Y
    half = []
    for axis in (0, 1):
        line = deep[:, centre[1]] if axis == 0 else deep[centre[0], :]
        middle = centre[axis]
        reach_low = middle - next((k for k in range(middle, -1, -1) if not line[k]), -1)
        reach_high = next((k for k in range(middle, len(line)) if not line[k]), len(line)) - middle
        half.append((min(reach_low, reach_high) - 0.5) * cell)
    s_size = s_high - s_low
    if max(s_size[:2]) > max(2.0 * max(half), STICK_RATIO * s_size[2]):
        # a long thin thing lying down (a pencil, a cut flower) stands up in a cup or a vase,
        # its end showing above the rim, instead of shrinking to fit the opening lying flat
        subject = _stood_up(subject, long_axis=int(np.argmax(s_size[:2])))
        s_low, s_high = bounds(subject)
        s_size = s_high - s_low
    fit = min(1.0, 2 * 0.85 * half[0] / s_size[0], 2 * 0.85 * half[1] / s_size[1])
    if s_size[2] > max(s_size[:2]):
        # an upright thing (a rose, a sword) goes in by its narrow foot and may rest on the
        # rim by its wider top: shrunk to the opening whole, it would vanish inside
        fit = max(fit, UPRIGHT_FIT)
    if fit <= 0:
        return None
    if fit < 1.0:
        subject = scaled(subject, (fit, fit, fit))
        s_low, s_high = bounds(subject)
    moving = union(subject)
    middle_xy = np.array([grid.xs()[centre[0]], grid.ys()[centre[1]]])
    shift_xy = middle_xy - (s_low[:2] + s_high[:2]) / 2
    clear = np.array([shift_xy[0], shift_xy[1], r_high[2] - s_low[2] + cell])
    travel = float(clear[2] + s_low[2] - r_low[2])
    position = touch(moving, fixed, clear, np.array([0.0, 0.0, -1.0]), travel, cancel)
    return moved(subject, position), fit


def _stood_up(parts: list[Part], long_axis: int) -> list[Part]:
    """``parts`` turned a quarter so that their long horizontal axis (0: X, 1: Y) is upright."""
    turn = (0.0, -90.0, 0.0) if long_axis == 0 else (90.0, 0.0, 0.0)
    return [replace(part, solid=part.solid.rotate(turn)) for part in parts]


def _below(low: np.ndarray, high: np.ndarray, kept: float) -> Manifold:
    """A box holding the lowest ``kept`` fraction of the ``low``..``high`` box, wider all round."""
    margin = 0.01 + 0.1 * float(max(high - low))
    size = (*(high[:2] - low[:2] + 2 * margin), kept * float(high[2] - low[2]) + margin)
    corner = (low[0] - margin, low[1] - margin, low[2] - margin)
    return Manifold.cube(tuple(float(v) for v in size)).translate(corner)


def beside(subject: list[Part], other: list[Part], touching: bool, cancel: CancelFn) -> list[Part]:
    """The subject on the floor at the other's right (+X, the side a three-quarter view
    shows), a small gap apart; touching and leaning its top towards it for "leaning against"."""
    if touching:
        subject = _leaning(subject, LEAN_DEGREES)
    s_low, s_high = bounds(subject)
    r_low, r_high = bounds(other)
    widths = (s_high[0] - s_low[0], r_high[0] - r_low[0])
    gap = float(np.clip(0.15 * min(widths), 0.02, 0.3))
    offset = np.array(
        [r_high[0] + gap - s_low[0], (r_low[1] + r_high[1] - s_low[1] - s_high[1]) / 2, -s_low[2]]
    )
    if not touching:
        return moved(subject, offset)
    travel = gap + float(min(widths))
    position = touch(
        union(subject), union(other), offset, np.array([-1.0, 0.0, 0.0]), travel, cancel
    )
    return moved(subject, position)


def _leaning(parts: list[Part], degrees: float) -> list[Part]:
    """``parts`` tilted about Y so that their top leans towards -X, standing on the floor."""
    tilted = [replace(part, solid=part.solid.rotate((0.0, -degrees, 0.0))) for part in parts]
    low, _ = bounds(tilted)
    return moved(tilted, (0.0, 0.0, -low[2]))


def beneath(
    subject: list[Part], cover: list[Part], cancel: CancelFn
) -> tuple[list[Part], float] | None:
    """The subject on the floor under ``cover``, scaled to fit the clearance; None: no room."""
    r_low, r_high = bounds(cover)
    fixed = union(cover)
    target = centroid(fixed)
    fit = 1.0
    while fit >= 0.2:
        if cancel():
            raise GenerationCanceled
        shrunk = scaled(subject, (fit, fit, fit)) if fit < 1.0 else subject
        s_low, s_high = bounds(shrunk)
        moving = union(shrunk)
        cell = cell_size(np.array([s_low, s_high]), np.array([r_low, r_high]))
        s_grid = Grid.covering(s_low, s_high, cell, np.zeros(2))
        r_grid = Grid.covering(r_low, r_high, cell, (s_high[:2] - s_low[:2]) / 2 + cell)
        roof = height_map(moving, s_grid, from_above=True) - s_low[2]
        # the cover's underside, thickened by a cell each way: legs thinner than a cell count
        ceiling = height_map(fixed, r_grid, from_above=False)
        covered = ~np.isnan(ceiling)
        ceiling = -max_filter(-np.nan_to_num(ceiling, nan=np.inf))
        windows = sliding_window_view(ceiling, roof.shape)
        solid = ~np.isnan(roof)
        margin = 0.02 * (r_high[2] - r_low[2])
        fits = np.all(~solid | (windows - margin > np.nan_to_num(roof)), axis=(2, 3))
        # wholly under it: every cell of the subject's footprint below the cover
        under = sliding_window_view(covered, roof.shape)
        fits &= np.all(under | ~solid, axis=(2, 3))
        if fits.any():
            shift_x = (r_grid.x0 + np.arange(fits.shape[0]) - s_grid.x0) * cell
            shift_y = (r_grid.y0 + np.arange(fits.shape[1]) - s_grid.y0) * cell
            middle = (s_low[:2] + s_high[:2]) / 2
            distance = np.hypot(
                shift_x[:, None] + middle[0] - target[0], shift_y[None, :] + middle[1] - target[1]
            )
            i, j = np.unravel_index(np.argmin(np.where(fits, distance, np.inf)), distance.shape)
            offset = np.array([shift_x[i], shift_y[j], -s_low[2]])
            # clear of the cover (whose legs the grid may have missed) when it can rise from
            # below the floor, where nothing is, to its place without meeting the cover
            rise = float(s_high[2] - s_low[2]) + margin
            below = moving.translate((offset[0], offset[1], offset[2] - rise))
            if free_travel(below, fixed, np.array([0.0, 0.0, 1.0]), rise, cancel) >= rise:
                return moved(shrunk, offset), fit
        fit *= 0.85
    return None


def in_hand(
    held: list[Part], holder: list[Part], cancel: CancelFn, left: bool = False
) -> tuple[list[Part], float]:
    """The held object at the holder's right side (-X) at hand height, touching the holder;
    ``left``: at its left side (+X), the other hand ("a sword and a shield")."""
    if left:  # the right hand of the holder's mirror image, mirrored back
        placed, fit = in_hand(_mirrored(held), _mirrored(holder), cancel)
        return _mirrored(placed), fit
    h_low, h_high = bounds(holder)
    holder_height = float(h_high[2] - h_low[2])
    o_low, o_high = bounds(held)
    o_size = o_high - o_low
    fit = min(1.0, HELD_FIT * holder_height / float(max(o_size)))
    if fit < 1.0:
        held = scaled(held, (fit, fit, fit))
        o_low, o_high = bounds(held)
        o_size = o_high - o_low
    fixed = union(holder)
    hand_z, hand_y = _hand(fixed, h_low, h_high)
    long_thing = o_size[2] >= 2 * max(o_size[0], o_size[1])
    grip = o_low[2] + (0.15 * o_size[2] if long_thing else 0.5 * o_size[2])
    dz = max(hand_z - grip, -o_low[2])  # never below the floor
    start = np.array([h_low[0] - o_high[0] - 0.01, hand_y - (o_low[1] + o_high[1]) / 2, dz])
    travel = float(h_high[0] - h_low[0]) / 2 + 0.01
    moving = union(held)
    position = touch(moving, fixed, start, np.array([1.0, 0.0, 0.0]), travel, cancel)
    return moved(held, position), fit


def _mirrored(parts: list[Part]) -> list[Part]:
    """``parts`` mirrored left to right (X)."""
    return [replace(part, solid=part.solid.mirror((1.0, 0.0, 0.0))) for part in parts]


def _hand(holder: Manifold, low: np.ndarray, high: np.ndarray) -> tuple[float, float]:
    """Height and depth (y) of the holder's right hand: the lowest point of its farthest
    reach to -X between knee and shoulder height."""
    height = float(high[2] - low[2])
    reach: list[tuple[float, float, float]] = []
    for z in np.linspace(low[2] + 0.3 * height, low[2] + 0.7 * height, 9):
        polygons = holder.slice(float(z)).to_polygons()
        if not polygons:
            continue
        points = np.vstack(polygons)
        x_min = float(points[:, 0].min())
        near = points[points[:, 0] <= x_min + 0.02 * height]
        reach.append((x_min, float(z), float(near[:, 1].mean())))
    if not reach:
        return float(low[2] + 0.5 * height), float((low[1] + high[1]) / 2)
    farthest = min(x for x, _, _ in reach)
    hands = [(z, y) for x, z, y in reach if x <= farthest + 0.03 * height]
    return min(hands)


def straddling(rider: list[Part], mount: list[Part]) -> tuple[list[Part], float]:
    """A standing figure with its legs spread to either side of the mount's back.

    The warp moves each point below the hip outwards by ``spread(z)``, smoothly across the
    middle (tanh), so each X line maps one-to-one and no part folds through itself.
    """
    r_low, r_high = bounds(rider)
    m_low, m_high = bounds(mount)
    height = float(r_high[2] - r_low[2])
    hip = float(r_low[2]) + 0.5 * height
    back = float(m_low[2]) + 0.8 * float(m_high[2] - m_low[2])
    # a rider whose feet would reach the floor is a smaller one ("a boy riding a dog", "a
    # child on a rocking horse"): its feet hang clear of the floor
    fit = min(1.0, RIDER_HANG * back / max(0.5 * height, 1e-6))
    half_width = float(m_high[0] - m_low[0]) / 2
    softness = 0.01 * height
    # the line between the legs: the middle of the figure at shin height (its bounding box
    # is off-centre when it carries a shield or a sword)
    middle = _middle_x(union(rider), float(r_low[2]) + 0.2 * height)

    def spread(points: np.ndarray) -> np.ndarray:
        points = np.array(points, dtype=np.float64)
        depth = np.clip(hip - points[:, 2], 0.0, None)
        # out past the mount's flank, with room for the leg's own thickness
        outward = np.minimum(half_width + 0.05 * height, 3.0 * depth)
        points[:, 0] += np.tanh((points[:, 0] - middle) / softness) * outward
        return points

    warped = [replace(part, solid=part.solid.warp_batch(spread)) for part in rider]
    if fit < 1.0:
        warped = scaled(warped, (fit, fit, fit))
    return warped, fit


def _middle_x(solid: Manifold, z: float) -> float:
    """X of the centroid of the solid's cross-section at height ``z`` (0 when it has none)."""
    area = moment = 0.0
    for polygon in solid.slice(z).to_polygons():
        x, y = polygon[:, 0], polygon[:, 1]
        x_next, y_next = np.roll(x, -1), np.roll(y, -1)
        cross = x * y_next - x_next * y
        area += float(cross.sum()) / 2
        moment += float(((x + x_next) * cross).sum()) / 6
    return moment / area if abs(area) > 1e-12 else 0.0
