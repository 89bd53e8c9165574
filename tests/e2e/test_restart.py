"""kill -9 the server while jobs are queued and running; after a restart every job finishes."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import trimesh

from support.serving import ServerProcess, create_key_with_cli, free_port

PROMPTS = ["a chair", "a red car", "a green tree", "a blue mug", "a tall lamp", "a house"]


def test_every_accepted_job_survives_kill_9(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    key = create_key_with_cli(data_dir)
    server = ServerProcess(data_dir, free_port())
    server.start()
    try:
        accepted = []
        for prompt in PROMPTS:
            response = httpx.post(
                f"{server.base}/api/v6/3d/text_to_3d",
                json={"key": key, "prompt": prompt, "resolution": 512},
                timeout=10,
            )
            assert response.status_code == 200
            accepted.append(response.json())
        # wait until the first job is running, then pull the plug
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            first = httpx.post(
                f"{server.base}/api/v6/3d/fetch/{accepted[0]['id']}", json={"key": key}
            ).json()
            if first["status"] != "processing" or first.get("queue_position") == 0:
                break
            time.sleep(0.05)
        server.kill()

        server.start()
        finished = {}
        deadline = time.monotonic() + 120
        while len(finished) < len(accepted) and time.monotonic() < deadline:
            for job in accepted:
                if job["id"] in finished:
                    continue
                body = httpx.post(
                    f"{server.base}/api/v6/3d/fetch/{job['id']}", json={"key": key}
                ).json()
                if body["status"] in ("success", "failed"):
                    finished[job["id"]] = body
            time.sleep(0.2)
        assert len(finished) == len(accepted), "some jobs never finished after the restart"
        for job in accepted:
            body = finished[job["id"]]
            assert body["status"] == "success", body
            assert body["meta"]["seed"] == job["meta"]["seed"]
            data = httpx.get(body["output"][0]).content
            mesh = trimesh.load(__import__("io").BytesIO(data), file_type="glb", force="mesh")
            assert len(mesh.faces) > 0
        leftovers = list((data_dir / "files" / "staging").iterdir())
        assert leftovers == []
    finally:
        server.stop()
