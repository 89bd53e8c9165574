"""Ids are never reused, and a webhook delivery is bound to its job's owner and file prefix.

Revision ID: 0003
Revises: 0002

On SQLite the id tables are rebuilt with AUTOINCREMENT (rows and ids copied as they are);
PostgreSQL's serial ids never went back, so there only the delivery columns are added.
Deliveries whose job is gone are removed: from now on they go with their job.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: the delivery columns this revision adds: filled from the jobs, then made NOT NULL
_NEW_COLUMNS: dict[str, sa.types.TypeEngine[Any]] = {
    "owner_id": sa.Integer(),
    "file_prefix": sa.String(64),
    "destination": sa.Text(),
}


def _destination(url: str) -> str:
    # webhooks/ports.py's destination_of, copied: a migration must not change when the code does
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
        return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"
    except ValueError:
        return url


def upgrade() -> None:
    """AUTOINCREMENT on SQLite; owner_id, file_prefix and destination on deliveries."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for table in ("api_keys", "jobs"):
            with op.batch_alter_table(
                table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
            ):
                pass
    for name, type_ in _NEW_COLUMNS.items():
        op.add_column("webhook_deliveries", sa.Column(name, type_, nullable=True))
    _bind_deliveries()
    with op.batch_alter_table(
        "webhook_deliveries",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch:
        for name, type_ in _NEW_COLUMNS.items():
            batch.alter_column(name, existing_type=type_, nullable=False)
    op.create_index("ix_deliveries_job", "webhook_deliveries", ["job_id"])


def _bind_deliveries() -> None:
    """Fill the new columns from each delivery's job; drop deliveries whose job is gone."""
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE webhook_deliveries SET "
            "owner_id = (SELECT owner_id FROM jobs WHERE jobs.id = webhook_deliveries.job_id), "
            "file_prefix = (SELECT file_prefix FROM jobs WHERE jobs.id = webhook_deliveries.job_id)"
        )
    )
    conn.execute(sa.text("DELETE FROM webhook_deliveries WHERE owner_id IS NULL"))
    for delivery_id, url in conn.execute(sa.text("SELECT id, url FROM webhook_deliveries")).all():
        conn.execute(
            sa.text("UPDATE webhook_deliveries SET destination = :d WHERE id = :id"),
            {"d": _destination(url), "id": delivery_id},
        )


def downgrade() -> None:
    """Drop the delivery columns (SQLite ids stay AUTOINCREMENT: 0002 works with them)."""
    op.drop_index("ix_deliveries_job", "webhook_deliveries")
    with op.batch_alter_table("webhook_deliveries") as batch:
        for name in reversed(_NEW_COLUMNS):
            batch.drop_column(name)
