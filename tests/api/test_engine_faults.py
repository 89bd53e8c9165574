"""A crashing, hanging or buggy engine fails its own job with a clear message; serving goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for


def faulty_server(tmp_path: Path, engine: str, **settings: object) -> TestClient:
    paths = {
        "text": f"support.faulty_engines:{engine}",
        "image": f"support.faulty_engines:{engine}",
    }
    runtime = build_runtime(make_settings(tmp_path, **settings), engine_paths=paths)
    return TestClient(create_app(runtime))


@pytest.mark.parametrize(
    ("engine", "settings", "words"),
    [
        ("SegfaultEngine", {}, "crashed (exit code -11)"),
        ("HangingEngine", {"job_timeout_s": 2}, "longer than 2 s"),
        ("BrokenEngine", {}, "template table is corrupt"),
    ],
)
def test_fault_fails_only_that_job(tmp_path: Path, engine: str, settings: dict, words: str) -> None:
    with faulty_server(tmp_path, engine, **settings) as client:
        key = add_key(client)
        first = client.post("/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug"}).json()
        second = client.post("/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug"}).json()
        for job in (first, second):  # the worker survives the first fault and runs the next job
            done = wait_for(client, job["id"], key, timeout_s=30)
            assert done["status"] == "failed", done
            assert words in done["message"]
            assert done["output"] == []
        assert client.get("/healthz").status_code == 200
        staging = Path(client.app.state.runtime.storage.staging_dir)
        assert list(staging.iterdir()) == []
