"""Schema migrations with Alembic, on SQLite and PostgreSQL alike.

Every process that opens the store upgrades it to the newest revision first, so a fresh
machine needs no separate step; ``meshforge migrate`` does the same on its own (deployments
run it once before starting new API servers). On PostgreSQL an advisory lock makes API
servers and workers that start together take turns instead of racing to create tables.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

#: arbitrary constant: the PostgreSQL advisory lock held while migrating
_MIGRATION_LOCK_ID = 0x4D46_0001
#: the revision whose tables MeshForge 0.1 made with create_all, before it had migrations
_BASELINE = "0001"


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", "meshforge.store:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this code knows."""
    config = Config()
    config.set_main_option("script_location", "meshforge.store:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None  # noqa: S101 - the package ships its migrations
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty or pre-migration database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Bring the database to the newest revision; returns it."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
            conn.commit()
        try:
            config = _config(conn)
            tables = set(inspect(conn).get_table_names())
            if "jobs" in tables and "alembic_version" not in tables:
                # made by create_all before migrations existed: it matches the baseline
                command.stamp(config, _BASELINE)
            command.upgrade(config, "head")
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": _MIGRATION_LOCK_ID})
                conn.commit()
    return head_revision()
