"""Cancel, delete, list, the engine list, and ModelsLab's account endpoints."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path

from fastapi.testclient import TestClient
from PIL import Image

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for

TEXT = "/api/v6/3d/text_to_3d"


def test_cancel_stops_a_running_engine_within_a_second(tmp_path: Path) -> None:
    runtime = build_runtime(
        make_settings(tmp_path), engine_paths={"text": "support.faulty_engines:PatientEngine"}
    )
    with TestClient(create_app(runtime)) as client:
        key = add_key(client)
        job = client.post(TEXT, json={"key": key, "prompt": "a mug"}).json()
        deadline = time.monotonic() + 30
        while (
            client.post(f"/api/v6/3d/fetch/{job['id']}", json={"key": key}).json()["progress"] == 0
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        canceled = client.post(f"/api/v6/3d/cancel/{job['id']}", json={"key": key}).json()
        assert canceled["status"] == "failed" and "canceled" in canceled["message"]
        # the worker is free again quickly: the next job starts within about a second
        started = time.monotonic()
        second = client.post(TEXT, json={"key": key, "prompt": "a mug"}).json()
        while (
            client.post(f"/api/v6/3d/fetch/{second['id']}", json={"key": key}).json()["progress"]
            == 0
        ):
            assert time.monotonic() - started < 10, "the worker did not come back after cancel"
            time.sleep(0.05)


def test_cancel_a_queued_job_and_another_keys_job_is_404(tmp_path: Path) -> None:
    with TestClient(create_app(build_runtime(make_settings(tmp_path), run_workers=False))) as c:
        alice, bob = add_key(c, "alice"), add_key(c, "bob")
        job = c.post(TEXT, json={"key": alice, "prompt": "a vase"}).json()
        assert c.post(f"/api/v6/3d/cancel/{job['id']}", json={"key": bob}).status_code == 404
        assert c.post(f"/api/v6/3d/delete/{job['id']}", json={"key": bob}).status_code == 404
        canceled = c.post(f"/api/v6/3d/cancel/{job['id']}", json={"key": alice}).json()
        assert canceled["status"] == "failed"
        listed = c.post("/api/v6/3d/jobs", json={"key": alice}).json()
        assert [j["id"] for j in listed["data"]] == [job["id"]]
        assert c.post("/api/v6/3d/jobs", json={"key": bob}).json()["data"] == []


def test_delete_removes_the_job_and_its_files(server: TestClient, key: str) -> None:
    job = server.post(TEXT, json={"key": key, "prompt": "a lamp", "resolution": 64}).json()
    done = wait_for(server, job["id"], key)
    path = done["output"][0].removeprefix("http://testserver")
    assert server.get(path).status_code == 200
    deleted = server.post(f"/api/v6/3d/delete/{job['id']}", json={"key": key})
    assert deleted.json()["status"] == "success"
    assert server.get(path).status_code == 404
    assert server.post(f"/api/v6/3d/fetch/{job['id']}", json={"key": key}).status_code == 404


def test_modelslab_assets_and_delete_image(server: TestClient) -> None:
    key = add_key(server, "assets")
    job = server.post(TEXT, json={"key": key, "prompt": "a tree", "resolution": 64}).json()
    wait_for(server, job["id"], key)
    assets = server.post("/api/v6/assets_generated", json={"key": key, "type": "3d"}).json()
    assert [a["id"] for a in assets["data"]] == [job["id"]]
    assert assets["data"][0]["output"][0].endswith(".glb")
    bad_type = server.post("/api/v6/assets_generated", json={"key": key, "type": "image"})
    assert bad_type.status_code == 400
    deleted = server.post(
        "/api/v3/delete_image", json={"key": key, "request_id": job["id"], "type": "3d"}
    )
    assert deleted.json()["status"] == "success"
    assert server.post(f"/api/v6/3d/fetch/{job['id']}", json={"key": key}).status_code == 404


def test_admin_endpoints_need_an_admin_key(tmp_path: Path) -> None:
    with TestClient(create_app(build_runtime(make_settings(tmp_path), run_workers=False))) as c:
        user, admin = add_key(c, "user"), add_key(c, "root", admin=True)
        for _ in range(3):
            c.post(TEXT, json={"key": user, "prompt": "a dog"})
        details_path = "/api/v1/enterprise/3d/system_details"
        assert c.post(details_path, json={"key": user}).status_code == 403
        details = c.post(details_path, json={"key": admin}).json()
        assert details["status"] == "ok" and details["model_count"] >= 2
        assert details["queue_time"] >= 1
        cleared = c.post("/api/v1/enterprise/3d/clear_queue", json={"key": admin}).json()
        assert "3 queued" in cleared["message"]
        listed = c.post("/api/v6/3d/jobs", json={"key": user}).json()["data"]
        assert {j["status"] for j in listed} == {"failed"}


def test_engines_are_listed_and_unknown_model_id_is_400(server: TestClient, key: str) -> None:
    listed = server.get("/api/v6/3d/engines").json()["engines"]
    assert {"text", "image"} <= {e["model_id"] for e in listed}
    bad = server.post(TEXT, json={"key": key, "prompt": "a mug", "model_id": "nonexistent"})
    assert bad.status_code == 400 and "available: text" in bad.json()["message"]
    for alias in ("instantmesh", "meshy-4", "threed", "text"):
        ok = server.post(TEXT, json={"key": key, "prompt": "a mug", "model_id": alias})
        assert ok.status_code == 200 and ok.json()["meta"]["model_id"] == "text"


def test_delete_removes_the_uploaded_input_image(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (16, 16), (0, 120, 200, 255)).save(buffer, format="PNG")
    image = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    runtime = build_runtime(make_settings(tmp_path), run_workers=False)
    inputs = runtime.storage.inputs_dir  # type: ignore[attr-defined]
    with TestClient(create_app(runtime)) as client:
        key = add_key(client)
        job = client.post("/api/v6/3d/image_to_3d", json={"key": key, "init_image": image}).json()
        assert len(list(inputs.iterdir())) == 1
        deleted = client.post(f"/api/v6/3d/delete/{job['id']}", json={"key": key})
        assert deleted.json()["status"] == "success"
        assert list(inputs.iterdir()) == []
