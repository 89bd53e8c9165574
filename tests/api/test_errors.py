"""Every documented request error: status code, ModelsLab body, a message naming the problem."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings

TEXT = "/api/v6/3d/text_to_3d"


def assert_error(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == "error"
    for word in words:
        assert word in body["message"], body["message"]
    return body


def test_missing_key_is_401(server: TestClient) -> None:
    assert_error(server.post(TEXT, json={"prompt": "a chair"}), 401, "API key required")


def test_unknown_key_is_401(server: TestClient) -> None:
    assert_error(
        server.post(TEXT, json={"key": "nope", "prompt": "a chair"}), 401, "Invalid API key"
    )


def test_revoked_key_is_refused(server: TestClient) -> None:
    key = add_key(server, "to-revoke")
    assert server.post("/api/v6/3d/fetch/999999", json={"key": key}).status_code == 404
    server.app.state.runtime.store.revoke_key("to-revoke")
    server.app.state.runtime.auth._cache.clear()
    assert_error(server.post("/api/v6/3d/fetch/1", json={"key": key}), 401)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("resolution", 1024, ["resolution", "512"]),
        ("resolution", "abc", ["resolution"]),
        ("mesh_simplify", 0.5, ["mesh_simplify", "0.9", "0.98"]),
        ("output_format", "fbx", ["output_format", "glb"]),
        ("foreground_ratio", 2, ["foreground_ratio"]),
        ("seed", -1, ["seed"]),
        ("temp", "maybe", ["temp"]),
    ],
)
def test_out_of_range_fields_are_400_naming_the_field(
    server: TestClient, key: str, field: str, value: object, words: list[str]
) -> None:
    assert_error(
        server.post(TEXT, json={"key": key, "prompt": "a chair", field: value}), 400, *words
    )


def test_missing_prompt_is_400(server: TestClient, key: str) -> None:
    assert_error(server.post(TEXT, json={"key": key}), 400, "prompt")
    assert_error(server.post(TEXT, json={"key": key, "prompt": "   "}), 400, "prompt")


def test_missing_image_is_400(server: TestClient, key: str) -> None:
    assert_error(server.post("/api/v6/3d/image_to_3d", json={"key": key}), 400, "init_image")


def test_bad_base64_image_is_400(server: TestClient, key: str) -> None:
    response = server.post(
        "/api/v6/3d/image_to_3d", json={"key": key, "init_image": "!!notbase64!!"}
    )
    assert_error(response, 400, "init_image")


def test_not_json_is_400(server: TestClient, key: str) -> None:
    response = server.post(TEXT, content=b"{not json", headers={"content-type": "application/json"})
    assert_error(response, 400, "JSON")
    assert_error(server.post(TEXT, json=[1, 2]), 400)


def test_unknown_job_and_bad_id_are_404(server: TestClient, key: str) -> None:
    assert_error(server.post("/api/v6/3d/fetch/987654", json={"key": key}), 404, "not found")
    assert_error(server.post("/api/v6/3d/fetch/abc", json={"key": key}), 404)


def test_unknown_route_is_json_404(server: TestClient) -> None:
    body = assert_error(server.post("/api/v6/3d/nothing", json={}), 404)
    assert "detail" not in body


def test_body_over_limit_is_413(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_body_bytes=2000)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        response = client.post(TEXT, json={"key": key, "prompt": "x" * 5000})
        assert_error(response, 413, "2000 bytes")


def test_queue_limit_is_429_with_retry_headers(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_queued_per_key=2)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        for _ in range(2):
            assert client.post(TEXT, json={"key": key, "prompt": "a mug"}).status_code == 200
        response = client.post(TEXT, json={"key": key, "prompt": "a mug"})
        body = assert_error(response, 429, "Maximum 2 queued")
        assert body["retry_after"] > 0
        assert int(response.headers["Retry-After"]) == body["retry_after"]
        assert int(response.headers["X-RateLimit-Reset"]) >= int(time.time())
        # another key has its own allowance
        other = add_key(client, "bob")
        assert client.post(TEXT, json={"key": other, "prompt": "a mug"}).status_code == 200
