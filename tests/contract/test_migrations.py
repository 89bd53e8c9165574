"""Schema migrations: the same Alembic scripts on SQLite and PostgreSQL, matching schema.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from test_job_store import POSTGRES_URL, _postgres_store, postgres_url_in_schema

from meshforge.store.migrate import _config, current_revision, head_revision, upgrade
from meshforge.store.schema import metadata
from meshforge.store.sql import SqlJobStore, open_engine


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jobs.db'}"
    else:
        yield from _postgres_url()


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _postgres_url()


def _postgres_url() -> Iterator[str]:
    store = _postgres_store()
    schema = store.schema_name  # type: ignore[attr-defined]
    store.close()
    yield postgres_url_in_schema(schema)
    cleaner = create_engine(POSTGRES_URL)
    with cleaner.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    cleaner.dispose()


def _diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), metadata))


def test_migrations_build_exactly_the_declared_schema(url: str) -> None:
    engine = open_engine(url)
    try:
        assert current_revision(engine) is None
        assert upgrade(engine) == head_revision()
        assert current_revision(engine) == head_revision()
        assert _diff(engine) == []  # schema.py and the migrations agree
        assert upgrade(engine) == head_revision()  # idempotent
    finally:
        engine.dispose()


def test_a_database_made_before_migrations_is_adopted(url: str) -> None:
    """MeshForge 0.1 made its tables with create_all: they are stamped, then upgraded."""
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            # the 0.1 tables (revision 0001), then forget they came from a migration
            command.upgrade(_config(conn), "0001")
            conn.execute(text("DROP TABLE alembic_version"))
            conn.execute(
                text(
                    "INSERT INTO api_keys (name, key_hash, prefix, is_admin, created_at) "
                    "VALUES ('old', 'h', 'p', false, 0)"
                )
            )
            conn.commit()
        assert "engine" not in {c["name"] for c in inspect(engine).get_columns("jobs")}
        upgrade(engine)
        assert _diff(engine) == []
        assert "workers" in inspect(engine).get_table_names()
        store = SqlJobStore(url)
        assert [k.name for k in store.list_keys()] == ["old"]  # data kept
        store.close()
    finally:
        engine.dispose()


def test_processes_starting_together_migrate_once(pg_url: str) -> None:
    """PostgreSQL's advisory lock makes API servers and workers starting at once take turns."""
    url = pg_url
    errors: list[BaseException] = []

    def start() -> None:
        store = SqlJobStore(url)
        try:
            store.create_schema()
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    engine = open_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
