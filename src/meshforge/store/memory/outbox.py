"""MemoryDeliveries: the webhook outbox in memory, with the claims and bindings of the SQL one."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import asdict, replace
from typing import Any

from meshforge.jobs.model import Job
from meshforge.store.memory.tables import DeliveryRow, MemoryRole, Tables
from meshforge.webhooks.ports import (
    Delivery,
    DeliveryEnd,
    DeliveryStore,
    destination_of,
    message_id_of,
)


def enqueue_webhook(tables: Tables, job: Job) -> None:
    """Add the outbox row of a job that just ended, if it has a webhook (lock held)."""
    if not job.webhook:
        return
    now = time.time()
    delivery_id = next(tables.delivery_ids)
    tables.deliveries[delivery_id] = DeliveryRow(
        id=delivery_id,
        job_id=job.id,
        owner_id=job.owner_id,
        file_prefix=job.file_prefix,
        url=job.webhook,
        destination=destination_of(job.webhook),
        message_id=message_id_of(job.file_prefix),
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )


def delete_deliveries(tables: Tables, job_id: int, owner_id: int) -> None:
    """Remove a deleted job's deliveries (lock held)."""
    for row in list(tables.deliveries.values()):
        if row.job_id == job_id and row.owner_id == owner_id:
            del tables.deliveries[row.id]


class MemoryDeliveries(MemoryRole, DeliveryStore):
    """The outbox table (the job lookup it needs comes with MemoryJobs)."""

    def claim_deliveries(
        self, limit: int, lease_s: float, skip_destinations: Collection[str] = ()
    ) -> list[Delivery]:
        """Due deliveries, at most one per destination, each leased for ``lease_s``."""
        now = time.time()
        skip = set(skip_destinations)
        with self.tables.lock:
            due = sorted(
                (
                    d
                    for d in self.tables.deliveries.values()
                    if d.status == "pending"
                    and d.next_attempt_at <= now
                    and d.destination not in skip
                ),
                key=lambda d: (d.next_attempt_at, d.id),
            )
            first_of_each: dict[str, DeliveryRow] = {}
            for row in due:  # in due order, so the values are too
                first_of_each.setdefault(row.destination, row)
            # all claimed share their new next_attempt_at: the SQL store returns them by id
            claimed = sorted(list(first_of_each.values())[:limit], key=lambda d: d.id)
            for row in claimed:
                row.next_attempt_at = now + lease_s
            return [self._delivery(row) for row in claimed]

    def _delivery(self, row: DeliveryRow) -> Delivery:
        # the delivery's own owner signs it, never whoever has a job of that id now
        key = self.tables.keys.get(row.owner_id)
        return Delivery(
            id=row.id,
            job_id=row.job_id,
            owner_id=row.owner_id,
            file_prefix=row.file_prefix,
            url=row.url,
            destination=row.destination,
            message_id=row.message_id,
            attempts=row.attempts,
            secret=key.webhook_secret if key else None,
        )

    def finish_delivery(
        self, delivery: Delivery, status: DeliveryEnd, error: str | None = None
    ) -> None:
        """Record a delivery's end, on it and on its own job (matched by owner and prefix)."""
        with self.tables.lock:
            row = self.tables.deliveries.get(delivery.id)
            if row is not None:
                row.status, row.attempts = status, row.attempts + 1
                row.finished_at, row.last_error = time.time(), error
            job_row = self.tables.jobs.get(delivery.job_id)
            if job_row is not None and (job_row.job.owner_id, job_row.job.file_prefix) == (
                delivery.owner_id,
                delivery.file_prefix,
            ):
                job_row.job = replace(job_row.job, webhook_status=status)

    def retry_delivery(self, delivery: Delivery, next_attempt_at: float, error: str) -> None:
        """Count a failed attempt and schedule the next one."""
        with self.tables.lock:
            row = self.tables.deliveries.get(delivery.id)
            if row is not None:
                row.attempts += 1
                row.next_attempt_at, row.last_error = next_attempt_at, error

    def deliveries_for(self, job_id: int) -> list[dict[str, Any]]:
        """Every delivery of one job with all its fields, oldest first."""
        with self.tables.lock:
            rows = sorted(
                (d for d in self.tables.deliveries.values() if d.job_id == job_id),
                key=lambda d: d.id,
            )
            return [asdict(d) for d in rows]
