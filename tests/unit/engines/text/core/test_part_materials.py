"""Materials reach the parts, the fused mesh's faces, and a texture a user can see."""

from __future__ import annotations

from functools import cache

import numpy as np
import trimesh
from numpy.typing import NDArray

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.engines.text import TextEngine
from meshforge.engines.text.core.lexicon import MATERIALS
from meshforge.mesh.materials import FACE_PATTERN, PATTERNS, Pattern, bake_materials


@cache
def generate(prompt: str) -> GenerationResult:
    """The engine's model of ``prompt`` (seed 1, resolution 64), made once per test session."""
    request = GenerationRequest("text_to_3d", seed=1, resolution=64, prompt=prompt)
    return TextEngine().generate(request, lambda _f, _s: None, lambda: False)


def face_patterns(mesh: trimesh.Trimesh) -> NDArray[np.str_]:
    """Each face's pattern name."""
    names = np.array([pattern.value for pattern in PATTERNS])
    return names[np.asarray(mesh.face_attributes[FACE_PATTERN], np.int64)]


def baked_texture(prompt: str) -> NDArray[np.float64]:
    """The grey levels of the baked base colour texture of ``prompt``'s model."""
    result = generate(prompt)
    pbr = result.meta["pbr"]
    baked = bake_materials(result.mesh, 1024, pbr["metallic"], pbr["roughness"])
    image = baked.visual.material.baseColorTexture.convert("L")
    return np.asarray(image, np.float64)


def grain(texture: NDArray[np.float64]) -> float:
    """Change along rows over change across them: well below 1 for streaky wood grain."""
    return float(np.abs(np.diff(texture, axis=1)).mean() / np.abs(np.diff(texture, axis=0)).mean())


def test_every_material_word_has_a_pattern() -> None:
    assert all(isinstance(material.pattern, Pattern) for material in MATERIALS.values())
    assert {MATERIALS[w].pattern for w in ("wood", "leather", "fabric", "stone", "gold")} == {
        Pattern.WOOD,
        Pattern.LEATHER,
        Pattern.FABRIC,
        Pattern.STONE,
        Pattern.POLISHED_METAL,
    }


def test_a_leather_and_a_wooden_armchair_differ_at_a_glance() -> None:
    leather, wood = generate("a leather armchair"), generate("a wooden armchair")

    assert set(face_patterns(leather.mesh)) == {"leather"}
    assert set(face_patterns(wood.mesh)) == {"wood"}
    leather_texture = baked_texture("a leather armchair")
    wood_texture = baked_texture("a wooden armchair")
    assert leather_texture.std() > 5 and wood_texture.std() > 5  # textures, not flat cells
    assert grain(wood_texture) < 0.6 < 0.8 < grain(leather_texture)


def test_a_parts_own_material_wins_over_the_objects() -> None:
    result = generate("a wooden chair with a red leather cushion")

    assert result.meta["part_materials"]["cushion"] == "leather"
    assert result.meta["part_materials"]["seat"] == "wood"
    assert {"wood", "leather"} <= set(face_patterns(result.mesh))


def test_the_objects_material_leaves_fixed_parts_alone() -> None:
    result = generate("a wooden sedan")

    materials = result.meta["part_materials"]
    assert materials["body"] == "wood"
    assert materials["wheel"] == "rubber"  # the tyres' own default, not wooden wheels
    assert materials["window"] == "glass"


def test_a_model_without_material_words_stays_plain_colours() -> None:
    result = generate("a red chair")
    assert result.meta["part_materials"] == {}
    assert set(face_patterns(result.mesh)) == {"plain"}

    baked = bake_materials(result.mesh, 1024, 0.0, 0.6)

    image = np.asarray(baked.visual.material.baseColorTexture)
    assert image.shape[0] <= 32 and image.shape[1] <= 32  # a few palette cells, a tiny file
    cells = image.reshape(image.shape[0] // 8, 8, image.shape[1] // 8, 8, 3)
    assert np.all(cells == cells[:, :1, :, :1])  # every cell is one flat colour
    assert baked.visual.material.metallicRoughnessTexture is None


def test_metallic_roughness_follow_each_part() -> None:
    result = generate("a gold crown")
    pbr = result.meta["pbr"]  # the object's gold, as the worker passes it
    baked = bake_materials(result.mesh, 1024, pbr["metallic"], pbr["roughness"])

    texture = baked.visual.material.metallicRoughnessTexture
    assert texture is not None
    texels = np.asarray(texture.convert("RGB"))
    uv = baked.visual.uv
    rows = np.clip(((1 - uv[:, 1]) * texels.shape[0]).astype(int), 0, texels.shape[0] - 1)
    cols = np.clip((uv[:, 0] * texels.shape[1]).astype(int), 0, texels.shape[1] - 1)
    metallic, roughness = texels[rows, cols, 2], texels[rows, cols, 1]
    patterns = face_patterns(result.mesh)
    gold = np.isin(np.arange(len(uv)), baked.faces[patterns[: len(baked.faces)] != "plain"])
    # the band is gold (metal, glossy); the cap and jewels keep the plain default factors
    assert np.all(metallic[gold] == 255) and np.all(roughness[gold] == round(0.25 * 255))
    assert np.all(metallic[~gold] == 0)
