"""Job stores for the contract tests: SQLite in a temporary file, PostgreSQL in a private schema.

The in-memory store needs neither (see conftest.py); ``add`` and ``owner`` work on all three.

PostgreSQL runs on every developer and CI machine of this project (127.0.0.1:5432, database
`test`). In CI a missing server fails the run; elsewhere its tests skip with the reason.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import ApiKey, JobKind
from meshforge.jobs.ports import NewJob
from meshforge.store import Store
from meshforge.store.memory import MemoryJobStore
from meshforge.store.schema import jobs
from meshforge.store.sql import SqlJobStore
from meshforge.store.sql.rows import job_values

POSTGRES_URL = os.environ.get(
    "MESHFORGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def postgres_store() -> SqlJobStore:
    """A store on a fresh private schema of the test database (skips or fails if unreachable)."""
    store = SqlJobStore(POSTGRES_URL)
    try:
        store.ping()
    except Exception as exc:
        store.close()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI and unreachable at {POSTGRES_URL}: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    # a private schema per test keeps runs independent; search_path puts every table there,
    # the migrations' own alembic_version included
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with store.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store.close()
    store = SqlJobStore(postgres_url_in_schema(schema))
    store.schema_name = schema  # type: ignore[attr-defined]
    return store


def postgres_url_in_schema(schema: str) -> str:
    """The test database URL with ``search_path`` set to ``schema``."""
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"


def drop_schema(schema: str) -> None:
    """Remove a private schema and everything in it."""
    cleaner = SqlJobStore(POSTGRES_URL)
    with cleaner.engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    cleaner.close()


def owner(store: Store, name: str = "alice") -> ApiKey:
    """A new key in ``store``."""
    key = generate_key()
    return store.add_key(name, hash_key(key), key_prefix(key))


def new_job(who: ApiKey, **values: Any) -> NewJob:
    """A queued text job of ``who``; ``values`` override NewJob's fields."""
    fields: dict[str, Any] = {
        "owner_id": who.id,
        "kind": JobKind.TEXT_TO_3D,
        "file_prefix": str(uuid.uuid4()),
        "output_format": "glb",
        "params": {"prompt": "a chair"},
        "engine": "text",
        **values,
    }
    return NewJob(**fields)


def add(store: Store, who: ApiKey, **values: Any) -> int:
    """Queue a text job of ``who`` (``values`` override NewJob's fields); returns its id."""
    return store.add_job(new_job(who, **values)).id


def replace_behind_the_stores_back(store: Store, job_id: int, new: NewJob) -> None:
    """Remove job ``job_id`` without the store (its deliveries stay) and put ``new`` in its id.

    No store ever does this; it stands for the worst case of an id that came back.
    """
    if isinstance(store, MemoryJobStore):
        taken = store.add_job(new).id
        with store.tables.lock:
            row = store.tables.jobs.pop(taken)
            row.job = replace(row.job, id=job_id)
            store.tables.jobs[job_id] = row
        return
    assert isinstance(store, SqlJobStore)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM jobs WHERE id = :id"), {"id": job_id})
        conn.execute(jobs.insert().values(**job_values(new), id=job_id))
