"""The material bake: patterned surfaces in an atlas with per-surface PBR, plain ones as cells."""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import pytest
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.mesh.materials import (
    CELL_PX,
    FACE_PATTERN,
    Pattern,
    bake_materials,
    shade,
    tag_faces,
)
from meshforge.mesh.palette import bake_palette


def two_boxes(
    left: Pattern, right: Pattern, rgb: tuple[int, int, int] = (150, 100, 60)
) -> trimesh.Trimesh:
    """Two 0.5 m boxes side by side, one colour, each tagged with its own pattern."""
    first = trimesh.creation.box((0.5, 0.5, 0.5))
    second = trimesh.creation.box((0.5, 0.5, 0.5))
    second.apply_translation((0.6, 0, 0))
    mesh = trimesh.util.concatenate([first, second])
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=np.array([*rgb, 255], np.uint8))
    face_surface = np.repeat([0, 1], len(first.faces))
    rough = [0.6 if left is Pattern.LEATHER else 0.75, 0.2]
    tag_faces(mesh, face_surface, [left, right], [0.0, 1.0], rough)
    return mesh


def texels_of(baked: trimesh.Trimesh, faces: NDArray[np.bool_]) -> NDArray[np.uint8]:
    """The base colour texels under the UV bounding box of ``faces`` (one chart region)."""
    image = np.asarray(baked.visual.material.baseColorTexture.convert("RGB"))
    return _region(image, baked, faces)


def _region(image: NDArray[np.uint8], baked: trimesh.Trimesh, faces: NDArray[np.bool_]) -> Any:
    """The texels of ``image`` under the UV bounding box of ``faces``."""
    height, width = image.shape[:2]
    uv = baked.visual.uv[np.unique(baked.faces[faces])]
    cols = np.clip((uv[:, 0] * width).astype(int), 0, width - 1)
    rows = np.clip(((1 - uv[:, 1]) * height).astype(int), 0, height - 1)
    return image[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]


def face_of_box(baked: trimesh.Trimesh, box: int, normal: tuple[float, float, float]) -> Any:
    """Faces of box 0 (x < 0.3) or 1 whose normal is ``normal``."""
    centers = baked.triangles_center
    in_box = (centers[:, 0] > 0.3) == bool(box)
    return in_box & np.all(np.isclose(baked.face_normals, normal), axis=1)


def test_leather_and_wood_bake_to_clearly_different_textures() -> None:
    baked = bake_materials(two_boxes(Pattern.WOOD, Pattern.LEATHER), texture_size=512)

    wood = texels_of(baked, face_of_box(baked, 0, (0, 0, 1))).astype(float).mean(axis=2)
    leather = texels_of(baked, face_of_box(baked, 1, (0, 0, 1))).astype(float).mean(axis=2)

    # both vary around the same brown, but differently: wood streaks along its rows (grain
    # along the piece), leather is isotropic pebbles and creases
    assert wood.std() > 6 and leather.std() > 6
    wood_rows = np.abs(np.diff(wood, axis=1)).mean() / np.abs(np.diff(wood, axis=0)).mean()
    leather_rows = np.abs(np.diff(leather, axis=1)).mean() / np.abs(np.diff(leather, axis=0)).mean()
    assert wood_rows < 0.6, wood_rows  # along the grain changes far less than across it
    assert 0.7 < leather_rows < 1.4, leather_rows


def test_metallic_roughness_texture_carries_each_surfaces_values() -> None:
    baked = bake_materials(two_boxes(Pattern.WOOD, Pattern.POLISHED_METAL), texture_size=512)
    material = baked.visual.material
    pbr = np.asarray(material.metallicRoughnessTexture.convert("RGB"))

    wood = _region(pbr, baked, face_of_box(baked, 0, (1, 0, 0)))
    gold = _region(pbr, baked, face_of_box(baked, 1, (1, 0, 0)))

    assert (material.metallicFactor, material.roughnessFactor) == (1.0, 1.0)
    # glTF packing: G = roughness, B = metallic
    assert np.all(wood[..., 1] == round(0.75 * 255)) and np.all(wood[..., 2] == 0)
    assert np.all(gold[..., 1] == round(0.2 * 255)) and np.all(gold[..., 2] == 255)


def test_texel_density_is_even_across_charts() -> None:
    mesh = trimesh.creation.box((1.0, 0.25, 0.25))
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=[120, 120, 150, 255])
    tag_faces(mesh, np.zeros(len(mesh.faces), int), [Pattern.FABRIC], [0.0], [0.9])

    baked = bake_materials(mesh, texture_size=1024)

    image = baked.visual.material.baseColorTexture
    uv_px = baked.visual.uv * image.size
    per_metre = []
    for face in range(len(baked.faces)):
        corners = baked.vertices[baked.faces[face]]
        texels = uv_px[baked.faces[face]]
        per_metre.append(
            np.linalg.norm(texels[1] - texels[0]) / np.linalg.norm(corners[1] - corners[0])
        )
    assert max(per_metre) == pytest.approx(min(per_metre), rel=1e-6)


def test_the_atlas_stays_within_texture_size() -> None:
    mesh = trimesh.creation.icosphere(subdivisions=3, radius=2.0)
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=[170, 74, 68, 255])
    tag_faces(mesh, np.zeros(len(mesh.faces), int), [Pattern.BRICK], [0.0], [0.9])

    for size in (256, 300, 1024):
        baked = bake_materials(mesh, texture_size=size)
        width, height = baked.visual.material.baseColorTexture.size
        assert width <= size and height <= size
        assert np.all((baked.visual.uv >= 0) & (baked.visual.uv <= 1))


def test_plain_faces_keep_one_flat_cell_per_colour() -> None:
    mesh = trimesh.creation.box()
    colors = np.where(mesh.vertices[:, :1] > 0, [200, 30, 30, 255], [30, 30, 200, 255])
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=colors.astype(np.uint8))

    baked = bake_palette(mesh, 0.0, 0.6)

    image = baked.visual.material.baseColorTexture
    assert image.size == (2 * CELL_PX, CELL_PX)  # two colours: two cells, as before materials
    assert baked.visual.material.metallicRoughnessTexture is None
    assert baked.visual.material.roughnessFactor == 0.6
    sampled = np.asarray(image)[
        ((1 - baked.visual.uv[:, 1]) * image.size[1]).astype(int),
        (baked.visual.uv[:, 0] * image.size[0]).astype(int),
    ]
    assert {tuple(c) for c in sampled} == {(200, 30, 30), (30, 30, 200)}


def test_black_is_lifted_to_a_dark_grey_with_lower_roughness() -> None:
    mesh = trimesh.creation.box()
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=[0, 0, 0, 255])

    baked = bake_materials(mesh, 1024, 0.0, 0.9)

    texel = np.asarray(baked.visual.material.baseColorTexture)[0, 0]
    assert texel.min() >= 40 and texel.max() <= 70  # dark, yet shading can show on it
    assert baked.visual.material.roughnessFactor < 0.9
    white = trimesh.creation.box()
    white.visual = trimesh.visual.ColorVisuals(white, vertex_colors=[250, 250, 250, 255])
    assert tuple(np.asarray(bake_materials(white).visual.material.baseColorTexture)[0, 0]) == (
        250,
        250,
        250,
    )


def test_tags_survive_pickling_copies_and_concatenation() -> None:
    mesh = two_boxes(Pattern.WOOD, Pattern.LEATHER)

    # the engine process sends the mesh to the worker pickled
    restored = pickle.loads(pickle.dumps(mesh))  # noqa: S301 (our own bytes)
    joined = trimesh.util.concatenate([restored, restored.copy()])

    codes = joined.face_attributes[FACE_PATTERN]
    assert len(codes) == len(joined.faces)
    assert {Pattern(p) for p in np.asarray(list(Pattern))[np.unique(codes)]} == {
        Pattern.WOOD,
        Pattern.LEATHER,
    }


@pytest.mark.parametrize("pattern", list(Pattern))
def test_every_pattern_tints_its_colour(pattern: Pattern) -> None:
    field = shade(pattern, (150, 100, 60), (64, 96), 8.0, seed=1)

    assert field.shape == (64, 96, 3) and field.dtype == np.uint8
    mean = field.reshape(-1, 3).mean(axis=0)
    if pattern is Pattern.GLASS:
        assert np.all(mean > (150, 100, 60))  # a lighter tint that reads as clear
    elif pattern is not Pattern.BRICK:  # mortar greys part of the bricks
        assert np.allclose(mean / mean.sum(), np.array((150, 100, 60)) / 310, atol=0.02)
    if pattern is Pattern.PLAIN:
        assert np.all(field == (150, 100, 60))
    else:
        assert field.std() > 0.5  # a texture, not a flat colour


def test_patterned_atlas_is_an_opaque_palette_image_close_to_the_shades() -> None:
    mesh = two_boxes(Pattern.STONE, Pattern.FABRIC)
    baked = bake_materials(mesh)

    image = baked.visual.material.baseColorTexture
    assert isinstance(image, Image.Image)
    assert image.mode == "P" and "transparency" not in image.info  # a small, opaque PNG
    texels = np.asarray(image.convert("RGB"), np.float64)
    stone = _region(texels, baked, face_of_box(baked, 0, (0, 0, 1)))
    # 256 colours keep the surface's hue and its texture
    mean = stone.reshape(-1, 3).mean(axis=0)
    assert np.allclose(mean / mean.sum(), np.array((150, 100, 60)) / 310, atol=0.02)
    assert stone.std() > 5


@pytest.mark.parametrize("texture_size", [128, 512])
def test_a_neural_models_thousands_of_colours_are_posterised_into_the_atlas(
    texture_size: int,
) -> None:
    # a Shap-E mesh has a colour per vertex: more 8 px cells than any atlas holds (this hung)
    sphere = trimesh.creation.icosphere(subdivisions=5)
    rng = np.random.default_rng(3)
    rgb = rng.integers(0, 256, (len(sphere.vertices), 3))
    sphere.visual.vertex_colors = np.hstack([rgb, np.full((len(rgb), 1), 255)]).astype(np.uint8)

    baked = bake_materials(sphere, texture_size)

    width, height = baked.visual.material.baseColorTexture.size
    assert width <= texture_size and height <= texture_size
    assert len(baked.faces) == len(sphere.faces)
