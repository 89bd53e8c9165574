"""The key commands: a key is printed once, stored only as a hash, listed and revoked by name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from meshforge.cli import app
from meshforge.jobs.keys import hash_key

runner = CliRunner()


def test_create_list_revoke(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    created = runner.invoke(app, ["keys", "create", "--name", "alice", "--data-dir", data])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip()
    assert key.startswith("mf_") and len(key) > 40
    assert "webhook signing secret: whsec_" in created.stderr

    stored = sqlite3.connect(tmp_path / "data" / "meshforge.db").execute(
        "SELECT name, key_hash FROM api_keys"
    )
    rows = stored.fetchall()
    stored.connection.close()
    assert rows == [("alice", hash_key(key))]  # the key itself is nowhere in the database
    assert key.encode() not in (tmp_path / "data" / "meshforge.db").read_bytes()

    listed = runner.invoke(app, ["keys", "list", "--data-dir", data])
    assert "alice" in listed.output and "active" in listed.output
    assert key not in listed.output

    revoked = runner.invoke(app, ["keys", "revoke", "alice", "--data-dir", data])
    assert revoked.exit_code == 0 and "revoked 1" in revoked.output
    assert "revoked" in runner.invoke(app, ["keys", "list", "--data-dir", data]).output
    again = runner.invoke(app, ["keys", "revoke", "alice", "--data-dir", data])
    assert again.exit_code == 1


def test_data_dir_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MESHFORGE_DATA_DIR", str(tmp_path / "from-env"))
    result = runner.invoke(app, ["keys", "create", "--name", "env"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-env" / "meshforge.db").is_file()
