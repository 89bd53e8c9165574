"""The extrude prior: a flat graphic becomes a slab with straight sides and a small bevel.

The slab is the zero set of min(d, t - |z|, (d + t - |z| - b) / sqrt 2) over a thin volume,
where d is the silhouette's sub-pixel signed distance, t half the thickness and b the bevel:
the outline (holes included) is kept exactly at z = 0, the faces are flat at z = ±t, and
a 45° chamfer of width b joins them. Marching cubes on it shares the inflation path's
meshing; the flat faces decimate to few triangles.
"""

from __future__ import annotations

import math

import numpy as np
import trimesh
from numpy.typing import NDArray
from scipy import ndimage
from skimage import measure

from meshforge.engines.base import EngineInputError
from meshforge.engines.silhouette.framing import object_crop
from meshforge.engines.silhouette.inflation import TOO_THIN

#: Thickness as a share of the square root of the silhouette's area: a square badge gets
#: about 8 % of its width, a long word mark stays as thick as its letters allow.
THICKNESS_SHARE = 0.1
#: The chamfer, as a share of the thickness (each side).
BEVEL_SHARE = 0.2
#: Thinnest slab, in working pixels: thinner ones pinch under decimation.
_MIN_THICKNESS_PX = 3.0
_MARGIN_PX = 2
_OFF_LEVEL = np.float32(1e-3)
#: Newton steps that move coarse marching-cubes vertices onto the fine outline.
_PROJECTION_STEPS = 2
#: Softens the outline's staircase (working pixels).
_OUTLINE_BLUR_PX = 0.5


def slab_thickness_px(distance: NDArray[np.float32]) -> float:
    """The slab's thickness for a silhouette (working pixels)."""
    area = float((distance > 0).sum())
    return max(_MIN_THICKNESS_PX, THICKNESS_SHARE * math.sqrt(area))


def slab_surface(
    distance: NDArray[np.float32], thickness_px: float, step: int = 1
) -> trimesh.Trimesh:
    """The bevelled slab of the silhouette ``distance``, in working pixels (row, col, z).

    With ``step`` > 1 marching cubes samples every step-th pixel across the slab (its faces
    are flat: finer sampling only adds triangles for decimation to remove, 4x at step 2)
    and every layer through it; the walls' vertices are then moved onto the full-resolution
    outline, so tips and corners are kept.
    """
    cropped, origin = object_crop(distance, _MARGIN_PX)
    # The outline still carries the source mask's pixel staircase, which the straight
    # walls show as ribs; a light blur irons it out and rounds tips by a fraction of a pixel.
    crop = ndimage.gaussian_filter(cropped, _OUTLINE_BLUR_PX)
    if float(crop.max()) <= 0.0:
        raise EngineInputError(TOO_THIN)
    # Faces half a layer off the grid nodes: on a node marching cubes emits zero-area faces.
    half = math.floor(thickness_px / 2.0) + 0.5
    bevel = np.float32(max(1.0, BEVEL_SHARE * 2.0 * half))
    layers = math.ceil(half) + 1
    z = np.arange(-layers, layers + 1, dtype=np.float32)
    depth_room = np.float32(half) - np.abs(z)[None, None, :]
    outline = crop[::step, ::step, None]
    volume = np.minimum(
        np.minimum(outline, depth_room),
        (outline + depth_room - bevel) * np.float32(1.0 / math.sqrt(2.0)),
    )
    # A sample on (or a hair from) the level puts vertices of different cube edges on the
    # same grid node, which merge into non-manifold edges: straight outline edges that run
    # along a row put the chamfer's plane through whole rows of nodes. Nudged off the level
    # they stay apart; the surface moves by a thousandth of a pixel.
    volume[np.abs(volume) < _OFF_LEVEL] = -_OFF_LEVEL
    vertices, faces, _, _ = measure.marching_cubes(  # type: ignore[no-untyped-call]
        volume, 0.0, spacing=(float(step), float(step), 1.0)
    )
    vertices = vertices.astype(np.float64)
    vertices[:, 2] -= layers
    if step > 1:
        _onto_outline(vertices, crop, half, float(bevel), float(step))
    vertices[:, :2] += np.asarray(origin, np.float64)
    return trimesh.Trimesh(vertices=vertices, faces=faces, process=False)


def _onto_outline(
    vertices: NDArray[np.float64],
    outline: NDArray[np.float32],
    half: float,
    bevel: float,
    max_move: float,
) -> None:
    """Newton steps (in place, across the slab only) onto the walls and the chamfer.

    At height z the slab's side lies where the outline's distance is max(0, b - (t - |z|));
    vertices on the flat faces (|z| = t) are where they belong already.
    """
    gradient_row, gradient_col = np.gradient(outline.astype(np.float64))
    side = np.abs(vertices[:, 2]) < half - _OFF_LEVEL
    at_side = vertices[side]
    wanted = np.maximum(0.0, bevel - (half - np.abs(at_side[:, 2])))
    for _ in range(_PROJECTION_STEPS):
        at = at_side[:, :2].T
        value = ndimage.map_coordinates(outline, at, order=1, mode="nearest")
        gradient = np.column_stack(
            [
                ndimage.map_coordinates(gradient_row, at, order=1, mode="nearest"),
                ndimage.map_coordinates(gradient_col, at, order=1, mode="nearest"),
            ]
        )
        move = ((wanted - value) / np.maximum(np.square(gradient).sum(axis=1), 1e-12))[:, None]
        move = move * gradient
        length = np.linalg.norm(move, axis=1, keepdims=True)
        at_side[:, :2] += move * np.minimum(1.0, max_move / np.maximum(length, 1e-12))
    vertices[side] = at_side
