"""Job stores for the contract tests: SQLite in a temporary file, PostgreSQL in a private schema.

PostgreSQL runs on every developer and CI machine of this project (127.0.0.1:5432, database
`test`). In CI a missing server fails the run; elsewhere its tests skip with the reason.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import text

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import ApiKey
from meshforge.store.sql import SqlJobStore

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


def owner(store: SqlJobStore, name: str = "alice") -> ApiKey:
    """A new key in ``store``."""
    key = generate_key()
    return store.add_key(name, hash_key(key), key_prefix(key))


def add(store: SqlJobStore, who: ApiKey, **values: object) -> int:
    """Queue a text job of ``who`` (``values`` override columns); returns its id."""
    values = {
        "owner_id": who.id,
        "kind": "text_to_3d",
        "file_prefix": str(uuid.uuid4()),
        "output_format": "glb",
        "params": {"prompt": "a chair"},
        "engine": "text",
        **values,
    }
    return store.add_job(**values).id
