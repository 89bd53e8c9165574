"""ImageEngine: masks, framing, depth, texture orientation, progress, cancel, errors.

The shape priors themselves (revolve, extrude, inflate) and the back's texture are tested in
test_image_priors.py and test_image_backs.py on the scripted picture set.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import cv2
import numpy as np
import pytest
import trimesh
from bench.quality import closed, silhouette_iou
from skimage import data as sample_images

from meshforge.engines.base import (
    Engine,
    EngineInputError,
    GenerationCanceled,
    GenerationRequest,
    GenerationResult,
)
from meshforge.engines.image import ImageEngine
from meshforge.engines.silhouette import saliency
from meshforge.engines.silhouette.foreground import foreground_mask
from meshforge.engines.silhouette.framing import ANALYSIS_PX, resized, signed_distance

RED = (220, 30, 30)
#: The silhouette's minimum IoU with the input mask at resolution 256 (issue 3).
MIN_IOU = 0.97
PHOTO_MIN_IOU = 0.95
#: Photos are cut by the network refined by GrabCut; by GrabCut alone where it is missing.
PHOTO_METHOD = "grabcut" if saliency.NETWORK.unavailable_reason() else "u2netp+grabcut"
BLUE = (30, 60, 220)


def rgba(rgb: np.ndarray, alpha: np.ndarray | None = None) -> np.ndarray:
    """RGB (or boolean / grey) pixels plus an alpha channel (opaque when none is given)."""
    if rgb.dtype == bool:
        rgb = np.where(rgb, 255, 0).astype(np.uint8)
    if rgb.ndim == 2:
        rgb = np.repeat(rgb[..., None], 3, axis=2)
    if alpha is None:
        alpha = np.full(rgb.shape[:2], 255, np.uint8)
    return np.ascontiguousarray(np.dstack([rgb, alpha]).astype(np.uint8))


def star_points(center: tuple[float, float], outer: float, inner: float) -> np.ndarray:
    """The ten corners of a five-pointed star with one point straight up."""
    angles = np.pi / 2 + np.arange(10) * np.pi / 5
    radii = np.where(np.arange(10) % 2 == 0, outer, inner)
    points = np.column_stack(
        [center[0] + radii * np.cos(angles), center[1] - radii * np.sin(angles)]
    )
    return points.round().astype(np.int32)


def star_image(size: int = 300) -> np.ndarray:
    """A gold star with a red centre on a transparent background."""
    canvas = np.zeros((size, size, 4), np.uint8)
    cv2.fillPoly(
        canvas, [star_points((size / 2, size / 2), 0.42 * size, 0.18 * size)], (230, 180, 30, 255)
    )
    cv2.circle(canvas, (size // 2, size // 2), size // 12, (*RED, 255), -1)
    return canvas


def ring_image(size: int = 300) -> np.ndarray:
    """A blue ring (annulus) on a transparent background."""
    canvas = np.zeros((size, size, 4), np.uint8)
    cv2.circle(canvas, (size // 2, size // 2), int(0.4 * size), (*BLUE, 255), -1)
    cv2.circle(canvas, (size // 2, size // 2), int(0.2 * size), (0, 0, 0, 0), -1)
    return canvas


def split_card_image() -> np.ndarray:
    """A card, red on its left half and blue on its right, on a plain white background."""
    canvas = np.full((240, 320, 3), 255, np.uint8)
    canvas[60:180, 80:160] = RED
    canvas[60:180, 160:240] = BLUE
    return rgba(canvas)


def request(image: np.ndarray, has_alpha: bool, **fields: Any) -> GenerationRequest:
    """An image_to_3d request at a small, fast resolution unless told otherwise."""
    values: dict[str, Any] = {"resolution": 128, "seed": 7}
    values.update(fields)
    return GenerationRequest(task="image_to_3d", image=image, image_has_alpha=has_alpha, **values)


def ignore_progress(fraction: float, stage: str) -> None:
    """A progress callback that drops the reports."""


def generate(req: GenerationRequest) -> GenerationResult:
    """Run the engine without progress reporting or cancellation."""
    return ImageEngine().generate(req, ignore_progress, lambda: False)


def texture_color_at(mesh: trimesh.Trimesh, x: float, y: float, front: bool = True) -> np.ndarray:
    """Texture colour of the front (or back) vertex closest to (x, y)."""
    side = mesh.vertices[:, 2] > 0 if front else mesh.vertices[:, 2] < 0
    candidates = np.flatnonzero(side)
    distance = np.linalg.norm(mesh.vertices[candidates, :2] - [x, y], axis=1)
    vertex = candidates[np.argmin(distance)]
    u, v = mesh.visual.uv[vertex]
    image = np.asarray(mesh.visual.material.baseColorTexture.convert("RGB"))
    height, width = image.shape[:2]
    return image[int((1 - v) * (height - 1)), int(u * (width - 1))].astype(int)


def test_implements_the_engine_port() -> None:
    engine: Engine = ImageEngine()

    assert engine.name == "image"
    assert engine.tasks == frozenset({"image_to_3d"})


def test_alpha_star_becomes_a_watertight_textured_model() -> None:
    result = generate(request(star_image(), has_alpha=True))
    mesh = result.mesh

    assert result.meta["mask_method"] == "alpha"
    assert result.meta["prior"] == "extrude"  # a flat graphic: one texture, no seams
    assert len(mesh.faces) > 0
    assert mesh.is_watertight
    assert mesh.volume > 0
    assert isinstance(mesh.visual, trimesh.visual.TextureVisuals)
    assert max(mesh.extents) == pytest.approx(1.0)
    assert np.allclose(mesh.bounds.mean(axis=0), 0.0, atol=1e-9)
    # glTF axes: the star's top point is up (+Y), it is flatter along Z than in X and Y.
    top = mesh.vertices[np.argmax(mesh.vertices[:, 1])]
    assert abs(top[0]) < 0.05
    assert mesh.extents[2] < 0.5 * min(mesh.extents[:2])


def horse_image() -> np.ndarray:
    """skimage's horse: a black silhouette on white (its True pixels are the background)."""
    return rgba(~np.asarray(sample_images.horse()))


@pytest.mark.parametrize(
    ("name", "image", "has_alpha", "mask"),
    [
        ("star", star_image(), True, star_image()[..., 3] > 127),
        ("ring", ring_image(), True, ring_image()[..., 3] > 127),
        ("horse", horse_image(), False, ~np.asarray(sample_images.horse())),
    ],
)
def test_front_silhouette_matches_the_drawn_mask(
    name: str, image: np.ndarray, has_alpha: bool, mask: np.ndarray
) -> None:
    mesh = generate(request(image, has_alpha=has_alpha, resolution=256)).mesh

    assert silhouette_iou(mesh, mask) >= MIN_IOU, name


@pytest.mark.parametrize("name", ["astronaut", "coffee", "rocket", "logo"])
def test_front_silhouette_matches_the_mask_found_in_sample_photos(name: str) -> None:
    pixels = np.asarray(getattr(sample_images, name)())
    image = np.ascontiguousarray(pixels) if pixels.shape[2] == 4 else rgba(pixels)
    scale = min(1.0, ANALYSIS_PX / max(image.shape[:2]))
    found = foreground_mask(resized(image, scale), False, 7, network_first=True).mask

    mesh = generate(request(image, has_alpha=False, resolution=256)).mesh

    # Issue 14's bar for photos: the rocket's mask keeps its tower's lattice arms, a pixel
    # or two wide, which a 256 grid cannot (0.969 where drawn outlines reach 0.97).
    assert silhouette_iou(mesh, found) >= PHOTO_MIN_IOU


def test_silhouette_check_notices_lost_tips() -> None:
    image = star_image()
    mesh = generate(request(image, has_alpha=True, resolution=256)).mesh
    blunt = mesh.copy()
    # Pull the top point in by 3 % of the height: the bounding boxes no longer agree.
    top = blunt.vertices[:, 1] > blunt.bounds[1, 1] - 0.03
    blunt.vertices[top, 1] = blunt.bounds[1, 1] - 0.03

    assert silhouette_iou(blunt, image[..., 3] > 127) < MIN_IOU


def test_an_extruded_graphic_is_printed_through_to_its_back() -> None:
    result = generate(request(split_card_image(), has_alpha=False))
    mesh = result.mesh

    front_left = texture_color_at(mesh, -0.3, 0.0)
    front_right = texture_color_at(mesh, 0.3, 0.0)
    back_left = texture_color_at(mesh, -0.3, 0.0, front=False)

    assert result.meta["prior"] == "extrude"
    assert front_left[0] > front_left[2]  # red on the left, seen from +Z
    assert front_right[2] > front_right[0]
    assert back_left[0] > back_left[2]  # the same texel: the print seen through, as a sticker


def test_star_centre_is_red_on_the_texture() -> None:
    mesh = generate(request(star_image(), has_alpha=True)).mesh

    assert texture_color_at(mesh, 0.0, 0.0).tolist() == list(RED)


def test_texture_has_no_background_colour_outside_the_object() -> None:
    mesh = generate(request(split_card_image(), has_alpha=False)).mesh

    texture = np.asarray(mesh.visual.material.baseColorTexture.convert("RGB"), np.int32)
    whiteish = (texture.min(axis=2) > 200).mean()
    assert whiteish < 0.01


def test_uniform_background_uses_the_border_fill() -> None:
    canvas = np.full((200, 260, 3), (250, 250, 245), np.uint8)
    cv2.circle(canvas, (130, 100), 70, BLUE, -1)
    mask = np.zeros(canvas.shape[:2], np.uint8)
    cv2.circle(mask, (130, 100), 70, 1, -1)

    result = generate(request(rgba(canvas), has_alpha=False, resolution=256))

    assert result.meta["mask_method"] == "border_fill"
    assert result.mesh.is_watertight
    assert silhouette_iou(result.mesh, mask > 0) >= MIN_IOU


def test_ring_keeps_its_hole() -> None:
    mesh = generate(request(ring_image(), has_alpha=True)).mesh

    assert mesh.is_watertight
    assert mesh.euler_number == 0  # genus 1
    # No triangle covers the hole's centre when seen from the front.
    triangles = mesh.triangles[:, :, :2]
    a, b, c = triangles[:, 0], triangles[:, 1], triangles[:, 2]

    def cross(p: np.ndarray, q: np.ndarray) -> np.ndarray:
        return (q[:, 0] - p[:, 0]) * (0 - p[:, 1]) - (q[:, 1] - p[:, 1]) * (0 - p[:, 0])

    signs = np.stack([cross(a, b), cross(b, c), cross(c, a)], axis=1)
    covering = np.all(signs >= 0, axis=1) | np.all(signs <= 0, axis=1)
    assert not covering.any()


def test_partly_transparent_alpha_without_the_flag_is_not_used_as_alpha() -> None:
    result = generate(request(star_image(), has_alpha=False))

    assert result.meta["mask_method"] != "alpha"


@pytest.mark.parametrize(
    ("name", "method"),
    [("astronaut", PHOTO_METHOD), ("horse", "border_fill"), ("coffee", PHOTO_METHOD)],
)
def test_bundled_sample_photos(name: str, method: str) -> None:
    image = rgba(np.asarray(getattr(sample_images, name)()))

    result = generate(request(image, has_alpha=False, resolution=128))

    assert result.meta["mask_method"] == method
    assert len(result.mesh.faces) > 0
    # front and back tiles split the seam's vertices: closed as geometry
    assert closed(result.mesh).is_watertight


def test_same_input_gives_identical_output() -> None:
    image = rgba(np.asarray(sample_images.astronaut()))  # the network, then seeded GrabCut

    first = generate(request(image, has_alpha=False))
    second = generate(request(image, has_alpha=False))

    assert np.array_equal(first.mesh.vertices, second.mesh.vertices)
    assert np.array_equal(first.mesh.faces, second.mesh.faces)
    assert np.array_equal(first.mesh.visual.uv, second.mesh.visual.uv)


def test_mesh_simplify_sets_the_face_budget() -> None:
    coarse = generate(request(star_image(), has_alpha=True, mesh_simplify=0.98)).mesh
    fine = generate(request(star_image(), has_alpha=True, mesh_simplify=0.90)).mesh

    assert len(fine.faces) / len(coarse.faces) == pytest.approx(5.0, rel=0.1)


def test_an_object_cut_off_by_the_pictures_edge_ends_there() -> None:
    mask = np.zeros((40, 40), bool)
    mask[10:, 5:35] = True  # runs off the bottom edge

    distance = signed_distance(mask)

    assert distance[-1, 20] == pytest.approx(0.5)  # the last row is next to the outline
    assert distance[10, 20] == pytest.approx(0.5)  # as the first row is
    assert distance[25, 20] == pytest.approx(14.5)


def test_a_photo_cut_off_by_its_edge_is_decimated_to_the_face_budget() -> None:
    # The astronaut's body runs off the bottom of the photo. Measured from the nearest
    # background inside the photo, the outline there stood tens of pixels out: a folded
    # cliff, so every decimation at 512 pinched and the model kept 217k of 227k faces.
    image = rgba(np.asarray(sample_images.astronaut()))

    result = generate(request(image, has_alpha=False, resolution=512))

    step = result.meta["marching_cubes_step"]
    budget = (1.0 - result.meta["mesh_simplify"]) * step**2 * result.meta["faces_before_simplify"]
    assert result.meta["faces"] <= 1.05 * budget
    assert closed(result.mesh).is_watertight


def test_texture_size_follows_the_request_within_the_cap() -> None:
    small = generate(request(star_image(600), has_alpha=True, texture_size=256))
    huge = generate(request(star_image(600), has_alpha=True, texture_size=8192))

    assert small.mesh.visual.material.baseColorTexture.size == (256, 256)
    assert small.meta["texture_size"] == 256
    assert huge.meta["texture_size"] <= 2048


def test_progress_rises_to_one_and_names_each_stage() -> None:
    reports: list[tuple[float, str]] = []

    ImageEngine().generate(
        request(star_image(), has_alpha=True), lambda f, s: reports.append((f, s)), lambda: False
    )

    fractions = [fraction for fraction, _ in reports]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert [stage for _, stage in reports] == [
        "mask",
        "frame",
        "depth",
        "surface",
        "simplify",
        "texture",
    ]


@pytest.mark.parametrize("checks_before_cancel", [0, 2, 5])
def test_cancel_stops_between_stages(checks_before_cancel: int) -> None:
    checks: list[int] = []
    reports: list[str] = []

    def cancel() -> bool:
        checks.append(1)
        return len(checks) > checks_before_cancel

    def progress(fraction: float, stage: str) -> None:
        reports.append(stage)

    with pytest.raises(GenerationCanceled):
        ImageEngine().generate(request(star_image(), has_alpha=True), progress, cancel)
    assert len(reports) == checks_before_cancel


@pytest.mark.parametrize(
    ("image", "has_alpha", "message"),
    [
        (np.zeros((64, 64, 4), np.uint8), True, "transparent"),
        (rgba(np.full((64, 64, 3), 255, np.uint8)), False, "No object"),
        (rgba(np.full((64, 64, 3), 90, np.uint8)), True, "No object"),
    ],
)
def test_images_without_an_object_are_refused(
    image: np.ndarray, has_alpha: bool, message: str
) -> None:
    with pytest.raises(EngineInputError, match=message):
        generate(request(image, has_alpha=has_alpha))


def test_missing_or_malformed_image_is_refused() -> None:
    with pytest.raises(EngineInputError, match="needs an input image"):
        generate(dataclasses.replace(request(star_image(), True), image=None))
    with pytest.raises(EngineInputError, match="RGBA"):
        generate(request(np.zeros((64, 64, 3), np.uint8), has_alpha=False))


def test_a_speck_too_small_to_model_is_refused() -> None:
    canvas = np.zeros((2000, 2000, 4), np.uint8)
    canvas[1000:1003, 200:1800] = 255  # a 3-pixel line: nothing to inflate

    with pytest.raises(EngineInputError):
        generate(request(canvas, has_alpha=True, resolution=32))


def test_inflation_depth_parameter_scales_thickness() -> None:
    inflated = {"prior": "inflate"}
    flat = generate(request(star_image(), True, params={**inflated, "inflation_depth": 0.5})).mesh
    round_ = generate(request(star_image(), True, params=inflated)).mesh

    assert flat.extents[2] < 0.7 * round_.extents[2]
    with pytest.raises(EngineInputError, match="inflation_depth"):
        generate(request(star_image(), True, params={"inflation_depth": "deep"}))


def boxed_star_image() -> np.ndarray:
    """A star drawn on white whose alpha cuts out a whole square around it (a bad cutout)."""
    canvas = np.zeros((300, 300, 4), np.uint8)
    canvas[..., :3] = 255
    cv2.fillPoly(canvas, [star_points((150, 150), 100, 42)], (230, 180, 30, 255))
    canvas[30:270, 30:270, 3] = 255
    return canvas


def test_remove_bg_separates_the_object_even_when_alpha_is_given() -> None:
    image = boxed_star_image()
    star = np.zeros(image.shape[:2], np.uint8)
    cv2.fillPoly(star, [star_points((150, 150), 100, 42)], 1)

    kept = generate(request(image, has_alpha=True, resolution=256))
    removed = generate(request(image, has_alpha=True, resolution=256, remove_bg=True))

    assert (kept.meta["mask_method"], kept.meta["remove_bg"]) == ("alpha", False)
    assert (removed.meta["mask_method"], removed.meta["remove_bg"]) == ("border_fill", True)
    assert silhouette_iou(removed.mesh, star > 0) >= MIN_IOU
    assert silhouette_iou(kept.mesh, star > 0) < 0.6  # the square slab


@pytest.mark.parametrize("ratio", [0.5, 0.85, 1.0])
def test_foreground_ratio_sets_the_object_share_of_the_texture(ratio: float) -> None:
    result = generate(request(ring_image(), has_alpha=True, foreground_ratio=ratio))

    # The texture frames the object so that it spans ``ratio`` of the image side.
    uv = result.mesh.visual.uv
    assert np.ptp(uv, axis=0).max() == pytest.approx(ratio, abs=0.02)
    assert result.meta["foreground_ratio"] == ratio


def test_resolution_sets_the_marching_cubes_grid() -> None:
    low = generate(request(star_image(), has_alpha=True, resolution=64))
    high = generate(request(star_image(), has_alpha=True, resolution=256))

    assert (low.meta["resolution"], high.meta["resolution"]) == (64, 256)
    assert high.meta["faces"] > 4 * low.meta["faces"]
    mask = star_image()[..., 3] > 127
    assert silhouette_iou(high.mesh, mask) > silhouette_iou(low.mesh, mask)


def test_grabcut_finds_the_rocket_not_the_sky() -> None:
    image = rgba(np.asarray(sample_images.rocket()))

    found = foreground_mask(image, False, 7)

    assert found.method == "grabcut"
    rows = np.flatnonzero(found.mask.any(axis=1))
    cols = np.flatnonzero(found.mask.any(axis=0))
    assert rows[-1] - rows[0] > 3 * (cols[-1] - cols[0])  # tall and thin
    assert found.mask.mean() < 0.05  # the sky window is about half the picture
