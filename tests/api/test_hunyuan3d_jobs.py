"""Hunyuan3D-2 jobs through the API on a tiny random model, in the server's engine process:
hy3dgen's real sampling loop, MeshForge's mask, surface, simplify, export and meta."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator

import pytest
import trimesh
from fastapi.testclient import TestClient
from test_generation import star_png

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.neural_models import require_hy3dgen, save_tiny_hunyuan3d
from support.serving import add_key, make_settings, wait_for

IMAGE = "/api/v6/3d/image_to_3d"
STAR = "data:image/png;base64," + base64.b64encode(star_png()).decode()
QUICK = {"model_id": "hunyuan3d-2", "num_inference_steps": 3, "octree_resolution": 32}


@pytest.fixture(scope="module")
def hunyuan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    """A server whose models directory holds a tiny Hunyuan3D-2, and a key on it."""
    require_hy3dgen()
    root = tmp_path_factory.mktemp("hunyuan")
    save_tiny_hunyuan3d(root / "models")
    settings = make_settings(root, models_dir=root / "models", device="cpu", job_timeout_s=120)
    with TestClient(create_app(build_runtime(settings))) as client:
        yield client, add_key(client)


def test_an_image_job_runs_on_hunyuan3d_and_gives_a_closed_glb(
    hunyuan: tuple[TestClient, str],
) -> None:
    client, key = hunyuan
    created = client.post(
        IMAGE, json={"key": key, "init_image": STAR, "face_limit": 500, **QUICK}
    ).json()
    assert created["meta"]["model_id"] == "hunyuan3d-2", created

    done = wait_for(client, created["id"], key, timeout_s=120)

    assert done["status"] == "success", done
    meta = done["meta"]
    assert (meta["engine"], meta["device"], meta["precision"]) == ("hunyuan3d-2", "cpu", "float32")
    assert meta["octree_resolution"] == 32 and meta["num_inference_steps"] == 3
    assert "engine_fallback" not in meta
    data = client.get(done["output"][0].removeprefix("http://testserver")).content
    mesh = trimesh.load(io.BytesIO(data), file_type="glb", force="mesh")
    assert 0 < len(mesh.faces) <= 500  # the face limit holds for a neural engine too
    assert meta["faces_before_limit"] > 500 >= meta["faces"] >= 450


def test_hunyuan3d_takes_pictures_only_and_its_parameters_are_checked(
    hunyuan: tuple[TestClient, str],
) -> None:
    client, key = hunyuan
    text = client.post(
        "/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a chair", "model_id": "hunyuan3d-2"}
    )
    too_fine = client.post(
        IMAGE, json={"key": key, "init_image": STAR, **QUICK, "octree_resolution": 4096}
    )

    assert text.status_code == 400 and "hunyuan3d-2" in text.json()["message"]
    assert too_fine.status_code == 400 and "octree_resolution" in too_fine.json()["message"]
