"""Schema migrations: the same Alembic scripts on SQLite and PostgreSQL, matching schema.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from contract.stores import drop_schema, postgres_store, postgres_url_in_schema
from meshforge.jobs.model import JobKind
from meshforge.jobs.ports import NewJob
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
    store = postgres_store()
    schema = store.schema_name  # type: ignore[attr-defined]
    store.close()
    yield postgres_url_in_schema(schema)
    drop_schema(schema)


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


def test_upgrading_a_0002_database_keeps_rows_and_ids_and_binds_deliveries(url: str) -> None:
    """0003: rows and ids survive, deliveries learn their job's owner, no id is handed out twice."""
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            command.upgrade(_config(conn), "0002")
            for name in ("key1", "key2"):
                conn.execute(
                    text(
                        "INSERT INTO api_keys (name, key_hash, prefix, is_admin, created_at) "
                        "VALUES (:name, :name, 'p', false, 0)"
                    ),
                    {"name": name},
                )
            for job_id, owner_id in ((1, 1), (2, 2), (3, 2)):
                conn.execute(
                    text(
                        "INSERT INTO jobs (owner_id, kind, status, file_prefix, output_format,"
                        " params, files, progress, attempts, created_at, eta_s, webhook,"
                        " webhook_status) VALUES (:owner, 'text_to_3d', 'succeeded',"
                        " :prefix, 'glb', '{}', '[]', 100, 1, 0, 1, :hook, 'pending')"
                    ),
                    {"owner": owner_id, "prefix": f"p{job_id}", "hook": f"https://Hook{job_id}.x/"},
                )
                conn.execute(
                    text(
                        "INSERT INTO webhook_deliveries (job_id, url, message_id, status,"
                        " attempts, next_attempt_at, created_at) VALUES (:job, :url, :msg,"
                        " 'pending', 0, 0, 0)"
                    ),
                    {"job": job_id, "msg": f"msg_{job_id}", "url": f"https://Hook{job_id}.x/"},
                )
            # 0.1 deleted a job and left its delivery behind
            conn.execute(text("DELETE FROM jobs WHERE id = 3"))
            conn.commit()
        upgrade(engine)
        assert _diff(engine) == []
        with engine.connect() as conn:
            deliveries = conn.execute(
                text(
                    "SELECT id, job_id, owner_id, file_prefix, destination"
                    " FROM webhook_deliveries ORDER BY id"
                )
            ).all()
            assert [tuple(d) for d in deliveries] == [
                (1, 1, 1, "p1", "https://hook1.x:443"),
                (2, 2, 2, "p2", "https://hook2.x:443"),
            ]  # the orphan went: deliveries now go with their job
            if engine.dialect.name == "sqlite":
                ddl = conn.execute(
                    text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                ).all()
                autoincrement = {name for name, sql in ddl if "AUTOINCREMENT" in sql}
                assert {"api_keys", "jobs", "webhook_deliveries"} <= autoincrement
        store = SqlJobStore(url)
        try:
            assert [k.id for k in store.list_keys()] == [1, 2]
            assert [j.file_prefix for j in store.list_jobs(2)] == ["p2"]
            assert store.delete_job(2, owner_id=2)  # the newest job goes...
            new = store.add_job(
                NewJob(owner_id=1, kind=JobKind.TEXT_TO_3D, file_prefix="new", output_format="glb")
            )
            assert new.id > 2  # ...and its id is not given to the next one
        finally:
            store.close()
    finally:
        engine.dispose()
