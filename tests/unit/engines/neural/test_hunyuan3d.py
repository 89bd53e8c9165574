"""Hunyuan3D-2 through hy3dgen's own shape code, with a tiny random model built here, offline.

The tiny model has the published architecture (Hunyuan3DDiT, ShapeVAE, a DINOv2 conditioner,
the flow-matching scheduler) at a width of 32 and one layer each, saved as hy3dgen publishes
it: ``hunyuan3d-2/hunyuan3d-dit-v2-0/{config.yaml, model.fp16.safetensors}`` with the parts
under ``model.``, ``vae.`` and ``conditioner.``. What it draws is noise, not an object.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from meshforge.engines.base import GenerationCanceled, GenerationRequest
from meshforge.engines.neural.engine import WeightsMissing
from meshforge.engines.neural.hunyuan3d.parameters import SUBFOLDER, WEIGHTS
from meshforge.engines.neural.weights import check_folder
from support.neural_models import TINY_HUNYUAN3D_CONFIG, require_hy3dgen, save_tiny_hunyuan3d


@pytest.fixture
def hy3dgen_installed() -> None:
    require_hy3dgen()


def _picture() -> np.ndarray:
    """A red box over a blue one on a transparent background (RGBA)."""
    rgba = np.zeros((96, 96, 4), np.uint8)
    rgba[20:50, 30:66] = (220, 30, 30, 255)
    rgba[50:80, 30:66] = (30, 30, 220, 255)
    return rgba


def _request(**params: Any) -> GenerationRequest:
    return GenerationRequest(
        task="image_to_3d",
        seed=7,
        image=_picture(),
        image_has_alpha=True,
        mesh_simplify=0.9,
        params={"num_inference_steps": 4, "octree_resolution": 32, **params},
    )


@pytest.fixture
def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hy3dgen_installed: None) -> Any:
    from meshforge.engines.neural.hunyuan3d import Hunyuan3DEngine

    save_tiny_hunyuan3d(tmp_path)
    monkeypatch.setenv("MESHFORGE_ENGINE_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("MESHFORGE_ENGINE_DEVICE", "cpu")
    return Hunyuan3DEngine()


def test_hy3dgen_shape_code_loads_without_torchvision_or_pymeshlab(
    hy3dgen_installed: None,
) -> None:
    from meshforge.engines.neural.hunyuan3d.upstream import shape_modules

    modules = shape_modules()

    assert modules.denoiser.__module__ == "hy3dgen.shapegen.models.denoisers.hunyuan3ddit"
    assert modules.pipeline.__module__ == "hy3dgen.shapegen.pipelines"
    assert "torchvision" not in sys.modules and "pymeshlab" not in sys.modules


def test_the_tiny_model_becomes_a_closed_mesh_coloured_from_the_picture(engine: Any) -> None:
    stages: list[tuple[float, str]] = []

    result = engine.generate(_request(), lambda f, s: stages.append((f, s)), lambda: False)

    mesh = result.mesh
    assert len(mesh.faces) > 0 and result.meta["watertight"] == mesh.is_watertight
    assert result.meta["octree_resolution"] == 32 and result.meta["num_inference_steps"] == 4
    assert result.meta["engine"] == "hunyuan3d-2" and result.meta["device"] == "cpu"
    sampling = [f for f, s in stages if s == "sampling"]
    assert len(sampling) == 4  # one report per flow-matching step, from hy3dgen's callback
    fractions = [f for f, _ in stages]
    assert fractions == sorted(fractions) and fractions[-1] >= 0.9
    colours = mesh.visual.vertex_colors[:, :3].astype(int)
    reddish = (colours[:, 0] > 150) & (colours[:, 2] < 100)
    bluish = (colours[:, 2] > 150) & (colours[:, 0] < 100)
    assert reddish.any() and bluish.any()  # the picture's two colours, projected
    upper = mesh.vertices[:, 1] > np.median(mesh.vertices[:, 1])
    assert reddish[upper].mean() > reddish[~upper].mean()  # red above blue, as drawn


def test_the_same_seed_gives_the_same_mesh(engine: Any) -> None:
    first = engine.generate(_request(), lambda *_: None, lambda: False)
    again = engine.generate(_request(), lambda *_: None, lambda: False)

    assert again.meta["model_warm"] is True
    assert np.array_equal(first.mesh.faces, again.mesh.faces)
    assert np.allclose(first.mesh.vertices, again.mesh.vertices)


def test_a_cancel_stops_sampling_between_steps(engine: Any) -> None:
    stages: list[tuple[float, str]] = []

    # hy3dgen calls back after each step: a cancel seen after step 2 ends the run after step 3
    with pytest.raises(GenerationCanceled, match="after step 3 of 6"):
        engine.generate(
            _request(num_inference_steps=6),
            lambda f, s: stages.append((f, s)),
            lambda: sum(s == "sampling" for _, s in stages) >= 2,
        )
    assert not any(s == "volume" for _, s in stages)


def test_a_cancel_stops_the_grid_queries_between_batches(engine: Any) -> None:
    stages: list[tuple[float, str]] = []

    with pytest.raises(GenerationCanceled, match=r"after step 2 of 35$"):
        engine.generate(
            _request(octree_resolution=64),  # 65³ points: 35 batches
            lambda f, s: stages.append((f, s)),
            lambda: any(s == "volume" for _, s in stages),
        )


def test_missing_weights_name_the_folder_and_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hy3dgen_installed: None
) -> None:
    from meshforge.engines.neural.hunyuan3d import Hunyuan3DEngine

    monkeypatch.setenv("MESHFORGE_ENGINE_MODELS_DIR", str(tmp_path))
    command = f"hf download tencent/Hunyuan3D-2 --include '{SUBFOLDER}/*' --local-dir {tmp_path}"

    with pytest.raises(WeightsMissing, match=command.replace("*", r"\*")):
        Hunyuan3DEngine().generate(_request(), lambda *_: None, lambda: False)


def test_a_conditioner_it_cannot_build_offline_is_refused_at_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hy3dgen_installed: None
) -> None:
    from meshforge.engines.neural.hunyuan3d import Hunyuan3DEngine

    config = yaml.safe_load(yaml.safe_dump(TINY_HUNYUAN3D_CONFIG))
    del config["conditioner"]["params"]["main_image_encoder"]["kwargs"]["config"]
    folder = save_tiny_hunyuan3d(tmp_path, TINY_HUNYUAN3D_CONFIG)
    (folder / SUBFOLDER / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    monkeypatch.setenv("MESHFORGE_ENGINE_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("MESHFORGE_ENGINE_DEVICE", "cpu")
    assert check_folder(WEIGHTS.folders["image_to_3d"], tmp_path).valid

    with pytest.raises(ValueError, match="never from the Hub"):
        Hunyuan3DEngine().generate(_request(), lambda *_: None, lambda: False)
