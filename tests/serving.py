"""Building test servers: settings in a temporary directory, keys, polling a job to its end."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.settings import Settings

TERMINAL = {"success", "failed", "error"}


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test server: a private data dir, one worker, local URLs allowed."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "workers": 1,
        "public_url": "http://testserver",
        "allow_private_urls": True,
    }
    values.update(overrides)
    return Settings(**values)


def add_key(client: TestClient, name: str = "test", admin: bool = False) -> str:
    """Create a key in the client's server and return it."""
    key = generate_key()
    client.app.state.runtime.store.add_key(name, hash_key(key), key_prefix(key), is_admin=admin)  # type: ignore[attr-defined]
    return key


def wait_for(client: TestClient, job_id: int, key: str, timeout_s: float = 60) -> dict[str, Any]:
    """Poll fetch until the job is finished; return the last body."""
    deadline = time.monotonic() + timeout_s
    while True:
        body = client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()
        if body["status"] in TERMINAL or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


