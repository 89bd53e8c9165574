"""SqlJobs: the ``jobs`` table through a job's life. Every change is one conditional UPDATE.

SQLite takes the write lock at BEGIN (IMMEDIATE), so two claimers never read the same queued
row; PostgreSQL claims with ``FOR UPDATE SKIP LOCKED``. A job that ends writes its webhook to
the outbox in the same transaction (``outbox.enqueue_webhooks``).
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select, update
from sqlalchemy.engine import Connection

from meshforge.jobs.model import TERMINAL_STATUSES, Job, JobStatus, allowed_sources
from meshforge.jobs.ports import JobStore, JobUpdate, NewJob
from meshforge.store.schema import api_keys, jobs
from meshforge.store.sql.connection import READ, WRITE, SqlRole
from meshforge.store.sql.outbox import delete_deliveries, enqueue_webhooks
from meshforge.store.sql.rows import job_values, to_job, update_values

# built once: fetch is the hot path, and a prebuilt statement keeps its compiled form cached
_JOB_BY_ID = select(jobs).where(jobs.c.id == bindparam("job_id"))
_OWNED_JOB = _JOB_BY_ID.where(jobs.c.owner_id == bindparam("owner_id"))
_ENDED = [s.value for s in TERMINAL_STATUSES]
#: a job that ends with a webhook starts its delivery as pending, in the same UPDATE
_WEBHOOK_PENDING = case((jobs.c.webhook.is_not(None), "pending"), else_="")


class SqlJobs(SqlRole, JobStore):
    """The ``jobs`` table: accept, claim, progress, end, recover, expire, delete."""

    def add_job(self, new: NewJob) -> Job:
        """Insert a job as given."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            return _insert_job(conn, new)

    def add_job_within_cap(self, cap: int, new: NewJob) -> Job | None:
        """Insert a job unless its owner already has ``cap`` queued or running; None if so.

        Count and insert are one transaction that no other submit of the owner can interleave
        with: on SQLite BEGIN IMMEDIATE makes writers take turns; on PostgreSQL the owner's key
        row is locked first, so the next submit of that key counts after this one commits.
        """
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            if not self._is_sqlite:
                conn.execute(
                    select(api_keys.c.id).where(api_keys.c.id == new.owner_id).with_for_update()
                )
            if conn.execute(_active_of(new.owner_id)).scalar_one() >= cap:
                return None
            return _insert_job(conn, new)

    def get_job(self, job_id: int, owner_id: int | None = None) -> Job | None:
        """The job with this id (and this owner, when given)."""
        query, params = (
            (_JOB_BY_ID, {"job_id": job_id})
            if owner_id is None
            else (_OWNED_JOB, {"job_id": job_id, "owner_id": owner_id})
        )
        with self.engine.connect().execution_options(**READ) as conn:
            row = conn.execute(query, params).first()
        return to_job(row) if row else None

    def find_by_prefix(self, file_prefix: str) -> Job | None:
        """The job whose outputs are named after ``file_prefix``."""
        with self.engine.connect() as conn:
            row = conn.execute(select(jobs).where(jobs.c.file_prefix == file_prefix)).first()
        return to_job(row) if row else None

    def count_active(self, owner_id: int) -> int:
        """Queued plus running jobs of one owner."""
        with self.engine.connect() as conn:
            return int(conn.execute(_active_of(owner_id)).scalar_one())

    def list_jobs(self, owner_id: int, limit: int = 20, offset: int = 0) -> list[Job]:
        """One owner's jobs, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(jobs)
                .where(jobs.c.owner_id == owner_id)
                .order_by(jobs.c.id.desc())
                .limit(limit)
                .offset(offset)
            ).all()
        return [to_job(r) for r in rows]

    def claim_next(self, lease_s: float, engines: Collection[str] | None = None) -> Job | None:
        """Move the oldest queued job (of ``engines``, if given) to processing, atomically."""
        oldest = (
            select(jobs.c.id)
            .where(jobs.c.status == JobStatus.QUEUED.value)
            .order_by(jobs.c.id)
            .limit(1)
        )
        if engines is not None:
            oldest = oldest.where(jobs.c.engine.in_(list(engines)))
        if not self._is_sqlite:
            oldest = oldest.with_for_update(skip_locked=True)
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            job_id = conn.execute(oldest).scalar()
            return None if job_id is None else self._claim_in(conn, job_id, lease_s)

    def claim(self, job_id: int, lease_s: float) -> Job | None:
        """Move this job from queued to processing; None if it is not queued (any more).

        A broker may deliver a message twice (redelivery after a lost worker, or after the
        lease sweeper re-dispatched it): the second delivery finds the job taken and does nothing.
        """
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            return self._claim_in(conn, job_id, lease_s)

    @staticmethod
    def _claim_in(conn: Connection, job_id: int, lease_s: float) -> Job | None:
        now = time.time()
        row = conn.execute(
            update(jobs)
            .where(jobs.c.id == job_id, jobs.c.status == JobStatus.QUEUED.value)
            .values(
                status=JobStatus.PROCESSING.value,
                attempts=jobs.c.attempts + 1,
                started_at=now,
                lease_until=now + lease_s,
                progress=0,
            )
            .returning(*jobs.c)
        ).first()
        return to_job(row) if row else None

    def report_progress(
        self, job_id: int, progress: int, lease_s: float, attempt: int | None = None
    ) -> bool:
        """Record progress and renew the lease; False when the job is no longer running."""
        query = update(jobs).where(jobs.c.id == job_id, jobs.c.status == JobStatus.PROCESSING.value)
        if attempt is not None:
            query = query.where(jobs.c.attempts == attempt)
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            result = conn.execute(
                query.values(progress=progress, lease_until=time.time() + lease_s)
            )
        return result.rowcount == 1

    def transition(
        self,
        job_id: int,
        new: JobStatus,
        changes: JobUpdate | None = None,
        *,
        owner_id: int | None = None,
        attempt: int | None = None,
    ) -> Job | None:
        """Move a job to ``new`` if its current state allows; returns the job, or None.

        ``attempt`` makes the change only if the job is still in that run (a worker finishing
        a job that was meanwhile taken again by another worker changes nothing).
        """
        sources = [s.value for s in allowed_sources(new)]
        query = update(jobs).where(jobs.c.id == job_id, jobs.c.status.in_(sources))
        if owner_id is not None:
            query = query.where(jobs.c.owner_id == owner_id)
        if attempt is not None:
            query = query.where(jobs.c.attempts == attempt)
        values = update_values(changes)
        ends = new in TERMINAL_STATUSES
        if ends:
            values.update(
                finished_at=time.time(), lease_until=None, webhook_status=_WEBHOOK_PENDING
            )
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            row = conn.execute(query.values(status=new.value, **values).returning(*jobs.c)).first()
            if row is not None and ends:
                enqueue_webhooks(conn, [row])
        return to_job(row) if row else None

    def recover_interrupted(self, max_attempts: int, only_expired: bool = True) -> list[Job]:
        """Requeue running jobs whose worker died; fail those out of attempts.

        ``only_expired=False`` takes every running job: at start-up of the embedded server,
        whose own workers were the only ones that could have been running them.
        """
        now = time.time()
        query = select(jobs.c.id, jobs.c.attempts).where(
            jobs.c.status == JobStatus.PROCESSING.value
        )
        if only_expired:
            query = query.where(jobs.c.lease_until < now)
        changed: list[Job] = []
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            for job_id, attempts in conn.execute(query).all():
                out_of_attempts = attempts >= max_attempts
                values: dict[str, Any] = (
                    {
                        "status": JobStatus.FAILED.value,
                        "message": f"The job was interrupted {attempts} times (the worker "
                        "stopped or crashed while running it) and was given up.",
                        "finished_at": now,
                    }
                    if out_of_attempts
                    # dispatched_at NULL: the dispatcher hands it to the broker again
                    else {"status": JobStatus.QUEUED.value, "progress": 0, "dispatched_at": None}
                )
                if out_of_attempts:
                    values["webhook_status"] = _WEBHOOK_PENDING
                row = conn.execute(
                    update(jobs)
                    .where(jobs.c.id == job_id, jobs.c.status == JobStatus.PROCESSING.value)
                    .values(lease_until=None, **values)
                    .returning(*jobs.c)
                ).first()
                if row:
                    changed.append(to_job(row))
                    if out_of_attempts:
                        enqueue_webhooks(conn, [row])
        return changed

    def jobs_with_status(self, statuses: Iterable[JobStatus]) -> list[Job]:
        """Every job in one of ``statuses``, oldest first (for maintenance and tests)."""
        values = [s.value for s in statuses]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(jobs).where(jobs.c.status.in_(values)).order_by(jobs.c.id)
            ).all()
        return [to_job(r) for r in rows]

    def delete_job(self, job_id: int, owner_id: int) -> bool:
        """Remove a job row and its webhook deliveries; True if it belonged to ``owner_id``."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            result = conn.execute(
                jobs.delete().where(jobs.c.id == job_id, jobs.c.owner_id == owner_id)
            )
            if result.rowcount == 1:
                delete_deliveries(conn, job_id, owner_id)
        return result.rowcount == 1

    def cancel_queued(self, message: str) -> int:
        """Cancel every queued job (admin ``clear_queue``); returns how many."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            rows = conn.execute(
                update(jobs)
                .where(jobs.c.status == JobStatus.QUEUED.value)
                .values(
                    status=JobStatus.CANCELED.value,
                    message=message,
                    finished_at=time.time(),
                    webhook_status=_WEBHOOK_PENDING,
                )
                .returning(*jobs.c)
            ).all()
            enqueue_webhooks(conn, rows)
        return len(rows)

    # ---- retention --------------------------------------------------------------------------

    def expired_jobs(self, now: float, limit: int = 100) -> list[Job]:
        """Finished jobs whose retention has passed and whose files are still there."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(jobs)
                .where(
                    jobs.c.purged_at.is_(None),
                    jobs.c.expires_at <= now,
                    jobs.c.status.in_(_ENDED),
                )
                .order_by(jobs.c.expires_at)
                .limit(limit)
            ).all()
        return [to_job(r) for r in rows]

    def finished_before(self, cutoff: float, limit: int = 100) -> list[Job]:
        """Finished jobs that ended before ``cutoff``, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(jobs)
                .where(
                    jobs.c.finished_at < cutoff,
                    jobs.c.status.in_(_ENDED),
                )
                .order_by(jobs.c.finished_at)
                .limit(limit)
            ).all()
        return [to_job(r) for r in rows]

    def mark_purged(self, job_id: int) -> None:
        """Record that an expired job's files are gone (the job row stays, answering "expired")."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(update(jobs).where(jobs.c.id == job_id).values(purged_at=time.time()))


def _active_of(owner_id: int) -> Select[int]:
    """How many jobs of one owner are queued or running."""
    active = [JobStatus.QUEUED.value, JobStatus.PROCESSING.value]
    return (
        select(func.count())
        .select_from(jobs)
        .where(jobs.c.owner_id == owner_id, jobs.c.status.in_(active))
    )


def _insert_job(conn: Connection, new: NewJob) -> Job:
    """Insert a job inside the caller's transaction."""
    return to_job(conn.execute(jobs.insert().values(**job_values(new)).returning(*jobs.c)).one())
