"""Job and key persistence through SQLAlchemy: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from meshforge.store.sql import SqlJobStore

__all__ = ["SqlJobStore"]
