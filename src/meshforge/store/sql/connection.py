"""One SQLAlchemy Engine per store, set up for each dialect, and the base its roles share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

#: execution options: a writer's transaction (BEGIN IMMEDIATE on SQLite)
WRITE = {"meshforge_write": True}
#: a lone SELECT is atomic in SQLite: polling reads skip BEGIN/ROLLBACK round trips
READ = {"meshforge_read": True}


def _sqlite_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself, so writers can take the lock up front.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock at BEGIN: two claimers can never read the same queued row.
    options = conn.get_execution_options()
    if options.get("meshforge_write", False):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif not options.get("meshforge_read", False):
        conn.exec_driver_sql("BEGIN")


def open_engine(url: str, pool_size: int = 5) -> Engine:
    """Create the SQLAlchemy engine for ``url`` with the settings each dialect needs."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True)


class SqlRole:
    """One role of the store (jobs, keys, outbox, fleet) over an Engine the roles share."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        #: SQLite serialises writers at BEGIN; PostgreSQL locks rows (FOR UPDATE SKIP LOCKED)
        self._is_sqlite = engine.dialect.name == "sqlite"
