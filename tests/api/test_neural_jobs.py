"""Shap-E jobs end to end through the API, on tiny randomly initialised models (real code path:
diffusers pipeline, MeshForge's surface, simplify, export), in the server's engine process."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trimesh
from fastapi.testclient import TestClient
from test_generation import star_png

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.neural_models import require_neural, tiny_models
from support.serving import add_key, make_settings, wait_for

TEXT = "/api/v6/3d/text_to_3d"
IMAGE = "/api/v6/3d/image_to_3d"
STAR = "data:image/png;base64," + base64.b64encode(star_png()).decode()
BASE = "http://testserver"
#: tiny models: a few steps and a coarse grid keep each job near a second
QUICK = {"model_id": "shap-e", "num_inference_steps": 2, "grid_size": 32}


@pytest.fixture(scope="module")
def neural(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    """A server whose models directory holds tiny Shap-E models, and a key on it."""
    require_neural()
    root = tmp_path_factory.mktemp("neural")
    models = tiny_models(root / "models")
    settings = make_settings(root, models_dir=models, device="cpu", job_timeout_s=90)
    with TestClient(create_app(build_runtime(settings))) as client:
        yield client, add_key(client)


def _fetch(client: TestClient, key: str, job_id: int) -> dict:
    return client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()


def test_text_jobs_succeed_in_every_format(neural: tuple[TestClient, str]) -> None:
    client, key = neural
    jobs = {
        fmt: client.post(
            TEXT, json={"key": key, "prompt": "a red chair", "output_format": fmt, **QUICK}
        ).json()
        for fmt in ("glb", "obj", "stl", "ply")
    }
    for fmt, created in jobs.items():
        assert created["meta"]["model_id"] == "shap-e", created
        done = wait_for(client, created["id"], key, timeout_s=90)
        assert done["status"] == "success", done
        meta = done["meta"]
        assert (meta["engine"], meta["device"], meta["precision"]) == ("shap-e", "cpu", "float32")
        assert meta["watertight"] is True and meta["grid_size"] == 32
        assert meta["guidance_scale"] == 15.0  # Shap-E's own default for text
        main = client.get(done["output"][0].removeprefix(BASE))
        assert main.status_code == 200
        if fmt == "obj":  # the main file is the .obj; its material and texture come along
            continue
        mesh = trimesh.load(io.BytesIO(main.content), file_type=fmt, force="mesh")
        mesh.merge_vertices(merge_tex=True, merge_norm=True)  # glb splits them at UV seams
        assert len(mesh.faces) > 0 and mesh.is_watertight, fmt


def test_an_image_job_succeeds(neural: tuple[TestClient, str]) -> None:
    client, key = neural
    created = client.post(
        IMAGE, json={"key": key, "init_image": STAR, "face_limit": 500, **QUICK}
    ).json()
    done = wait_for(client, created["id"], key, timeout_s=90)
    assert done["status"] == "success", done
    assert done["meta"]["mask_method"] == "alpha" and done["meta"]["guidance_scale"] == 3.0
    # the face limit holds for a neural engine too (the worker decimates after generate)
    assert done["meta"]["faces_before_limit"] > 500 >= done["meta"]["faces"] >= 450


def test_progress_rises_then_cancel_stops_it_between_steps(
    neural: tuple[TestClient, str],
) -> None:
    client, key = neural
    # tiny models take milliseconds a step; reading a 256³ grid takes them half a minute, in
    # batches that each report progress and check cancel, as the denoising steps do
    slow = {**QUICK, "num_inference_steps": 150, "grid_size": 256}
    job = client.post(TEXT, json={"key": key, "prompt": "a lamp", **slow}).json()
    seen: list[int] = []
    deadline = time.monotonic() + 60
    while len({value for value in seen if value > 0}) < 3 and time.monotonic() < deadline:
        body = _fetch(client, key, job["id"])
        assert body["status"] == "processing", body
        seen.append(body["progress"])
        time.sleep(0.1)
    rising = [value for value in seen if value > 0]
    assert len(set(rising)) >= 3 and rising == sorted(rising), seen
    canceled = client.post(f"/api/v6/3d/cancel/{job['id']}", json={"key": key}).json()
    assert canceled["status"] == "failed" and "canceled" in canceled["message"]
    # the engine stopped at a step boundary and its process lives on with the model loaded
    after = client.post(TEXT, json={"key": key, "prompt": "a lamp", **QUICK}).json()
    done = wait_for(client, after["id"], key, timeout_s=60)
    assert done["status"] == "success", done
    assert done["meta"]["model_warm"] is True


def test_an_engine_exception_fails_the_job_and_the_server_goes_on(tmp_path: Path) -> None:
    require_neural()
    models = tiny_models(tmp_path / "models")
    # configs parse (the API's check passes) but the weights are not a safetensors file
    (models / "shap-e" / "prior" / "diffusion_pytorch_model.safetensors").write_bytes(b"rubbish")
    settings = make_settings(tmp_path, models_dir=models, device="cpu", job_timeout_s=90)
    with TestClient(create_app(build_runtime(settings))) as client:
        key = add_key(client)
        broken = client.post(TEXT, json={"key": key, "prompt": "a cup", **QUICK}).json()
        assert broken["meta"]["model_id"] == "shap-e"
        failed = wait_for(client, broken["id"], key, timeout_s=90)
        assert failed["status"] == "failed", failed
        assert failed["message"].startswith("Generation failed: ")
        assert "safetensors" in failed["message"].lower() or "header" in failed["message"].lower()
        # the same engine process goes on serving the task whose weights are fine
        fine = client.post(IMAGE, json={"key": key, "init_image": STAR, **QUICK}).json()
        assert wait_for(client, fine["id"], key, timeout_s=90)["status"] == "success"
