"""The ``store`` fixture: every store contract test runs on SQLite, PostgreSQL and in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contract.stores import drop_schema, postgres_store
from meshforge.store import Store
from meshforge.store.memory import MemoryJobStore
from meshforge.store.sql import SqlJobStore


@pytest.fixture(params=["sqlite", "postgresql", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty job store of each adapter."""
    if request.param == "memory":
        yield MemoryJobStore()
        return
    if request.param == "sqlite":
        sql = SqlJobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
    else:
        sql = postgres_store()
    sql.create_schema()  # the migrations, so both dialects run them in every test
    yield sql
    sql.close()
    if request.param == "postgresql":
        drop_schema(sql.schema_name)  # type: ignore[attr-defined]
