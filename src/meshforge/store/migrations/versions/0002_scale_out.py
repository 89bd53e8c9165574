"""Scale-out: the engine of each job, the dispatch outbox, and the worker registry.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add jobs.engine and jobs.dispatched_at, and the workers table."""
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("engine", sa.String(32), nullable=True))
        batch.add_column(sa.Column("dispatched_at", sa.Float, nullable=True))
    op.create_index("ix_jobs_engine_status", "jobs", ["engine", "status", "finished_at"])
    op.create_table(
        "workers",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("hostname", sa.String(200), nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("engines", sa.JSON, nullable=False),
        sa.Column("concurrency", sa.Integer, nullable=False),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("last_seen", sa.Float, nullable=False),
    )


def downgrade() -> None:
    """Remove what upgrade added."""
    op.drop_table("workers")
    op.drop_index("ix_jobs_engine_status", "jobs")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("dispatched_at")
        batch.drop_column("engine")
