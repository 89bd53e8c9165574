"""The SSE stream of a job: status events in order, then the final fetch body, then the end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.api.routes.stream import StreamSlots
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings

TEXT = "/api/v6/3d/text_to_3d"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    paths = {"text": "support.faulty_engines:PromptedEngine"}
    with TestClient(create_app(build_runtime(make_settings(tmp_path), engine_paths=paths))) as c:
        yield c


def events(
    client: TestClient, job_id: int, key: str, method: str = "GET"
) -> list[tuple[str, dict]]:
    """Every (event, body) of the job's stream, read until the server ends it."""
    options = {"headers": {"key": key}} if method == "GET" else {"json": {"key": key}}
    seen: list[tuple[str, dict]] = []
    with client.stream(method, f"/api/v6/3d/stream/{job_id}", **options) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
            elif line.startswith("data: "):
                assert name is not None
                seen.append((name, json.loads(line.removeprefix("data: "))))
    return seen


def submit(client: TestClient, key: str, prompt: str) -> int:
    return int(client.post(TEXT, json={"key": key, "prompt": prompt}).json()["id"])


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_stream_ends_with_the_final_fetch_body(client: TestClient, method: str) -> None:
    key = add_key(client)
    job_id = submit(client, key, "a box")

    seen = events(client, job_id, key, method)

    names = [name for name, _ in seen]
    assert names[-1] == "done" and names.count("done") == 1
    assert set(names[:-1]) <= {"status"}
    final = seen[-1][1]
    assert final["status"] == "success" and final["output"]
    assert final == client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()
    progress = [body["progress"] for _, body in seen[:-1]]
    assert progress == sorted(progress)


def test_a_failed_job_ends_its_stream_with_the_failure(client: TestClient) -> None:
    key = add_key(client)
    job_id = submit(client, key, "crash")

    name, body = events(client, job_id, key)[-1]

    assert name == "done"
    assert body["status"] in ("failed", "error") and "crashed" in body["message"]


def test_a_canceled_job_ends_its_stream(client: TestClient) -> None:
    key = add_key(client)
    job_id = submit(client, key, "slow")
    with client.stream("GET", f"/api/v6/3d/stream/{job_id}", headers={"key": key}) as response:
        lines = response.iter_lines()
        for line in lines:  # until the engine reports progress: the job runs, the stream is live
            if line.startswith("data: ") and json.loads(line[6:])["progress"] > 0:
                break
        assert client.post(f"/api/v6/3d/cancel/{job_id}", json={"key": key}).status_code == 200
        rest = list(lines)

    assert "event: done" in rest
    final = json.loads(next(line for line in reversed(rest) if line.startswith("data: "))[6:])
    assert final["status"] in ("failed", "error") and "canceled" in final["message"]


def test_another_keys_job_is_not_found_and_no_key_is_refused(client: TestClient) -> None:
    owner, other = add_key(client, "owner"), add_key(client, "other")
    job_id = submit(client, owner, "a box")

    stranger = client.get(f"/api/v6/3d/stream/{job_id}", headers={"key": other})
    nobody = client.get(f"/api/v6/3d/stream/{job_id}")
    bad_id = client.get("/api/v6/3d/stream/abc", headers={"key": owner})

    assert stranger.status_code == 404 and "event:" not in stranger.text
    assert nobody.status_code == 401
    assert bad_id.status_code == 404


def test_a_key_holding_its_streams_gets_a_429(client: TestClient) -> None:
    key = add_key(client)
    job_id = submit(client, key, "a box")
    client.app.state.stream_slots = StreamSlots(per_key=0)  # every slot already taken

    refused = client.get(f"/api/v6/3d/stream/{job_id}", headers={"key": key})

    assert refused.status_code == 429
    assert "streams" in refused.json()["message"]


def test_slots_are_per_key_and_given_back() -> None:
    slots = StreamSlots(per_key=2)
    assert slots.take(1) and slots.take(1) and not slots.take(1)
    assert slots.take(2)
    slots.give_back(1)
    assert slots.take(1)
