"""SqlDeliveries: the webhook outbox, written when a job ends, claimed and settled by senders.

A delivery row is bound to one job three ways: its id, its owner (whose secret signs it) and
its file prefix (a random name no other job ever had). It is deleted with its job. So a
delivery can only ever carry its own job, whatever happens to ids.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Row, func, select, update
from sqlalchemy.engine import Connection

from meshforge.store.schema import api_keys, jobs, webhook_deliveries
from meshforge.store.sql.connection import WRITE, SqlRole
from meshforge.webhooks.ports import (
    Delivery,
    DeliveryEnd,
    DeliveryStore,
    destination_of,
    message_id_of,
)

_d = webhook_deliveries


class SqlDeliveries(SqlRole, DeliveryStore):
    """The ``webhook_deliveries`` table (the job lookup it needs comes with SqlJobs)."""

    def claim_deliveries(
        self, limit: int, lease_s: float, skip_destinations: Collection[str] = ()
    ) -> list[Delivery]:
        """Due deliveries, at most one per destination, each leased for ``lease_s``."""
        now = time.time()
        due = [_d.c.status == "pending", _d.c.next_attempt_at <= now]
        if skip_destinations:
            due.append(_d.c.destination.not_in(list(skip_destinations)))
        place = func.row_number().over(
            partition_by=_d.c.destination, order_by=(_d.c.next_attempt_at, _d.c.id)
        )
        ranked = select(_d.c.id, place.label("place")).where(*due).subquery()
        first_of_each = select(ranked.c.id).where(ranked.c.place == 1)
        claim = (
            select(_d.c.id)
            .where(_d.c.id.in_(first_of_each), *due)
            .order_by(_d.c.next_attempt_at, _d.c.id)
            .limit(limit)
        )
        if not self._is_sqlite:
            claim = claim.with_for_update(skip_locked=True)
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            ids = list(conn.execute(claim).scalars())
            if not ids:
                return []
            conn.execute(update(_d).where(_d.c.id.in_(ids)).values(next_attempt_at=now + lease_s))
            rows = conn.execute(
                select(_d, api_keys.c.webhook_secret)
                # the delivery's own owner signs it, never whoever has a job of that id now
                .outerjoin(api_keys, api_keys.c.id == _d.c.owner_id)
                .where(_d.c.id.in_(ids))
                .order_by(_d.c.next_attempt_at, _d.c.id)
            ).all()
        return [
            Delivery(
                id=r.id,
                job_id=r.job_id,
                owner_id=r.owner_id,
                file_prefix=r.file_prefix,
                url=r.url,
                destination=r.destination,
                message_id=r.message_id,
                attempts=r.attempts,
                secret=r.webhook_secret,
            )
            for r in rows
        ]

    def finish_delivery(
        self, delivery: Delivery, status: DeliveryEnd, error: str | None = None
    ) -> None:
        """Record a delivery's end, on it and on its own job (matched by owner and prefix)."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(
                update(_d)
                .where(_d.c.id == delivery.id)
                .values(
                    status=status,
                    attempts=_d.c.attempts + 1,
                    finished_at=time.time(),
                    last_error=error,
                )
            )
            conn.execute(
                update(jobs)
                .where(
                    jobs.c.id == delivery.job_id,
                    jobs.c.owner_id == delivery.owner_id,
                    jobs.c.file_prefix == delivery.file_prefix,
                )
                .values(webhook_status=status)
            )

    def retry_delivery(self, delivery: Delivery, next_attempt_at: float, error: str) -> None:
        """Count a failed attempt and schedule the next one."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(
                update(_d)
                .where(_d.c.id == delivery.id)
                .values(
                    attempts=_d.c.attempts + 1, next_attempt_at=next_attempt_at, last_error=error
                )
            )

    def deliveries_for(self, job_id: int) -> list[dict[str, Any]]:
        """Every delivery of one job with all its fields, oldest first (tests, diagnostics)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(_d).where(_d.c.job_id == job_id).order_by(_d.c.id)).all()
        return [dict(r._mapping) for r in rows]


def enqueue_webhooks(conn: Connection, rows: Sequence[Row[Any]]) -> None:
    """Add an outbox row for each ended job that has a webhook (inside the caller's transaction)."""
    now = time.time()
    for row in rows:
        m = row._mapping
        if m["webhook"]:
            conn.execute(
                _d.insert().values(
                    job_id=m["id"],
                    owner_id=m["owner_id"],
                    file_prefix=m["file_prefix"],
                    url=m["webhook"],
                    destination=destination_of(m["webhook"]),
                    message_id=message_id_of(m["file_prefix"]),
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )


def delete_deliveries(conn: Connection, job_id: int, owner_id: int) -> None:
    """Remove a deleted job's deliveries (inside the transaction that deletes the job)."""
    conn.execute(_d.delete().where(_d.c.job_id == job_id, _d.c.owner_id == owner_id))
