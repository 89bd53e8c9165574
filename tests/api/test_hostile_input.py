"""Hostile ids, pages and free-form fields: 4xx naming the field and its limit, never a 500.

Issue 11, items 3 to 6 and 11: unicode digits and huge ids, pages past 2**62, deep or large
``track_id`` and unbounded strings, the enterprise prefix, and the last-resort error answer.
The server here has no workers, so jobs stay queued and what is stored can be counted.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import Request
from fastapi.testclient import TestClient
from sqlalchemy import text

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, free_port, make_settings, png_data_uri

V6, ENTERPRISE = "/api/v6/3d", "/api/v1/enterprise/3d"
PREFIXES = (V6, ENTERPRISE)
TEXT, IMAGE = f"{V6}/text_to_3d", f"{V6}/image_to_3d"
#: an error names the field and its limit; it never grows with what was sent
MAX_ERROR_BYTES = 2048
#: other scripts' digits, which str.isdigit() accepts: superscript two, circled one,
#: full-width one-two, Arabic-Indic three
UNICODE_DIGITS = ("%C2%B2", "%E2%91%A0", "%EF%BC%91%EF%BC%92", "%D9%A3")
HUGE_IDS = (2**63, 2**64, 10**30)


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def client(app_dir: Path) -> Iterator[TestClient]:
    # many unauthenticated requests on purpose: the failed-auth throttle has its own tests
    settings = make_settings(
        app_dir, max_queued_per_key=100_000, max_auth_failures_per_minute=1_000_000
    )
    app = create_app(build_runtime(settings, run_workers=False))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def key(client: TestClient) -> str:
    return add_key(client, "hostile")


@pytest.fixture(scope="module")
def job_id(client: TestClient, key: str) -> int:
    return int(client.post(TEXT, json={"key": key, "prompt": "a chair"}).json()["id"])


def stored(client: TestClient) -> tuple[int, int]:
    """Jobs in the database and files on disk."""
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.store.engine.connect() as conn:
        jobs = conn.execute(text("SELECT count(*) FROM jobs")).scalar_one()
    return jobs, sum(1 for _ in runtime.settings.files_dir.rglob("*"))


def assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text[:500]
    assert len(response.content) <= MAX_ERROR_BYTES, len(response.content)
    body = response.json()
    assert body["status"] == "error"
    for word in words:
        assert word in body["message"], body["message"]


def post_raw(client: TestClient, path: str, raw: str) -> httpx.Response:
    """POST a JSON text as is (NaN and lone surrogates, which json= cannot send)."""
    return client.post(path, content=raw.encode(), headers={"content-type": "application/json"})


def nested(depth: int) -> Any:
    """A string inside ``depth`` alternating lists and objects."""
    value: Any = "leaf"
    for level in range(depth):
        value = [value] if level % 2 else {"a": value}
    return value


# ---- item 3: unicode digits, and the key before the id ----------------------------------


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("action", ["fetch", "cancel", "delete"])
@pytest.mark.parametrize("raw_id", UNICODE_DIGITS)
def test_unicode_digit_ids_without_a_key_are_401_and_log_nothing(
    client: TestClient, caplog: pytest.LogCaptureFixture, prefix: str, action: str, raw_id: str
) -> None:
    with caplog.at_level(logging.ERROR):
        assert_error(client.post(f"{prefix}/{action}/{raw_id}"), 401, "API key required")
    assert not caplog.records, [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (f"{V6}/fetch/abc", {}),
        (f"{V6}/cancel/abc", {}),
        (f"{V6}/delete/abc", {}),
        (f"{V6}/fetch", {"request_id": "\u00b2"}),
        (f"{V6}/fetch", {}),
        ("/api/v3/delete_image", {"request_id": "\u2460", "type": "3d"}),
        ("/api/v3/delete_image", {"request_id": "1", "type": "image"}),
    ],
)
def test_the_key_is_checked_before_the_id(
    client: TestClient, path: str, body: dict[str, Any]
) -> None:
    # an unauthenticated caller learns nothing about ids, or about what a request needs
    assert_error(client.post(path, json=body), 401, "API key")


@pytest.mark.parametrize("prefix", PREFIXES)
def test_full_width_digits_do_not_name_a_job(
    client: TestClient, key: str, job_id: int, prefix: str
) -> None:
    full_width = "".join(chr(0xFF10 + int(d)) for d in str(job_id))
    assert_error(client.post(f"{prefix}/fetch/{full_width}", json={"key": key}), 404)
    assert_error(client.post(f"{prefix}/fetch", json={"key": key, "request_id": full_width}), 404)
    # the ASCII spellings still work, the compat ".0" included
    for spelling in (str(job_id), f"{job_id}.0", f" {job_id} "):
        ok = client.post(f"{prefix}/fetch", json={"key": key, "request_id": spelling})
        assert ok.status_code == 200 and ok.json()["id"] == job_id


# ---- item 4: ids and pages past 2**63 -----------------------------------------------------


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("action", ["fetch", "cancel", "delete"])
@pytest.mark.parametrize("huge", [*HUGE_IDS, 0])
def test_ids_outside_the_64_bit_range_are_404_by_path(
    client: TestClient, key: str, prefix: str, action: str, huge: int
) -> None:
    assert_error(client.post(f"{prefix}/{action}/{huge}", json={"key": key}), 404, "not found")


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("huge", [*HUGE_IDS, -1])
def test_ids_outside_the_64_bit_range_are_404_in_a_body(
    client: TestClient, key: str, prefix: str, huge: int
) -> None:
    for value in (huge, str(huge), float(huge)):
        for field in ("request_id", "id"):
            response = client.post(f"{prefix}/fetch", json={"key": key, field: value})
            assert_error(response, 404, "not found")
    deleted = client.post(
        "/api/v3/delete_image", json={"key": key, "request_id": huge, "type": "3d"}
    )
    assert_error(deleted, 404, "not found")


def test_the_largest_id_is_looked_up(client: TestClient, key: str) -> None:
    response = client.post(f"{V6}/fetch/{2**63 - 1}", json={"key": key})
    assert_error(response, 404, "no job with this id")


@pytest.mark.parametrize("path", [f"{V6}/jobs", f"{ENTERPRISE}/jobs", "/api/v6/assets_generated"])
@pytest.mark.parametrize("page", [2**62, 2**63, 10**6 + 1, 0])
def test_pages_past_the_bound_are_400_naming_the_range(
    client: TestClient, key: str, path: str, page: int
) -> None:
    assert_error(client.post(path, json={"key": key, "page": page}), 400, "page", "1000000")


@pytest.mark.parametrize("path", [f"{V6}/jobs", "/api/v6/assets_generated"])
def test_the_last_page_answers(client: TestClient, key: str, path: str) -> None:
    response = client.post(path, json={"key": key, "page": 10**6, "per_page": 30})
    assert response.status_code == 200 and response.json()["data"] == []


def test_an_unexpected_error_is_one_json_500_logged_once_in_full(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(build_runtime(make_settings(tmp_path), run_workers=False))

    def broken() -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    app.add_api_route("/broken", broken, methods=["GET"])
    # raise_server_exceptions: an exception that escaped the app (Starlette's last resort
    # re-raises, and the server then logs it again and drops the connection) fails the test
    with TestClient(app) as client, caplog.at_level(logging.ERROR, logger="meshforge.api"):
        for _ in range(3):
            assert_error(client.get("/broken"), 500, "Internal server error")
    records = [r for r in caplog.records if r.name == "meshforge.api"]
    assert len(records) == 3
    assert records[0].exc_info is not None
    assert all(r.exc_info is None and "first occurrence" in r.getMessage() for r in records[1:])


def test_the_connection_stays_open_after_a_500(tmp_path: Path) -> None:
    app = create_app(build_runtime(make_settings(tmp_path), run_workers=False))

    def broken() -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    def client_port(request: Request) -> dict[str, int]:
        assert request.client is not None
        return {"port": request.client.port}

    app.add_api_route("/broken", broken, methods=["GET"])
    app.add_api_route("/port", client_port, methods=["GET"])
    config = uvicorn.Config(app, port=free_port(), log_level="critical", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive(), "the server did not start"
            time.sleep(0.02)
        with httpx.Client(base_url=f"http://127.0.0.1:{config.port}") as client:
            ports = {client.get("/port").json()["port"]}
            for _ in range(3):
                assert_error(client.get("/broken"), 500, "Internal server error")
                # the same keep-alive connection serves on: before the fix the server closed
                # it after each 500 (the next request was reset, or came from a new port)
                ports.add(client.get("/port").json()["port"])
        assert len(ports) == 1, ports
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# ---- item 5: deep track_id ----------------------------------------------------------------


@pytest.mark.parametrize("depth", [9, 300, 900])
def test_a_deep_track_id_is_400_and_stores_nothing(
    client: TestClient, key: str, depth: int
) -> None:
    before = stored(client)
    response = client.post(TEXT, json={"key": key, "prompt": "a mug", "track_id": nested(depth)})
    assert_error(response, 400, "track_id", "8 levels")
    assert stored(client) == before
    assert client.post(f"{V6}/jobs", json={"key": key}).status_code == 200


def test_json_too_deep_to_parse_is_400_and_stores_nothing(client: TestClient, key: str) -> None:
    depth = 100_000
    track_id = '{"a":' * depth + "1" + "}" * depth
    raw = f'{{"key": "{key}", "prompt": "a mug", "track_id": {track_id}}}'
    before = stored(client)
    assert_error(post_raw(client, TEXT, raw), 400)
    assert stored(client) == before


def test_a_track_id_at_the_depth_limit_is_echoed(client: TestClient, key: str) -> None:
    track_id = nested(8)
    body = client.post(TEXT, json={"key": key, "prompt": "a mug", "track_id": track_id}).json()
    assert body["track_id"] == track_id
    fetched = client.post(f"{V6}/fetch/{body['id']}", json={"key": key}).json()
    assert fetched["track_id"] == track_id


@pytest.mark.parametrize(
    ("raw_track_id", "words"),
    [
        ("NaN", ["track_id", "NaN"]),
        ("[1, Infinity]", ["track_id", "NaN"]),
        ('"\\ud800"', ["track_id", "surrogate"]),
        ('{"\\udc00": 1}', ["track_id", "surrogate"]),
    ],
)
def test_a_track_id_that_cannot_be_sent_back_as_json_is_400(
    client: TestClient, key: str, raw_track_id: str, words: list[str]
) -> None:
    before = stored(client)
    raw = f'{{"key": "{key}", "prompt": "a mug", "track_id": {raw_track_id}}}'
    assert_error(post_raw(client, TEXT, raw), 400, *words)
    assert stored(client) == before


# ---- item 6: a size limit on every free-form field ----------------------------------------


def _image(key: str, **fields: Any) -> dict[str, Any]:
    return {"key": key, "init_image": png_data_uri(40), **fields}


LONG_URL = "https://example.com/" + "x" * 4100


@pytest.mark.parametrize(
    ("path", "make_body", "words"),
    [
        (IMAGE, lambda k: _image(k, prompt="x" * 2001), ["prompt", "2000"]),
        (IMAGE, lambda k: _image(k, negative_prompt="x" * 2001), ["negative_prompt", "2000"]),
        (TEXT, lambda k: {"key": k, "prompt": "x" * 2001}, ["prompt", "2000"]),
        (TEXT, lambda k: {"key": k, "prompt": "a", "negative_prompt": "x" * 2001}, ["2000"]),
        (TEXT, lambda k: {"key": k, "prompt": "a", "track_id": "t" * 20_000}, ["1024 bytes"]),
        (IMAGE, lambda k: _image(k, track_id=["t"] * 600), ["track_id", "1024 bytes"]),
        (TEXT, lambda k: {"key": k, "prompt": "a", "webhook": LONG_URL}, ["webhook", "4096"]),
        (IMAGE, lambda k: _image(k, webhook=LONG_URL), ["webhook", "4096"]),
        (IMAGE, lambda k: {"key": k, "init_image": LONG_URL}, ["init_image", "4096"]),
        (IMAGE, lambda k: {"key": k, "image": LONG_URL}, ["image", "4096"]),
        (TEXT, lambda k: {"key": k, "prompt": "a", "model_id": "m" * 65}, ["model_id", "64"]),
        (TEXT, lambda k: {"key": k + "k" * 256, "prompt": "a"}, ["key", "256"]),
        (f"{V6}/fetch", lambda k: {"key": k, "request_id": "9" * 65}, ["request_id", "64"]),
        ("/api/v3/delete_image", lambda k: {"key": k, "request_id": "1", "type": "3" * 17}, ["16"]),
        ("/api/v6/assets_generated", lambda k: {"key": k, "type": "3" * 17}, ["type", "16"]),
        ("/api/v6/keys/create", lambda k: {"key": k, "name": "n" * 201}, ["name", "200"]),
        ("/api/v6/keys/revoke", lambda k: {"key": k, "name": "n" * 201}, ["name", "200"]),
    ],
)
def test_every_free_form_field_has_a_limit_named_in_the_error(
    client: TestClient, key: str, path: str, make_body: Any, words: list[str]
) -> None:
    admin = add_key(client, "admin", admin=True)
    before = stored(client)
    body = make_body(admin if path.startswith("/api/v6/keys/") else key)
    assert_error(client.post(path, json=body), 400, *words)
    assert stored(client) == before


def test_fields_at_their_limits_are_accepted(client: TestClient, key: str) -> None:
    webhook = "http://127.0.0.1:9/" + "w" * (4096 - 19)  # loopback: allowed in tests, no DNS
    assert len(webhook) == 4096
    body = {
        "key": key,
        "prompt": "p" * 2000,
        "negative_prompt": "n" * 2000,
        "track_id": "t" * 1000,
        "webhook": webhook,
        "model_id": "text",
    }
    response = client.post(TEXT, json=body)
    assert response.status_code == 200, response.text[:300]
    assert response.json()["track_id"] == body["track_id"]


@pytest.mark.parametrize(
    ("field", "raw"), [("prompt", '"\\ud800"'), ("key", '"\\ud800"'), ("model_id", '"\\udfff"')]
)
def test_a_lone_surrogate_is_400_not_500(
    client: TestClient, key: str, field: str, raw: str
) -> None:
    fields = {"key": json.dumps(key), "prompt": '"a mug"', field: raw}
    body = "{" + ", ".join(f'"{name}": {value}' for name, value in fields.items()) + "}"
    assert_error(post_raw(client, TEXT, body), 400, field)


def test_limits_come_from_the_settings_of_each_server(tmp_path: Path) -> None:
    strict = make_settings(
        tmp_path / "strict",
        max_prompt_chars=10,
        max_url_chars=40,
        max_track_id_bytes=32,
        max_json_depth=2,
    )
    loose = make_settings(tmp_path / "loose", max_prompt_chars=3000)
    with (
        TestClient(create_app(build_runtime(strict, run_workers=False))) as tight,
        TestClient(create_app(build_runtime(loose, run_workers=False))) as wide,
    ):
        tight_key, wide_key = add_key(tight), add_key(wide)
        # alternating requests: each server validates with its own limits
        for _ in range(2):
            assert_error(tight.post(TEXT, json={"key": tight_key, "prompt": "x" * 11}), 400, "10")
            assert wide.post(TEXT, json={"key": wide_key, "prompt": "x" * 2500}).status_code == 200
        assert tight.post(TEXT, json={"key": tight_key, "prompt": "x" * 10}).status_code == 200
        for track_id, words in [(nested(3), ["2 levels"]), ("t" * 40, ["32 bytes"])]:
            response = tight.post(
                TEXT, json={"key": tight_key, "prompt": "a", "track_id": track_id}
            )
            assert_error(response, 400, "track_id", *words)
        hook = "https://example.com/" + "x" * 30
        response = tight.post(TEXT, json={"key": tight_key, "prompt": "a", "webhook": hook})
        assert_error(response, 400, "webhook", "40")
        image = {"key": tight_key, "init_image": png_data_uri(9), "prompt": "y" * 11}
        assert_error(tight.post(IMAGE, json=image), 400, "prompt", "10")


# ---- item 11: MeshForge's own endpoints under the enterprise prefix -----------------------


@pytest.mark.parametrize("prefix", PREFIXES)
def test_own_endpoints_are_served_under_both_prefixes(
    client: TestClient, key: str, prefix: str
) -> None:
    engines = client.get(f"{prefix}/engines")
    assert engines.status_code == 200 and engines.json()["engines"]
    secret = client.post(f"{prefix}/webhook_secret", json={"key": key})
    assert secret.json()["webhook_secret"].startswith("whsec_")
    job = client.post(TEXT, json={"key": key, "prompt": "a lamp"}).json()
    listed = client.post(f"{prefix}/jobs", json={"key": key, "per_page": 30}).json()
    assert job["id"] in [j["id"] for j in listed["data"]]
    canceled = client.post(f"{prefix}/cancel/{job['id']}", json={"key": key}).json()
    assert canceled["status"] == "failed" and "canceled" in canceled["message"]
    deleted = client.post(f"{prefix}/delete/{job['id']}", json={"key": key}).json()
    assert deleted["status"] == "success"
    assert_error(client.post(f"{prefix}/fetch/{job['id']}", json={"key": key}), 404)


def test_the_schema_documents_the_v6_paths_only(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for name in ("cancel/{id}", "delete/{id}", "jobs", "webhook_secret", "engines"):
        assert f"{V6}/{name}" in paths
        assert f"{ENTERPRISE}/{name}" not in paths
