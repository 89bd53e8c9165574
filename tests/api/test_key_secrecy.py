"""Keys never leak: not in logs, not in error messages, not in responses, not on disk."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for


def test_a_key_appears_in_no_log_response_or_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(tmp_path)
    with TestClient(create_app(build_runtime(settings))) as client:
        key = add_key(client)
        bodies = []
        created = client.post(
            "/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug", "resolution": 64}
        )
        bodies.append(created.text)
        bodies.append(str(wait_for(client, created.json()["id"], key)))
        bodies.append(client.post("/api/v6/3d/fetch/424242", json={"key": key}).text)
        bodies.append(client.post("/api/v6/3d/text_to_3d", json={"key": key}).text)  # 400
        bodies.append(client.post("/api/v6/3d/jobs", json={"key": key}).text)
        wrong = key[:-4] + "XXXX"
        bodies.append(client.post("/api/v6/3d/fetch/1", json={"key": wrong}).text)  # 401
    for text in bodies:
        assert key not in text and key[4:] not in text
        assert wrong not in text
    assert key not in caplog.text and wrong not in caplog.text
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path
