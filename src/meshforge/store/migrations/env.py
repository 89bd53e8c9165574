"""Alembic environment: runs on the connection MeshForge hands over (see store/migrate.py)."""

from __future__ import annotations

from alembic import context

from meshforge.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place: batch mode rebuilds the table when needed
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
