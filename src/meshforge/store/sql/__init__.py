"""The SQLAlchemy adapter of every store port: SQLite by default, PostgreSQL by URL.

Each role (jobs, keys, webhook outbox, fleet) is a class over one shared Engine;
``SqlJobStore`` is all of them at once, which is what ``wiring`` hands to the rest.
"""

from __future__ import annotations

from meshforge.store.migrate import upgrade
from meshforge.store.sql.connection import open_engine
from meshforge.store.sql.fleet import SqlFleet
from meshforge.store.sql.jobs import SqlJobs
from meshforge.store.sql.keys import SqlKeys
from meshforge.store.sql.outbox import SqlDeliveries

__all__ = ["SqlJobStore", "open_engine"]


class SqlJobStore(SqlJobs, SqlKeys, SqlDeliveries, SqlFleet):
    """Every store role over one connection pool; races resolve in conditional SQL updates."""

    def __init__(self, url: str, pool_size: int = 5) -> None:
        super().__init__(open_engine(url, pool_size))
        self.url = url

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite store (reads are local and sub-millisecond)."""
        return self._is_sqlite

    def create_schema(self) -> None:
        """Bring the schema to the newest migration (idempotent; safe from many processes)."""
        upgrade(self.engine)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
