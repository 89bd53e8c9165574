"""Retention of temp outputs, per-key request rate, and draining on shutdown."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.storage import free_space
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for

TEXT = "/api/v6/3d/text_to_3d"


def test_temp_outputs_expire_and_nothing_else_is_removed(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, temp_retention_s=3600, cleanup_interval_s=3600)
    with TestClient(create_app(build_runtime(settings))) as client:
        key = add_key(client)
        runtime = client.app.state.runtime
        temp = client.post(
            TEXT, json={"key": key, "prompt": "a mug", "temp": "yes", "resolution": 64}
        ).json()
        kept = client.post(TEXT, json={"key": key, "prompt": "a mug", "resolution": 64}).json()
        temp_done, kept_done = wait_for(client, temp["id"], key), wait_for(client, kept["id"], key)
        temp_path = temp_done["output"][0].removeprefix("http://testserver")
        kept_path = kept_done["output"][0].removeprefix("http://testserver")

        assert runtime.retention.sweep(now=time.time()) == 0  # nothing has expired yet
        assert runtime.retention.sweep(now=time.time() + 7200) == 1  # only the temp job

        assert client.get(temp_path).status_code == 404
        assert not (runtime.storage.out_dir / temp_path.rsplit("/", 1)[1]).exists()
        expired = client.post(f"/api/v6/3d/fetch/{temp['id']}", json={"key": key}).json()
        assert expired["status"] == "failed" and "expired" in expired["message"]
        assert client.get(kept_path).status_code == 200
        kept_again = client.post(f"/api/v6/3d/fetch/{kept['id']}", json={"key": key}).json()
        assert kept_again["status"] == "success"


def test_uploads_expire_too(tmp_path: Path) -> None:
    import base64

    import trimesh

    settings = make_settings(tmp_path, cleanup_interval_s=3600)
    with TestClient(create_app(build_runtime(settings))) as client:
        key = add_key(client)
        obj = trimesh.exchange.obj.export_obj(trimesh.creation.box()).encode()
        upload = client.post(
            "/api/v6/3d/base64_to_url",
            json={
                "key": key,
                "init_obj": "data:model/obj;base64," + base64.b64encode(obj).decode(),
            },
        ).json()
        path = upload["output"][0].removeprefix("http://testserver")
        assert client.get(path).status_code == 200
        client.app.state.runtime.retention.sweep(now=time.time() + 2 * 86400)
        assert client.get(path).status_code == 404


def test_requests_per_second_per_key_is_429(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_requests_per_s=5)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        alice, bob = add_key(client, "alice"), add_key(client, "bob")
        answers = [
            client.post("/api/v6/3d/fetch/1", json={"key": alice}).status_code for _ in range(8)
        ]
        assert answers.count(429) >= 3
        limited = client.post("/api/v6/3d/fetch/1", json={"key": alice})
        assert limited.status_code == 429
        assert limited.json()["retry_after"] >= 1 and "Retry-After" in limited.headers
        assert client.post("/api/v6/3d/fetch/1", json={"key": bob}).status_code == 404


def test_a_draining_server_refuses_new_jobs_with_503(tmp_path: Path) -> None:
    with TestClient(create_app(build_runtime(make_settings(tmp_path), run_workers=False))) as c:
        key = add_key(c)
        c.app.state.runtime.service.draining = True
        response = c.post(TEXT, json={"key": key, "prompt": "a mug"})
        assert response.status_code == 503
        assert response.json()["status"] == "error"
        assert "shutting down" in response.json()["message"]


def test_an_upload_over_the_limit_is_413(tmp_path: Path) -> None:
    import base64

    settings = make_settings(tmp_path, max_upload_bytes=100)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        payload = base64.b64encode(b"v 0 0 0\n" * 40).decode()
        response = client.post(
            "/api/v6/3d/base64_to_url",
            json={"key": key, "init_obj": f"data:model/obj;base64,{payload}"},
        )
        assert response.status_code == 413, response.text
        assert "init_obj" in response.json()["message"]


def test_a_disk_below_its_floor_refuses_new_work_with_507_and_fails_readiness(
    tmp_path: Path,
) -> None:
    import base64
    import shutil

    # a floor above what this disk has free: the server must see the disk as nearly full
    floor_mb = shutil.disk_usage(tmp_path).free // (1024 * 1024) + 1024
    settings = make_settings(tmp_path, min_free_disk_mb=floor_mb)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        job = client.post(TEXT, json={"key": key, "prompt": "a mug", "resolution": 64})
        assert job.status_code == 507
        assert "disk is nearly full" in job.json()["message"]
        assert "MESHFORGE_MIN_FREE_DISK_MB" in job.json()["message"]
        png = base64.b64encode((Path(__file__).parent / "../../docs/playground.png").read_bytes())
        upload = client.post(
            "/api/v6/base64_to_url",
            json={"key": key, "base64_string": "data:image/png;base64," + png.decode()},
        )
        assert upload.status_code == 507
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "disk" in ready.json()["message"]
        # nothing was stored for the refused requests
        assert client.post("/api/v6/3d/fetch/1", json={"key": key}).status_code == 404


def test_jobs_accepted_before_the_disk_fills_still_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The floor refuses new work only: a job already queued runs and its output is served."""
    settings = make_settings(tmp_path, min_free_disk_mb=64)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        accepted = client.post(TEXT, json={"key": key, "prompt": "a mug", "resolution": 64})
        assert accepted.status_code == 200 and accepted.json()["status"] == "processing"
    # the disk fills up (as the server sees it) before any worker has run the job
    real_usage = shutil.disk_usage
    monkeypatch.setattr(
        free_space.shutil, "disk_usage", lambda path: real_usage(path)._replace(free=8 * 2**20)
    )
    with TestClient(create_app(build_runtime(settings))) as client:
        refused = client.post(TEXT, json={"key": key, "prompt": "a mug", "resolution": 64})
        assert refused.status_code == 507
        done = wait_for(client, accepted.json()["id"], key, timeout_s=240)
        assert done["status"] == "success", done
        output = client.get(done["output"][0].removeprefix("http://testserver"))
        assert output.status_code == 200 and len(output.content) > 0


def test_the_free_space_floor_can_be_switched_off(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, min_free_disk_mb=0)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        assert client.get("/readyz").json()["checked"] == ["database", "disk", "storage"]
        job = client.post(TEXT, json={"key": key, "prompt": "a mug", "resolution": 64})
        assert job.status_code == 200 and job.json()["status"] == "processing"
