"""The visual hull: silhouettes extruded along their views, intersected, rounded, surfaced.

Grid convention: volumes are indexed (row, x, z) with row growing downwards, x to the
object's right and z towards the front camera.
"""

from __future__ import annotations

import cv2
import numpy as np
import trimesh
from numpy.typing import NDArray
from skimage import measure

from meshforge.engines.base import EngineInputError
from meshforge.engines.silhouette.inflation import poisson_height

_TOO_THIN = "The object is too thin to model at this resolution; raise `resolution`."
#: Free voxels around the object so smoothing and marching cubes close every side.
MARGIN_PX = 4
_SMOOTH_SIGMA = 1.0
_OUTLINE_BLUR_PX = 1.0
#: Poisson inflation runs on a copy at most this large: its profile is smooth.
_INFLATION_PX = 128
#: Smallest inflation profile inside a silhouette (fraction of the run's peak).
_PROFILE_FLOOR = 0.2


def carve(
    distances: list[NDArray[np.float32]], roundness: float, voxel_px: int = 1
) -> tuple[NDArray[np.float32], tuple[int, int, int]]:
    """Smoothed inside-positive field of the hull (cropped) and its (row, x, z) origin.

    ``distances`` are the views' signed distances on the grid, in VIEW_ORDER. The hull is
    the intersection of each silhouette extruded along its view axis; with ``roundness``
    each cross-section is also cut by the views' inflation profiles, scaled so that
    roundness 1 fits them exactly into the hull's depth and width.

    A grid sampled every ``voxel_px`` pixels (distances in its own voxels) is smoothed and
    clipped over the same width in pixels as a full one, so thin parts survive alike.
    """
    mirrored = [d if k in (0, 3) else d[:, ::-1] for k, d in enumerate(distances)]
    # Front and back constrain x; right and left constrain z. A slight blur smooths what is
    # left of the outlines' pixel steps, which would show as ribs along the hull.
    across = _blurred(np.minimum.reduce(mirrored[0::2]), _OUTLINE_BLUR_PX / voxel_px)
    deep = _blurred(np.minimum.reduce(mirrored[1::2]), _OUTLINE_BLUR_PX / voxel_px)
    sigma, ramp = _SMOOTH_SIGMA / voxel_px, np.float32(1.0 / voxel_px)
    rows = np.flatnonzero((across > 0).any(axis=1) & (deep > 0).any(axis=1))
    xs = np.flatnonzero((across > 0).any(axis=0))
    zs = np.flatnonzero((deep > 0).any(axis=0))
    if len(rows) == 0:
        raise EngineInputError(_TOO_THIN)
    res = across.shape[0]
    lo = [max(0, int(axis[0]) - MARGIN_PX) for axis in (rows, xs, zs)]
    hi = [min(res, int(axis[-1]) + 1 + MARGIN_PX) for axis in (rows, xs, zs)]
    across = np.ascontiguousarray(across[lo[0] : hi[0], lo[1] : hi[1]])
    deep = np.ascontiguousarray(deep[lo[0] : hi[0], lo[2] : hi[2]])
    field = np.empty((hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]), np.float32)
    profiles = None
    if roundness > 0:
        exponent = 2.0 / roundness
        profiles = (_run_profiles(across, exponent), _run_profiles(deep, exponent))
    scratch = np.empty(field.shape[1:], np.float32)
    for row, plane in enumerate(field):  # plane by plane: temporaries stay in cache
        np.minimum(across[row, :, None], deep[row, None, :], out=plane)
        if profiles is not None:
            (t_x, center_x, half_x), (t_z, center_z, half_z) = profiles
            # Depth at x: the z-run's half depth scaled by the front profile, and vice versa.
            np.multiply(t_x[row, :, None], half_z[row, None, :], out=scratch)
            scratch -= np.abs(np.arange(plane.shape[1]) - center_z[row])[None, :]
            np.minimum(plane, scratch, out=plane)
            np.multiply(half_x[row, :, None], t_z[row, None, :], out=scratch)
            scratch -= np.abs(np.arange(plane.shape[0]) - center_x[row])[:, None]
            np.minimum(plane, scratch, out=plane)
        # Clipping turns the field into a soft occupancy that keeps sub-voxel accuracy near
        # the surface; unclipped, steep values outside would drag the blurred surface in.
        np.clip(plane, -ramp, ramp, out=plane)
        # Slice by slice, then along rows: scipy's 3D blur takes seconds at 512.
        plane[...] = cv2.GaussianBlur(plane, (0, 0), sigma)
    _smooth_rows(field, sigma)
    return field, (lo[0], lo[1], lo[2])


def _smooth_rows(field: NDArray[np.float32], sigma: float) -> None:
    """5-tap Gaussian blur along axis 0, in place, one plane at a time (sigma 1: 1 4 6 4 1)."""
    weights = np.exp(-0.5 * (np.arange(-2, 3) / sigma) ** 2)
    far, near, middle = (weights / weights.sum())[:3].astype(np.float32)
    last = field.shape[0] - 1
    before2, before1 = field[0].copy(), field[0].copy()
    for row in range(last + 1):
        current = field[row].copy()
        after1, after2 = field[min(row + 1, last)], field[min(row + 2, last)]
        field[row] = (before2 + after2) * far + (before1 + after1) * near + current * middle
        before2, before1 = before1, current


def _blurred(distance: NDArray[np.float32], sigma: float) -> NDArray[np.float32]:
    """The signed distance softened by a Gaussian of ``sigma`` voxels."""
    return np.asarray(cv2.GaussianBlur(distance, (0, 0), sigma), np.float32)


def _run_profiles(
    distance: NDArray[np.float32], exponent: float
) -> tuple[NDArray[np.float32], NDArray[np.float32], NDArray[np.float32]]:
    """Per pixel of a silhouette: its run's rounded profile (0..1), centre and half length.

    A run is a horizontal stretch of the silhouette within one row. Its ends are found to
    sub-pixel accuracy from the signed distance: whole-pixel ends would jump from row to
    row and show as ribs.
    """
    height, width = distance.shape
    # Row-major flattening with a padding column: runs never wrap into the next row, and
    # every run has an outside pixel after it (and before it, via index -1 at the start).
    padded = np.pad(distance, ((0, 0), (0, 1)), constant_values=-1.0).ravel()
    flat = padded > 0
    values = np.pad(_inflation(distance), ((0, 0), (0, 1))).ravel()[flat]
    start_flag = flat & ~np.roll(flat, 1)
    starts = np.flatnonzero(start_flag)
    ends = np.flatnonzero(flat & ~np.roll(flat, -1))
    inside, before = padded[starts], padded[starts - 1]
    left = starts - inside / (inside - before)
    inside, after = padded[ends], padded[ends + 1]
    right = ends + inside / (inside - after)
    row_start = (starts // (width + 1)) * (width + 1)
    run_of = (np.cumsum(start_flag) - 1)[flat]
    peak = np.maximum.reduceat(values, np.flatnonzero(start_flag[flat]))[run_of]
    # Parts too thin for the coarse Poisson grid have no profile: they keep the bare hull.
    # The floor keeps run ends from being carved to nothing (paper-thin rims pinch).
    relative = np.where(peak > 1e-6, values / np.maximum(peak, 1e-6), 1.0)
    relative = np.clip(relative, _PROFILE_FLOOR, 1.0)
    # Outside the runs the centre is the pixel itself: the constraints read 0 there, and the
    # hull (negative outside) decides alone.
    profile = np.zeros(len(padded), np.float32)
    center = np.tile(np.arange(width + 1, dtype=np.float32), height)
    half = np.zeros(len(padded), np.float32)
    # A strip's profile is an ellipse, sqrt(1 - u^2); this turns it into the superellipse
    # |u|^p + |v|^p = 1, which meets the hull tangentially (no crease) at every exponent.
    profile[flat] = (1.0 - (1.0 - relative**2) ** (exponent / 2)) ** (1.0 / exponent)
    center[flat] = ((left + right) / 2 - row_start)[run_of]
    half[flat] = ((right - left) / 2)[run_of]
    t, mid, length = (a.reshape(height, width + 1)[:, :width] for a in (profile, center, half))
    return t, mid, length


def _inflation(distance: NDArray[np.float32]) -> NDArray[np.float32]:
    """sqrt of the Poisson solution inside the silhouette (Repoussé-style inflation)."""
    mask = distance > 0
    height, width = mask.shape
    scale = min(1.0, _INFLATION_PX / max(height, width))
    small = mask
    if scale < 1.0:
        size = (max(2, round(width * scale)), max(2, round(height * scale)))
        small = cv2.resize(distance, size, interpolation=cv2.INTER_AREA) > 0
    if not small.any():
        return np.zeros(mask.shape, np.float32)
    poisson = poisson_height(small).astype(np.float32)
    if scale < 1.0:
        poisson = np.asarray(
            cv2.resize(poisson, (width, height), interpolation=cv2.INTER_LINEAR), np.float32
        )
    profile: NDArray[np.float32] = np.sqrt(np.maximum(poisson, 0.0)) * mask
    return profile


def hull_surface(
    field: NDArray[np.float32], origin: tuple[int, int, int], step: int = 1, voxel_px: int = 1
) -> trimesh.Trimesh:
    """Marching cubes of the field's zero level, in grid (row, x, z) pixel coordinates.

    Marching cubes samples every ``step``-th voxel; ``voxel_px`` is the field's voxel edge
    in grid pixels (2: carved on every second pixel). ``origin`` is in grid pixels.
    """
    if float(field.max()) <= 0.0:
        raise EngineInputError(_TOO_THIN)
    vertices, faces, _, _ = measure.marching_cubes(  # type: ignore[no-untyped-call]
        field, 0.0, spacing=(float(voxel_px),) * 3, step_size=step
    )
    vertices += np.asarray(origin, np.float32)
    return trimesh.Trimesh(vertices=vertices, faces=faces, process=False)
