"""Classical image-to-3D: silhouette, Poisson inflation, marching cubes, projected texture.

The result is a "2.5D" balloon of the picture (Repoussé / Ink-and-Ray style inflation), not
a reconstruction: depth comes from the silhouette alone. The front shows the image, the
back its mirror image, the sides the bled edge colours.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image
from scipy import ndimage, sparse
from scipy.sparse import linalg as sparse_linalg
from skimage import measure

from meshforge.engines.base import (
    CancelFn,
    EngineInputError,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)
from meshforge.engines.masking import (
    Frame,
    foreground_mask,
    object_frame,
    signed_distance,
    warp,
    warp_distance,
    warp_mask,
)
from meshforge.engines.stages import StageTimer
from meshforge.mesh.simplify import simplify
from meshforge.mesh.texture import bleed_colors, texture_visuals

#: Masks are found on a copy at most this large; the texture is sampled from the original.
_ANALYSIS_PX = 1024
#: Textures above this edge length cost memory and PNG time without visible gain here.
_MAX_TEXTURE_PX = 2048
_MIN_TEXTURE_PX = 256
_MIN_OBJECT_PX = 16
_TOO_THIN = (
    "The object is too small or thin to model at this resolution; "
    "crop the image closer to the object or raise `resolution`."
)
#: Softens the staircase of the pixel mask before marching cubes (in working pixels).
_FIELD_BLUR_PX = 1.0
#: Width (working pixels) of the band where the outline is corrected to sub-pixel accuracy.
_OUTLINE_BAND_PX = 3.0
#: Thinnest half-thickness anywhere inside the silhouette, in marching-cubes layers.
_MIN_HALF_LAYERS = 1.5
#: Cap on marching-cubes layers along z (memory: rows x cols x layers float32).
_MAX_Z_LAYERS = 256
_DEFAULT_INFLATION = 1.0
#: Deeper inflation grows the marching-cubes volume linearly (memory at resolution 512).
_INFLATION_RANGE = (0.2, 2.0)
#: Margin (working pixels) around the object so the volume closes on every side.
_MARGIN_PX = 3
#: estimate_seconds, fitted on a 2-core EPYC: base + per_256 * (resolution / 256) ** exponent,
#: plus GrabCut's cost when the image has no alpha (it may be needed to find the object).
_ESTIMATE_BASE_S = 0.05
_ESTIMATE_PER_256_S = 0.45
_ESTIMATE_EXPONENT = 2.2
_ESTIMATE_GRABCUT_S = 0.4


class ImageEngine:
    """Turns one image into a watertight, textured "balloon" mesh on the CPU in about 1 s."""

    name = "image"
    tasks: frozenset[Task] = frozenset({"image_to_3d"})

    def estimate_seconds(self, request: GenerationRequest) -> float:
        """Rough wall-clock seconds, dominated by marching cubes and decimation."""
        scale = math.pow(request.resolution / 256, _ESTIMATE_EXPONENT)
        grabcut_s = 0.0 if request.image_has_alpha else _ESTIMATE_GRABCUT_S
        return _ESTIMATE_BASE_S + _ESTIMATE_PER_256_S * scale + grabcut_s

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        """Run mask → frame → inflate → surface → simplify → texture, checking cancel."""
        stage = StageTimer(progress, cancel)
        timings = stage.timings

        source = _validated_image(request)
        depth = _inflation_depth(request)
        analysis_scale = min(1.0, _ANALYSIS_PX / max(source.shape[:2]))
        analysis = _resized(source, analysis_scale)
        found = foreground_mask(analysis, request.image_has_alpha, request.seed)
        stage(0.15, "mask")

        frame = object_frame(found.mask, analysis_scale, request.foreground_ratio)
        res = request.resolution
        work_distance = warp_distance(found.mask, analysis_scale, frame, res)
        work_mask = work_distance > 0
        if int(work_mask.sum()) < _MIN_OBJECT_PX:
            raise EngineInputError(_TOO_THIN)
        stage(0.25, "frame")

        field, origin = _pressure_field(work_mask, work_distance)
        stage(0.45, "inflate")

        surface = _surface(field, origin, depth)
        stage(0.65, "surface")

        mesh = simplify(surface, request.mesh_simplify)
        stage(0.85, "simplify")

        texture_px = _texture_px(request.texture_size, frame.side)
        texture = _texture(source, found.color_mask, analysis_scale, frame, texture_px, res)
        mesh = _finished(mesh, res, texture)
        stage(1.0, "texture")

        meta = {
            "engine": self.name,
            "mask_method": found.method,
            "resolution": res,
            "texture_size": texture_px,
            "foreground_ratio": request.foreground_ratio,
            "mesh_simplify": request.mesh_simplify,
            "inflation_depth": depth,
            "faces": len(mesh.faces),
            "faces_before_simplify": len(surface.faces),
            "vertices": len(mesh.vertices),
            "timings_s": timings,
        }
        return GenerationResult(mesh=mesh, meta=meta)


def _validated_image(request: GenerationRequest) -> NDArray[np.uint8]:
    """The request's RGBA image, or an EngineInputError saying what is wrong with it."""
    image = request.image
    if image is None:
        raise EngineInputError("image_to_3d needs an input image.")
    if image.ndim != 3 or image.shape[2] != 4 or image.dtype != np.uint8:
        raise EngineInputError(f"Expected an RGBA uint8 image, got {image.dtype} {image.shape}.")
    if min(image.shape[:2]) < 8:
        raise EngineInputError("The image is too small; upload one at least 8 pixels wide.")
    return np.ascontiguousarray(image)


def _inflation_depth(request: GenerationRequest) -> float:
    """The optional ``inflation_depth`` parameter (1.0 = round), clamped to a sane range."""
    raw = request.params.get("inflation_depth", _DEFAULT_INFLATION)
    try:
        depth = float(raw)
    except (TypeError, ValueError):
        raise EngineInputError(f"inflation_depth must be a number, got {raw!r}.") from None
    if not math.isfinite(depth):
        raise EngineInputError("inflation_depth must be a finite number.")
    return float(np.clip(depth, *_INFLATION_RANGE))


def _resized(image: NDArray[np.uint8], scale: float) -> NDArray[np.uint8]:
    """``image`` scaled by ``scale`` (area-averaged when shrinking)."""
    if scale >= 1.0:
        return image
    height, width = image.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), np.uint8)


def _poisson_height(mask: NDArray[np.bool_]) -> NDArray[np.float64]:
    """Solve Δh = -1 inside ``mask`` with h = 0 outside (5-point stencil, sparse direct).

    Hand-written: no library assembles a Dirichlet Laplacian over an arbitrary pixel mask.
    """
    index = np.full(mask.shape, -1, np.int64)
    rows, cols = np.nonzero(mask)
    count = len(rows)
    index[rows, cols] = np.arange(count)
    padded = np.pad(index, 1, constant_values=-1)
    entries_i, entries_j = [np.arange(count)], [np.arange(count)]
    values = [np.full(count, 4.0)]
    for d_row, d_col in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        neighbour = padded[rows + 1 + d_row, cols + 1 + d_col]
        inside = neighbour >= 0
        entries_i.append(np.flatnonzero(inside))
        entries_j.append(neighbour[inside])
        values.append(np.full(int(inside.sum()), -1.0))
    laplacian = sparse.csc_matrix(
        (np.concatenate(values), (np.concatenate(entries_i), np.concatenate(entries_j))),
        shape=(count, count),
    )
    height = np.zeros(mask.shape)
    height[rows, cols] = sparse_linalg.spsolve(laplacian, np.ones(count))
    return height


def _pressure_field(
    mask: NDArray[np.bool_], distance: NDArray[np.float32]
) -> tuple[NDArray[np.float32], tuple[int, int]]:
    """Poisson solution inside the mask, continued linearly below zero outside, blurred.

    ``distance`` is the sub-pixel signed distance of the outline (``mask = distance > 0``).
    Returns the field cropped to the object plus a margin, and the crop's (row, col) origin
    in working-image pixels.
    """
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    top, left = int(rows[0]) - _MARGIN_PX, int(cols[0]) - _MARGIN_PX
    shape = (rows[-1] - rows[0] + 1 + 2 * _MARGIN_PX, cols[-1] - cols[0] + 1 + 2 * _MARGIN_PX)
    cropped = np.zeros(shape, bool)
    cropped[_MARGIN_PX:-_MARGIN_PX, _MARGIN_PX:-_MARGIN_PX] = mask[
        rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1
    ]
    fine_distance = np.pad(distance, _MARGIN_PX, constant_values=-float(_MARGIN_PX))[
        top + _MARGIN_PX : top + _MARGIN_PX + shape[0],
        left + _MARGIN_PX : left + _MARGIN_PX + shape[1],
    ]
    poisson = _poisson_height(cropped)
    # The Poisson solution is zero at the first pixel centre outside the mask, so near the
    # outline it is about slope * (pixel distance + 0.5). The slope is local: tiny in sharp
    # corners, where a global slope would let the blur eat the tips.
    pixel_distance = signed_distance(cropped)
    rim = cropped & (pixel_distance < 1.0)
    _, (rim_rows, rim_cols) = ndimage.distance_transform_edt(~rim, return_indices=True)
    slope = poisson[rim_rows, rim_cols]
    extended = np.where(cropped, poisson, slope * (pixel_distance + 0.5))
    # Near the outline, move the zero crossing from the pixel staircase to the sub-pixel
    # outline; the correction fades out within a few pixels so the interior is untouched.
    fade = np.clip(1.0 - np.abs(pixel_distance) / _OUTLINE_BAND_PX, 0.0, 1.0)
    corrected = extended + slope * fade * (fine_distance - pixel_distance - 0.5)
    field: NDArray[np.float32] = ndimage.gaussian_filter(
        corrected.astype(np.float32), _FIELD_BLUR_PX
    )
    return field, (top, left)


def _surface(field: NDArray[np.float32], origin: tuple[int, int], depth: float) -> trimesh.Trimesh:
    """Closed surface |z| = depth * sqrt(field), in working pixels (x, y = col, row).

    The sqrt profile meets the silhouette with a vertical tangent: a disk inflates to a
    round lens, not a knife edge. Marching cubes runs on field - (z / depth)^2, which has
    the same zero set but is linear across the rim, so its interpolation stays accurate
    there (sqrt(field) - |z| would show grid-aligned ribs along the outline).
    """
    if float(field.max()) <= 0.0:
        raise EngineInputError(_TOO_THIN)
    half_depth = depth * math.sqrt(float(field.max())) + 2.0
    # Deep inflation of a big object would need hundreds of layers; coarser layers keep
    # memory bounded (the front and back are smooth along z, so little is lost).
    layer_px = max(1.0, 2.0 * half_depth / _MAX_Z_LAYERS)
    half_layers = math.ceil(half_depth / layer_px)
    z = np.arange(-half_layers, half_layers + 1, dtype=np.float32) * np.float32(layer_px)
    # A floor on the inside keeps tips and thin parts three layers thick: paper-thin sheets
    # pinch under decimation and do not survive printing. It sits half a layer off the
    # grid: on a node, marching cubes would emit zero-area triangles.
    floor = np.float32((_MIN_HALF_LAYERS * layer_px / depth) ** 2)
    lifted = np.where(field > 0, np.maximum(field, floor), field)
    volume = lifted[:, :, None] - np.square(z / np.float32(depth))[None, None, :]
    vertices, faces, _, _ = measure.marching_cubes(  # type: ignore[no-untyped-call]
        volume, 0.0, spacing=(1.0, 1.0, layer_px)
    )
    vertices += np.array([origin[0], origin[1], -half_layers * layer_px], np.float32)
    return trimesh.Trimesh(vertices=vertices, faces=faces, process=False)


def _texture_px(requested_px: int, frame_side_px: float) -> int:
    """Texture edge: as requested, but capped and never far above the source's detail."""
    source_px = 2 ** math.ceil(math.log2(max(frame_side_px, 1.0)))
    return int(min(requested_px, _MAX_TEXTURE_PX, max(_MIN_TEXTURE_PX, source_px)))


def _texture(
    source: NDArray[np.uint8],
    mask: NDArray[np.bool_],
    mask_scale: float,
    frame: Frame,
    texture_px: int,
    resolution: int,
) -> Image.Image:
    """The framed source image with foreground colours bled over everything else."""
    rgb = np.asarray(warp(source[..., :3], 1.0, frame, texture_px, 0.0), np.uint8)
    texture_mask = warp_mask(mask, mask_scale, frame, texture_px)
    # The outermost rim mixes in background (anti-aliasing, loose masks) and the mesh's
    # steep sides all sample it, so the rim is replaced by colours from further inside.
    rim_px = math.ceil(texture_px / resolution) + 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * rim_px + 1, 2 * rim_px + 1))
    eroded = cv2.erode(texture_mask.astype(np.uint8), kernel) > 0
    core = eroded if eroded.any() else texture_mask
    bled = bleed_colors(rgb, core)
    # The steep sides stretch the rim colours into streaks; softening the filled band
    # turns them into gentle gradients without touching the visible front.
    soft = cv2.GaussianBlur(bled, (0, 0), sigmaX=2.0 * rim_px)
    return Image.fromarray(np.where(core[..., None], bled, soft).astype(np.uint8))


def _finished(mesh: trimesh.Trimesh, resolution: int, texture: Image.Image) -> trimesh.Trimesh:
    """Outward faces, projected UVs, glTF axes (+Y up, facing +Z), centred, longest side 1."""
    row, col, depth = np.asarray(mesh.vertices, np.float64).T
    uv = np.column_stack([(col + 0.5) / resolution, 1.0 - (row + 0.5) / resolution])
    # glTF samplers repeat by default: keep rim vertices from sampling the opposite edge.
    uv = np.clip(uv, 0.0, 1.0)
    # (row, col, z) -> (x, y, z) = (col, -row, z) is a proper rotation: winding is kept.
    positions = np.column_stack([col, -row, depth])
    lower, upper = positions.min(axis=0), positions.max(axis=0)
    positions = (positions - (lower + upper) / 2) / float((upper - lower).max())
    faces = np.asarray(mesh.faces)
    result = trimesh.Trimesh(vertices=positions, faces=faces, process=False)
    if result.volume < 0:
        result.invert()
    result.visual = texture_visuals(uv, texture)
    return result
