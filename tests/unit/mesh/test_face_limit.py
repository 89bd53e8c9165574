"""limit_faces: at most the limit (and at least 90 % of it), visuals carried, closed kept.

Run on what the CPU engines really make: a textured image model (front and back charts),
a multi-view hull (up to four charts) and a text model (vertex colours and material tags on
a CSG surface, where plain quadric passes stall).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest
import trimesh
from bench.quality import silhouettes, strip
from PIL import Image, ImageDraw
from scipy.spatial import cKDTree

from meshforge.engines.base import GenerationRequest
from meshforge.engines.image.engine import ImageEngine
from meshforge.engines.multiview.engine import MultiViewEngine
from meshforge.engines.text.engine import TextEngine
from meshforge.mesh import simplify as simplify_module
from meshforge.mesh.materials import FACE_PATTERN, FACE_PBR
from meshforge.mesh.materials import face_colors as baked_face_colors
from meshforge.mesh.simplify import FaceLimitError, limit_faces
from meshforge.mesh.texture import vertex_colors
from meshforge.worker.outputs import write_outputs


def ignore(fraction: float, stage: str) -> None:
    """A progress callback that drops the reports."""


def disc_image() -> np.ndarray:
    """A yellow disc with a red square in the middle, on a transparent background."""
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 30, 216, 226), fill=(250, 200, 20, 255))
    draw.rectangle((100, 100, 160, 160), fill=(200, 30, 30, 255))
    return np.asarray(image)


@cache
def engine_mesh(engine: str) -> trimesh.Trimesh:
    """A model made by ``engine`` (cached: the tests only read it)."""
    if engine == "image":
        request = GenerationRequest(
            task="image_to_3d", seed=3, image=disc_image(), image_has_alpha=True, resolution=192
        )
        return ImageEngine().generate(request, ignore, lambda: False).mesh
    if engine == "multiview":
        request = GenerationRequest(
            task="image_to_3d",
            seed=5,
            image=strip(silhouettes("chair")),
            multi_image=True,
            image_has_alpha=True,
            resolution=192,
        )
        return MultiViewEngine().generate(request, ignore, lambda: False).mesh
    request = GenerationRequest(task="text_to_3d", seed=3, prompt="a car", resolution=256)
    return TextEngine().generate(request, ignore, lambda: False).mesh


def welded(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """``mesh`` with its seam copies merged (closedness is a property of the geometry)."""
    merged = trimesh.Trimesh(vertices=mesh.vertices, faces=mesh.faces, process=False)
    merged.merge_vertices()
    return merged


def face_colors(mesh: trimesh.Trimesh) -> np.ndarray:
    """Each face's colour (RGB) as the outputs show it.

    Vertex-coloured faces are baked in the colour most of their corners carry; textured
    ones are taken as the mean of the texture at their corners.
    """
    if isinstance(mesh.visual, trimesh.visual.ColorVisuals):
        return baked_face_colors(mesh)[:, :3].astype(float)
    return vertex_colors(mesh)[mesh.faces][..., :3].astype(float).mean(axis=1)


@pytest.mark.parametrize("engine", ["image", "multiview", "text"])
@pytest.mark.parametrize("limit", [600, 1500])
def test_the_limit_is_met_from_below_and_colours_stay_where_they_were(
    engine: str, limit: int
) -> None:
    source = engine_mesh(engine)
    assert len(source.faces) > limit

    result = limit_faces(source, limit)

    assert 0.9 * limit <= len(result.faces) <= limit
    assert type(result.visual) is type(source.visual)
    # each new face's colour is that of the original surface under it: a UV taken from the
    # wrong chart of the atlas, or a colour from another part, shows up as a large difference
    _, under = cKDTree(source.triangles_center).query(result.triangles_center)
    difference = np.abs(face_colors(result) - face_colors(source)[under]).max(axis=1)
    assert np.median(difference) < 12
    assert np.mean(difference < 40) > 0.95


@pytest.mark.parametrize("engine", ["image", "multiview", "text"])
def test_a_closed_model_stays_closed_at_a_moderate_limit(engine: str) -> None:
    source = engine_mesh(engine)
    assert welded(source).is_watertight

    assert welded(limit_faces(source, 1500)).is_watertight


def test_textures_and_material_tags_are_carried() -> None:
    image_model = engine_mesh("image")
    result = limit_faces(image_model, 1000)
    assert result.visual.material is image_model.visual.material
    assert result.visual.uv.shape == (len(result.vertices), 2)

    text_model = engine_mesh("text")
    tagged = limit_faces(text_model, 1000)
    patterns = tagged.face_attributes[FACE_PATTERN]
    assert len(patterns) == len(tagged.faces)
    assert set(patterns.tolist()) <= set(text_model.face_attributes[FACE_PATTERN].tolist())
    assert tagged.face_attributes[FACE_PBR].shape == (len(tagged.faces), 2)


def test_a_model_within_the_limit_is_returned_unchanged() -> None:
    model = engine_mesh("image")

    assert limit_faces(model, len(model.faces)) is model
    assert limit_faces(model, len(model.faces) + 1000) is model


def test_a_limit_the_decimation_cannot_reach_is_refused_with_advice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a decimator that stalls at once, as fast-simplification and Manifold both can
    def unchanged(mesh: trimesh.Trimesh, *_: object) -> trimesh.Trimesh:
        return mesh

    monkeypatch.setattr(simplify_module, "_decimate", unchanged)
    monkeypatch.setattr(simplify_module, "_manifold_simplified", unchanged)

    with pytest.raises(FaceLimitError, match="ask for a higher face_limit"):
        limit_faces(trimesh.creation.icosphere(subdivisions=3), 500)


@pytest.mark.parametrize("fmt", ["glb", "usdz", "3mf"])
def test_the_job_outputs_apply_the_limit_to_any_engine_mesh(tmp_path: Path, fmt: str) -> None:
    # what a neural engine returns: a closed, vertex-coloured surface of many faces
    mesh = trimesh.creation.icosphere(subdivisions=5)
    mesh.visual.vertex_colors = np.where(
        mesh.vertices[:, :1] > 0, [[200, 40, 40, 255]], [[40, 40, 200, 255]]
    ).astype(np.uint8)

    names, added = write_outputs(mesh, {}, fmt, tmp_path, "job", False, ignore, face_limit=1000)

    assert added["faces_before_limit"] == len(mesh.faces)
    assert 900 <= added["faces"] <= 1000
    assert names[0] == f"job.{fmt}"
    if fmt == "glb":
        loaded = trimesh.load(tmp_path / names[0], force="mesh")
        assert len(loaded.faces) == added["faces"]
