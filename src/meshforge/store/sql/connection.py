"""One SQLAlchemy Engine per store, set up for each dialect, and the base its roles share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, ExceptionContext
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from meshforge.errors import DatabaseUnavailable, InsufficientStorage

#: execution options: a writer's transaction (BEGIN IMMEDIATE on SQLite)
WRITE = {"meshforge_write": True}
#: a lone SELECT is atomic in SQLite: polling reads skip BEGIN/ROLLBACK round trips
READ = {"meshforge_read": True}
#: libpq's own bound on opening a connection: without it a database that does not answer (a
#: partition, a black-holing firewall) hangs every request and worker thread forever
CONNECT_TIMEOUT_S = 5
#: SQLSTATE of PostgreSQL's "could not extend file: No space left on device"
_PG_DISK_FULL = "53100"


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


def _is_disk_full(error: BaseException) -> bool:
    if getattr(error, "sqlite_errorname", None) == "SQLITE_FULL":
        return True
    return getattr(error, "sqlstate", None) == _PG_DISK_FULL or "disk is full" in str(error)


def _translate_outage(context: ExceptionContext) -> None:
    """Raise the database being away (or full) as the domain errors the API answers 503/507.

    Every caller then sees one kind of error whatever the driver: the API answers 503 with
    Retry-After instead of a bare 500, and workers and sweepers know to try again later.
    """
    if context.is_pre_ping:
        return  # a dead pooled connection: the pool opens a fresh one by itself
    original = context.original_exception
    if _is_disk_full(original):
        raise InsufficientStorage(
            "The database's disk is full: new jobs cannot be stored until space is freed."
        ) from context.sqlalchemy_exception
    if context.is_disconnect or isinstance(context.sqlalchemy_exception, OperationalError):
        raise DatabaseUnavailable(
            "The job database is not answering right now "
            f"({type(original).__name__}); send the request again in a few seconds."
        ) from context.sqlalchemy_exception


def open_engine(url: str, pool_size: int = 5) -> Engine:
    """Create the SQLAlchemy engine for ``url`` with the settings each dialect needs."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if "postgresql" in url else {}
        engine = create_engine(
            url, pool_size=pool_size, pool_pre_ping=True, connect_args=connect_args
        )
    event.listen(engine, "handle_error", _translate_outage)
    return engine


class SqlRole:
    """One role of the store (jobs, keys, outbox, fleet) over an Engine the roles share."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        #: SQLite serialises writers at BEGIN; PostgreSQL locks rows (FOR UPDATE SKIP LOCKED)
        self._is_sqlite = engine.dialect.name == "sqlite"
