"""Alembic migrations of the job store; applied by ``meshforge migrate`` and at start-up."""
