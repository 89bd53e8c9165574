"""Key management endpoints need an admin key; created keys work, revoked ones stop at once."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings


def test_admin_creates_lists_and_revokes_keys(tmp_path: Path) -> None:
    with TestClient(create_app(build_runtime(make_settings(tmp_path), run_workers=False))) as c:
        admin, user = add_key(c, "root", admin=True), add_key(c, "user")
        assert c.post("/api/v6/keys/create", json={"key": user, "name": "x"}).status_code == 403
        assert c.post("/api/v6/keys/list", json={"key": user}).status_code == 403
        created = c.post("/api/v6/keys/create", json={"key": admin, "name": "carol"}).json()
        new_key = created["api_key"]
        assert created["webhook_secret"].startswith("whsec_")
        assert c.post("/api/v6/3d/fetch/1", json={"key": new_key}).status_code == 404  # valid
        listed = c.post("/api/v6/keys/list", json={"key": admin}).json()["keys"]
        assert {k["name"] for k in listed} == {"root", "user", "carol"}
        assert all(new_key not in str(k) for k in listed)
        revoked = c.post("/api/v6/keys/revoke", json={"key": admin, "name": "carol"}).json()
        assert revoked["revoked"] == ["carol"]
        assert c.post("/api/v6/3d/fetch/1", json={"key": new_key}).status_code == 401
        missing = c.post("/api/v6/keys/revoke", json={"key": admin, "name": "nobody"})
        assert missing.status_code == 404
