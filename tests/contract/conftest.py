"""The ``store`` fixture: every store contract test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stores import drop_schema, postgres_store

from meshforge.store.sql import SqlJobStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlJobStore]:
    """A migrated, empty job store of each dialect."""
    if request.param == "sqlite":
        store = SqlJobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
    else:
        store = postgres_store()
    store.create_schema()  # the migrations, so both dialects run them in every test
    yield store
    store.close()
    if request.param == "postgresql":
        drop_schema(store.schema_name)  # type: ignore[attr-defined]
