"""Quality measures shared by the bench and the engine tests: silhouette, volume, matching.

* image engine: IoU of the model's outline seen from the input viewpoint (+Z, orthographic)
  with the input's object mask, both cropped to their bounding boxes;
* multi-view engine: exact volume IoU (manifold3d booleans) of the model with the true solid
  whose silhouettes it was given, both centred and scaled to a longest side of 1;
* text engine: share of held-out prompts matched to their labelled template.

The functions are the ones ``tests/unit/engines/test_image_engine.py``,
``test_multiview_engine.py`` and ``test_matcher.py`` measure with, moved here so that the
bench reports the same figures the tests assert on.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import cv2
import manifold3d
import numpy as np
import trimesh
from manifold3d import Manifold
from skimage.draw import polygon as fill_polygon

ROOT = Path(__file__).resolve().parent.parent
#: Held-out prompt sets, in the order they were written; missing files are skipped.
HELDOUT_FILES = (
    ROOT / "tests/unit/engines/text/core/heldout_prompts.py",
    ROOT / "tests/unit/engines/text/core/heldout_prompts_2026_11_26.py",
)
ABSTRACT = "abstract"

# --- image engine: silhouette IoU from the input viewpoint ------------------------------------


#: margin around the compared masks, and samples per pixel edge of the rasterised outline
PAD_PX = 4
SUPERSAMPLE = 4


def front_silhouette(mesh: trimesh.Trimesh, mask: np.ndarray, long_px: int = 256) -> np.ndarray:
    """The mesh seen from +Z (the input's viewpoint) on the grid of ``reference(mask)``.

    The mesh is normalised, so its XY bounding box is mapped onto the mask's: lost tips
    or a swollen outline both show as misses. Front-facing triangles cover exactly the
    silhouette of a closed surface; pixels are sampled at 4 x 4 points (coverage > 1/2).
    """
    height, width = reference(mask, long_px).shape
    inner_h, inner_w = height - 2 * PAD_PX, width - 2 * PAD_PX
    xy = mesh.vertices[:, :2]
    lower, upper = xy.min(axis=0), xy.max(axis=0)
    cols = ((xy[:, 0] - lower[0]) / (upper[0] - lower[0]) * inner_w + PAD_PX) * SUPERSAMPLE
    rows = ((upper[1] - xy[:, 1]) / (upper[1] - lower[1]) * inner_h + PAD_PX) * SUPERSAMPLE
    canvas = np.zeros((height * SUPERSAMPLE, width * SUPERSAMPLE), bool)
    for face in mesh.faces[mesh.face_normals[:, 2] > 0]:
        rr, cc = fill_polygon(rows[face] - 0.5, cols[face] - 0.5, canvas.shape)
        canvas[rr, cc] = True
    coverage = canvas.reshape(height, SUPERSAMPLE, width, SUPERSAMPLE).mean(axis=(1, 3))
    return coverage > 0.5


def reference(mask: np.ndarray, long_px: int = 256) -> np.ndarray:
    """``mask`` cropped to its bounding box, area-resized to ``long_px`` on its long side."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    crop = mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].astype(np.float32)
    scale = long_px / max(crop.shape)
    size = (max(1, round(crop.shape[1] * scale)), max(1, round(crop.shape[0] * scale)))
    resized = cv2.resize(crop, size, interpolation=cv2.INTER_AREA) > 0.5
    return np.pad(resized, PAD_PX)


def silhouette_iou(mesh: trimesh.Trimesh, mask: np.ndarray) -> float:
    """IoU of the mesh's front silhouette and ``mask``, compared at 256 px."""
    return iou(front_silhouette(mesh, mask), reference(mask))


def iou(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two boolean masks."""
    return float((a & b).sum() / (a | b).sum())


def star_image(size: int = 300) -> np.ndarray:
    """A gold star with a red centre on a transparent background (RGBA)."""
    angles = np.pi / 2 + np.arange(10) * np.pi / 5
    radii = np.where(np.arange(10) % 2 == 0, 0.42 * size, 0.18 * size)
    points = np.column_stack(
        [size / 2 + radii * np.cos(angles), size / 2 - radii * np.sin(angles)]
    ).round()
    canvas = np.zeros((size, size, 4), np.uint8)
    cv2.fillPoly(canvas, [points.astype(np.int32)], (230, 180, 30, 255))
    cv2.circle(canvas, (size // 2, size // 2), size // 12, (220, 30, 30, 255), -1)
    return canvas


# --- multi-view engine: volume IoU with the true solid ----------------------------------------

Box = tuple[tuple[float, float, float], tuple[float, float, float]]
Projection = Callable[[np.ndarray, np.ndarray], np.ndarray]

#: (x, y up, z front) corners of the chair's parts: seat, four legs, back rest.
CHAIR: list[Box] = [
    ((-0.25, 0.0, -0.25), (0.25, 0.06, 0.25)),
    ((-0.25, -0.45, 0.19), (-0.19, 0.0, 0.25)),
    ((0.19, -0.45, 0.19), (0.25, 0.0, 0.25)),
    ((-0.25, -0.45, -0.25), (-0.19, 0.0, -0.19)),
    ((0.19, -0.45, -0.25), (0.25, 0.0, -0.19)),
    ((-0.25, 0.06, -0.25), (0.25, 0.55, -0.19)),
]
BOX: list[Box] = [((-0.3, -0.4, -0.2), (0.3, 0.4, 0.2))]
#: Tall on the left (-X), low on the right (+X): a mirrored front view would show.
STEP: list[Box] = [((-0.4, -0.3, -0.2), (0.0, 0.5, 0.2)), ((0.0, -0.3, -0.2), (0.4, 0.0, 0.2))]
BOXES = {"box": BOX, "chair": CHAIR, "step": STEP}
CYLINDER_RADIUS, CYLINDER_HALF_HEIGHT, SPHERE_RADIUS = 0.3, 0.45, 0.5
#: The shapes the bench reconstructs; silhouettes span [-HALF_EXTENT, HALF_EXTENT].
SHAPES = ("box", "cylinder", "sphere", "chair")
HALF_EXTENT = 0.6
VIEW_COLORS = [(220, 40, 40), (40, 60, 220), (40, 170, 60), (230, 200, 40)]
#: Views drawn at different pixel scales: the engine must normalise their heights.
VIEW_SCALES = (1.0, 0.8, 1.25, 0.9)


def solid(name: str) -> Manifold:
    """The named shape as an exact solid (round ones finely tessellated)."""
    if name == "cylinder":
        upright = Manifold.cylinder(
            2 * CYLINDER_HALF_HEIGHT, CYLINDER_RADIUS, circular_segments=256, center=True
        )
        return upright.rotate((-90.0, 0.0, 0.0))
    if name == "sphere":
        return Manifold.sphere(SPHERE_RADIUS, 256)
    parts = [
        Manifold.cube(tuple(h - lo for lo, h in zip(low, high, strict=True))).translate(low)
        for low, high in BOXES[name]
    ]
    return Manifold.batch_boolean(parts, manifold3d.OpType.Add)


def projection(name: str, axis: int) -> Projection:
    """Inside test of the shape's shadow on the plane of ``axis`` (0 = x, 2 = z) and y."""
    if name == "cylinder":
        return lambda h, y: (np.abs(h) <= CYLINDER_RADIUS) & (np.abs(y) <= CYLINDER_HALF_HEIGHT)
    if name == "sphere":
        return lambda h, y: h**2 + y**2 <= SPHERE_RADIUS**2

    def inside(h: np.ndarray, y: np.ndarray) -> np.ndarray:
        result = np.zeros(np.broadcast_shapes(h.shape, y.shape), bool)
        for low, high in BOXES[name]:
            result |= (h >= low[axis]) & (h <= high[axis]) & (y >= low[1]) & (y <= high[1])
        return result

    return inside


def silhouettes(name: str, px: int = 160, supersample: int = 4) -> list[np.ndarray]:
    """Anti-aliased orthographic coverage (0..1) seen from +Z, +X, -Z, -X (VIEW_ORDER)."""
    fine = px * supersample
    samples = (np.arange(fine) + 0.5) / fine * 2 * HALF_EXTENT - HALF_EXTENT
    across, down = samples[None, :], -samples[:, None]
    shadows = [
        projection(name, 0)(across, down),
        projection(name, 2)(-across, down),
        projection(name, 0)(-across, down),
        projection(name, 2)(across, down),
    ]
    return [
        shadow.reshape(px, supersample, px, supersample).mean(axis=(1, 3)) for shadow in shadows
    ]


def strip(
    masks: Sequence[np.ndarray],
    colors: Sequence[tuple[int, int, int]] = VIEW_COLORS,
    scales: Sequence[float] = VIEW_SCALES,
    gap: int = 10,
) -> np.ndarray:
    """Views side by side on a transparent canvas, anti-aliased, at different scales."""
    tiles = []
    for index, mask in enumerate(masks):
        scale = scales[index % len(scales)]
        coverage = cv2.resize(
            mask.astype(np.float32), None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA
        )
        tile = np.zeros((*coverage.shape, 4), np.uint8)
        tile[..., :3] = colors[index % len(colors)]
        tile[..., 3] = np.clip(np.rint(coverage * 255), 0, 255).astype(np.uint8)
        tiles.append(tile)
    height = max(tile.shape[0] for tile in tiles) + 20
    columns = []
    for index, tile in enumerate(tiles):
        top = 5 + 3 * index  # views need not line up vertically either
        padded = np.zeros((height, tile.shape[1], 4), np.uint8)
        padded[top : top + tile.shape[0]] = tile
        columns += [padded, np.zeros((height, gap, 4), np.uint8)]
    return np.ascontiguousarray(np.concatenate(columns[:-1], axis=1))


def closed(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """The geometry with UV-seam vertices merged by position (as STL export does)."""
    return trimesh.Trimesh(vertices=mesh.vertices, faces=mesh.faces, process=True)


def normalised(shape: Manifold) -> Manifold:
    """The solid centred on its bounding box and scaled to a longest side of 1."""
    bounds = np.asarray(shape.bounding_box())
    low, high = bounds[:3], bounds[3:]
    centred = shape.translate(tuple(-(low + high) / 2))
    return centred.scale(tuple([1.0 / float((high - low).max())] * 3))


def volume_iou(mesh: trimesh.Trimesh, name: str) -> float:
    """Exact volume IoU of the mesh and the named true shape, both normalised."""
    merged = closed(mesh)
    result = Manifold(
        manifold3d.Mesh(
            vert_properties=np.asarray(merged.vertices, np.float32),
            tri_verts=np.asarray(merged.faces, np.uint32),
        )
    )
    if result.status() != manifold3d.Error.NoError:
        raise ValueError(f"the model is not a closed manifold: {result.status()}")
    ours, truth = normalised(result), normalised(solid(name))
    shared = (ours ^ truth).volume()
    return float(shared / (ours.volume() + truth.volume() - shared))


# --- text engine: held-out matching accuracy --------------------------------------------------


class _Match(Protocol):
    @property
    def template(self) -> str | None: ...


class Matcher(Protocol):
    """Anything with ``match(prompt).template`` (the engine's TemplateMatcher)."""

    def match(self, prompt: str) -> _Match: ...


def matching_accuracy(matcher: Matcher, labelled: Sequence[tuple[str, str]]) -> float:
    """Share of prompts whose match (None counting as "abstract") is the label."""
    right = sum((matcher.match(prompt).template or ABSTRACT) == label for prompt, label in labelled)
    return right / len(labelled)


def heldout_sets() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every held-out prompt set present, by file stem (read from the test tree)."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for path in HELDOUT_FILES:
        if not path.is_file():
            continue
        spec = importlib.util.spec_from_file_location(f"_bench_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found[path.stem] = tuple(module.HELDOUT_PROMPTS)
    return found
