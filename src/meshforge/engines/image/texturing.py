"""Texturing the single-image model: the picture on the front, a plausible back behind it.

The front is the picture projected along z. Behind it, a revolved or inflated object gets
its own tile: never the front photo seen through the model (that put a face on the back of
a head), but colours the object has where front and back meet, at its outline:

* inflate: the outline's colours carried inwards and blurred, so the back of a teddy is
  brown fur, not a mirrored muzzle and eyes;
* revolve: each row's median colour, so bands and labels go all the way round while a
  highlight or a printed face stays on the front.

Near the outline the back blends into the front's colours, so the seam along the sides does
not show. An extruded graphic is printed through: its back is the same texel, as on a
sticker or a badge, so its outline and its design always agree.
"""

from __future__ import annotations

import cv2
import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.engines.image.prior_choice import Prior
from meshforge.engines.silhouette.inflation import blurred
from meshforge.mesh.texture import bleed_colors, texture_visuals

#: Width of the outline band whose colours the inflated back is filled from, as a share of
#: the tile.
_RIM_SHARE = 0.03
#: Width of the blend from the front's colours into the back's: for an inflated back a
#: share of the tile; for a revolved one a share of each row's own half-width, since a
#: round object turns its side to a viewer over a wide band and its front carries the
#: picture's shading, so a wide blend spreads the change from shaded to even colours.
_BLEND_SHARE = 0.03
_REVOLVED_BLEND_SHARE = 0.3
#: Blur of the inflated back's fill, as a share of the tile: smooth, but keeps large
#: colour areas (a red left half stays red).
_FILL_BLUR_SHARE = 0.06
#: Vertical blur of the revolved back's row colours, as a share of the tile.
_ROW_BLUR_SHARE = 0.01


def back_colors(
    front: NDArray[np.uint8], core: NDArray[np.bool_], prior: Prior
) -> NDArray[np.uint8]:
    """The back tile for ``front`` (its core: the object's own pixels), in front's frame."""
    tile = front.shape[0]
    if prior == "revolve":
        fill = _row_colors(front, core, tile)
    else:
        fill = _outline_colors(front, core, tile)
    inside = cv2.distanceTransform(core.astype(np.uint8), cv2.DIST_L2, 3)
    if prior == "revolve":
        reach = _REVOLVED_BLEND_SHARE * inside.max(axis=1, keepdims=True)
    else:
        reach = np.full((tile, 1), _BLEND_SHARE * tile, np.float32)
    weight = np.clip(inside / np.maximum(reach, 1.0), 0.0, 1.0)[..., None]
    back = front.astype(np.float32) * (1.0 - weight) + fill.astype(np.float32) * weight
    result: NDArray[np.uint8] = np.clip(np.rint(back), 0, 255).astype(np.uint8)
    return result


def _outline_colors(
    front: NDArray[np.uint8], core: NDArray[np.bool_], tile: int
) -> NDArray[np.uint8]:
    """The colours of the outline band, carried to every pixel and blurred."""
    band_px = max(2, round(_RIM_SHARE * tile))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * band_px + 1, 2 * band_px + 1))
    inner = cv2.erode(core.astype(np.uint8), kernel) > 0
    rim = core & ~inner
    source = rim if rim.any() else core
    return blurred(bleed_colors(front, source), _FILL_BLUR_SHARE * tile)


def _row_colors(front: NDArray[np.uint8], core: NDArray[np.bool_], tile: int) -> NDArray[np.uint8]:
    """Each row's median object colour across the whole row (rows without one: the nearest)."""
    crossing = np.flatnonzero(core.any(axis=1))
    if len(crossing) == 0:
        return front.copy()
    medians = np.stack([np.median(front[row][core[row]], axis=0) for row in crossing])
    every_row = np.arange(front.shape[0])
    columns = [np.interp(every_row, crossing, medians[:, channel]) for channel in range(3)]
    rows = np.column_stack(columns).astype(np.float32)[:, None, :]
    sigma = max(0.5, _ROW_BLUR_SHARE * tile)
    smooth = np.asarray(cv2.GaussianBlur(rows, (0, 0), sigmaX=0.1, sigmaY=sigma), np.float32)
    spread = np.broadcast_to(smooth.reshape(-1, 1, 3), front.shape)
    return np.clip(np.rint(spread), 0, 255).astype(np.uint8)


def textured_model(
    mesh: trimesh.Trimesh,
    resolution: int,
    front: NDArray[np.uint8],
    back: NDArray[np.uint8] | None,
) -> trimesh.Trimesh:
    """Outward faces, projected UVs, glTF axes (+Y up, facing +Z), centred, longest side 1.

    With a ``back`` tile the texture is two tiles wide (front, back) and faces behind the
    middle plane take the back one; vertices on the seam are split, so the model is closed
    as geometry while each copy carries its own UV (as in the multi-view engine).
    """
    row, col, depth = np.asarray(mesh.vertices, np.float64).T
    # (row, col, z) -> (x, y, z) = (col, -row, z) is a proper rotation: winding is kept.
    positions = np.column_stack([col, -row, depth])
    faces = np.asarray(mesh.faces, np.int64)
    if _signed_volume(positions, faces) < 0:
        faces = faces[:, ::-1]
    tiles = 1 if back is None else 2
    if back is None:
        source, tile = np.arange(len(positions)), np.zeros(len(positions), np.int64)
    else:
        behind = positions[faces, 2].mean(axis=1) < 0
        corners, corner_tile = faces.ravel(), np.repeat(behind.astype(np.int64), 3)
        keys, split = np.unique(corners * 2 + corner_tile, return_inverse=True)
        source, tile, faces = keys // 2, keys % 2, split.reshape(-1, 3)
    # Half a texel inside the tile: glTF samplers repeat, and the next tile is another side.
    inset = 0.5 / front.shape[0]
    u = np.clip((col[source] + 0.5) / resolution, inset, 1.0 - inset)
    v = np.clip((row[source] + 0.5) / resolution, inset, 1.0 - inset)
    uv = np.column_stack([(tile + u) / tiles, 1.0 - v])
    placed = positions[source]
    lower, upper = placed.min(axis=0), placed.max(axis=0)
    placed = (placed - (lower + upper) / 2) / float((upper - lower).max())
    result = trimesh.Trimesh(vertices=placed, faces=faces, process=False)
    pixels = front if back is None else np.hstack([front, back])
    result.visual = texture_visuals(uv, Image.fromarray(pixels))
    return result


def _signed_volume(positions: NDArray[np.float64], faces: NDArray[np.int64]) -> float:
    """Six times the volume the faces enclose, negative when they face inwards.

    The divergence theorem in one line: trimesh's ``volume`` computes every mass property
    for the same sign (0.012 s of 0.45 s for a photo at 256).
    """
    corners = positions[faces]
    return float(np.einsum("ij,ij->", corners[:, 0], np.cross(corners[:, 1], corners[:, 2])))
