"""Jobs before they run: the processing shape, real future_links, tolerant parsing, isolation.

The server here has no workers, so every job stays queued and nothing races the assertions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings

TEXT = "/api/v6/3d/text_to_3d"


@pytest.fixture
def idle(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(build_runtime(make_settings(tmp_path), run_workers=False))) as c:
        yield c


def test_create_answers_processing_with_every_contract_field(idle: TestClient) -> None:
    key = add_key(idle)
    response = idle.post(TEXT, json={"key": key, "prompt": "a red chair", "track_id": "t-1"})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "processing"
    assert isinstance(body["id"], int)
    assert isinstance(body["eta"], int) and body["eta"] >= 1
    assert body["output"] == []
    assert body["extra_assets"] == []
    assert body["fetch_result"] == f"http://testserver/api/v6/3d/fetch/{body['id']}"
    meta = body["meta"]
    prefix = meta["file_prefix"]
    assert body["future_links"] == [f"http://testserver/out/{prefix}.glb"]
    assert meta["seed"] != 0
    assert meta["prompt"] == "a red chair"
    assert meta["resolution"] == 512 and meta["output_format"] == "glb"
    assert meta["foreground_ratio"] == "0.85" and meta["temp"] == "no"
    assert meta["guidance_scale"] == 3.0 and meta["num_inference_steps"] == 30
    assert body["progress"] == 0 and body["queue_position"] == 0
    assert body["track_id"] == "t-1"
    assert "key" not in meta


def test_future_link_is_404_until_the_file_exists(idle: TestClient) -> None:
    key = add_key(idle)
    body = idle.post(TEXT, json={"key": key, "prompt": "a vase"}).json()
    link = body["future_links"][0].removeprefix("http://testserver")
    assert idle.head(link).status_code == 404
    assert idle.get(link).json()["status"] == "error"


def test_queue_position_and_eta_grow_with_the_queue(idle: TestClient) -> None:
    key = add_key(idle)
    first = idle.post(TEXT, json={"key": key, "prompt": "a lamp"}).json()
    second = idle.post(TEXT, json={"key": key, "prompt": "a lamp"}).json()
    assert second["queue_position"] == first["queue_position"] + 1
    assert second["eta"] >= first["eta"]


def test_numbers_and_booleans_as_strings_nulls_and_unknown_fields(idle: TestClient) -> None:
    key = add_key(idle)
    payload = {
        "key": key,
        "prompt": "a ghost wearing white bedsheet",
        "foreground_ratio": "0.85",
        "num_inference_steps": "30",
        "resolution": "256",
        "guidance_scale": "3",
        "seed": "42",
        "temp": "yes",
        "render": "false",
        "webhook": None,
        "track_id": None,
        "negative_prompt": None,
        "model_id": "instantmesh",
        "width": 512,
        "some_future_field": {"x": 1},
    }
    body = idle.post(TEXT, json=payload).json()
    assert body["status"] == "processing", body
    meta = body["meta"]
    assert meta["resolution"] == 256 and meta["seed"] == 42
    assert meta["temp"] == "yes" and meta["render"] is False
    assert meta["negative_prompt"] == ""
    assert "some_future_field" not in meta


@pytest.mark.parametrize("track_id", [17, "abc", {"nested": [1, 2]}, None])
def test_track_id_is_echoed_unchanged(idle: TestClient, track_id: object) -> None:
    key = add_key(idle)
    body = idle.post(TEXT, json={"key": key, "prompt": "a mug", "track_id": track_id}).json()
    assert body["track_id"] == track_id
    fetched = idle.post(f"/api/v6/3d/fetch/{body['id']}", json={"key": key}).json()
    assert fetched["track_id"] == track_id


def test_temp_as_bool(idle: TestClient) -> None:
    key = add_key(idle)
    body = idle.post(TEXT, json={"key": key, "prompt": "a mug", "temp": True}).json()
    assert body["meta"]["temp"] == "yes"


def test_key_from_header_or_bearer(idle: TestClient) -> None:
    key = add_key(idle)
    by_header = idle.post(TEXT, json={"prompt": "a mug"}, headers={"key": key})
    by_bearer = idle.post(
        TEXT, json={"prompt": "a mug"}, headers={"Authorization": f"Bearer {key}"}
    )
    assert by_header.json()["status"] == by_bearer.json()["status"] == "processing"


def test_fetch_forms_all_agree(idle: TestClient) -> None:
    key = add_key(idle)
    job_id = idle.post(TEXT, json={"key": key, "prompt": "a tree"}).json()["id"]
    answers = [
        idle.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}),
        idle.post(f"/api/v1/enterprise/3d/fetch/{job_id}", json={"key": key}),
        idle.post("/api/v6/3d/fetch", json={"key": key, "request_id": job_id}),
        idle.post("/api/v6/3d/fetch", json={"key": key, "request_id": str(job_id)}),
        idle.post("/api/v6/3d/fetch", json={"key": key, "id": job_id}),
        idle.post(f"/api/v6/3d/fetch/{job_id}", headers={"key": key}),  # no body at all
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert answer.json()["id"] == job_id


def test_fetch_without_request_id_is_400(idle: TestClient) -> None:
    key = add_key(idle)
    response = idle.post("/api/v6/3d/fetch", json={"key": key})
    assert response.status_code == 400
    assert "request_id" in response.json()["message"]


def test_a_key_never_sees_another_keys_job(idle: TestClient) -> None:
    alice, bob = add_key(idle, "alice"), add_key(idle, "bob")
    job_id = idle.post(TEXT, json={"key": alice, "prompt": "a car"}).json()["id"]
    foreign = idle.post(f"/api/v6/3d/fetch/{job_id}", json={"key": bob})
    missing = idle.post("/api/v6/3d/fetch/99999", json={"key": bob})
    assert foreign.status_code == missing.status_code == 404
    assert foreign.json()["status"] == "error"
    assert set(foreign.json()) == set(missing.json())
    assert idle.post(f"/api/v6/3d/fetch/{job_id}", json={"key": alice}).status_code == 200


def test_enterprise_prefix_accepts_creates(idle: TestClient) -> None:
    key = add_key(idle)
    body = idle.post("/api/v1/enterprise/3d/text_to_3d", json={"key": key, "prompt": "a sword"})
    assert body.json()["status"] == "processing"


def test_openapi_docs_are_served(idle: TestClient) -> None:
    assert idle.get("/docs").status_code == 200
    schema = idle.get("/openapi.json").json()
    assert "/api/v6/3d/text_to_3d" in schema["paths"]
    assert idle.get("/healthz").json() == {"status": "ok"}
    assert idle.get("/readyz").json()["status"] == "ok"
