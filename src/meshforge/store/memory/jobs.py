"""MemoryJobs: jobs in a dict, changed under one lock with the conditions of the SQL store."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from meshforge.jobs.model import TERMINAL_STATUSES, Job, JobStatus, allowed_sources
from meshforge.jobs.ports import JobStore, JobUpdate, NewJob
from meshforge.store.memory.outbox import delete_deliveries, enqueue_webhook
from meshforge.store.memory.tables import JobRow, MemoryRole, Tables, as_json

_ACTIVE = (JobStatus.QUEUED, JobStatus.PROCESSING)


def _end(tables: Tables, row: JobRow, job: Job, now: float) -> None:
    """Store ``job`` as ended: finished, its lease gone, its webhook (if any) in the outbox."""
    row.lease_until = None
    row.job = replace(job, finished_at=now, webhook_status="pending" if job.webhook else "")
    enqueue_webhook(tables, row.job)


class MemoryJobs(MemoryRole, JobStore):
    """The jobs table: accept, claim, progress, end, recover, expire, delete."""

    def add_job(self, new: NewJob) -> Job:
        """Store a job as given."""
        with self.tables.lock:
            return self._insert(new)

    def add_job_within_cap(self, cap: int, new: NewJob) -> Job | None:
        """Store a job unless its owner has ``cap`` queued or running; count and insert at once."""
        with self.tables.lock:
            if self._count_active(new.owner_id) >= cap:
                return None
            return self._insert(new)

    def _insert(self, new: NewJob) -> Job:
        if any(r.job.file_prefix == new.file_prefix for r in self.tables.jobs.values()):
            raise ValueError(f"a job with file prefix {new.file_prefix!r} exists already")
        params = as_json(dict(new.params))
        job = Job(
            id=next(self.tables.job_ids),
            owner_id=new.owner_id,
            kind=new.kind,
            status=new.status,
            file_prefix=new.file_prefix,
            output_format=new.output_format,
            params=params,
            files=list(new.files),
            progress=new.progress,
            created_at=time.time() if new.created_at is None else new.created_at,
            finished_at=new.finished_at,
            eta_s=new.eta_s,
            track_id=as_json(new.track_id),
            webhook=new.webhook,
            input_name=new.input_name,
            expires_at=new.expires_at,
            engine=new.engine or str(params.get("model_id") or ""),
        )
        row = self.tables.jobs[job.id] = JobRow(job, engine=new.engine)
        return row.snapshot()

    def get_job(self, job_id: int, owner_id: int | None = None) -> Job | None:
        """The job with this id (and this owner, when given)."""
        with self.tables.lock:
            row = self.tables.jobs.get(job_id)
            if row is None or owner_id not in (None, row.job.owner_id):
                return None
            return row.snapshot()

    def _select(self, where: Callable[[JobRow], bool]) -> list[JobRow]:
        """The rows that match, by id (lock held)."""
        return [row for _id, row in sorted(self.tables.jobs.items()) if where(row)]

    def find_by_prefix(self, file_prefix: str) -> Job | None:
        """The job whose outputs are named after ``file_prefix``."""
        with self.tables.lock:
            rows = self._select(lambda r: r.job.file_prefix == file_prefix)
            return rows[0].snapshot() if rows else None

    def _count_active(self, owner_id: int) -> int:
        return len(self._select(lambda r: r.job.owner_id == owner_id and r.job.status in _ACTIVE))

    def count_active(self, owner_id: int) -> int:
        """Queued plus running jobs of one owner."""
        with self.tables.lock:
            return self._count_active(owner_id)

    def list_jobs(self, owner_id: int, limit: int = 20, offset: int = 0) -> list[Job]:
        """One owner's jobs, newest first."""
        with self.tables.lock:
            rows = self._select(lambda r: r.job.owner_id == owner_id)[::-1]
            return [r.snapshot() for r in rows[offset : offset + limit]]

    def jobs_with_status(self, statuses: Iterable[JobStatus]) -> list[Job]:
        """Every job in one of ``statuses``, oldest first."""
        wanted = set(statuses)
        with self.tables.lock:
            return [r.snapshot() for r in self._select(lambda r: r.job.status in wanted)]

    def claim_next(self, lease_s: float, engines: Collection[str] | None = None) -> Job | None:
        """Move the oldest queued job (of ``engines``, if given) to processing, atomically."""
        with self.tables.lock:
            for row in self._select(lambda r: r.job.status is JobStatus.QUEUED):
                if engines is None or row.engine in engines:
                    return self._claim(row, lease_s)
            return None

    def claim(self, job_id: int, lease_s: float) -> Job | None:
        """Move this job from queued to processing; None if it is not queued (any more)."""
        with self.tables.lock:
            row = self.tables.jobs.get(job_id)
            if row is None or row.job.status is not JobStatus.QUEUED:
                return None
            return self._claim(row, lease_s)

    @staticmethod
    def _claim(row: JobRow, lease_s: float) -> Job:
        now = time.time()
        row.lease_until = now + lease_s
        row.job = replace(
            row.job,
            status=JobStatus.PROCESSING,
            attempts=row.job.attempts + 1,
            started_at=now,
            progress=0,
        )
        return row.snapshot()

    def _running(self, job_id: int, attempt: int | None) -> JobRow | None:
        """The row of a running job, if it is still in run ``attempt`` (when given)."""
        row = self.tables.jobs.get(job_id)
        if row is None or row.job.status is not JobStatus.PROCESSING:
            return None
        return row if attempt in (None, row.job.attempts) else None

    def report_progress(
        self, job_id: int, progress: int, lease_s: float, attempt: int | None = None
    ) -> bool:
        """Record progress and renew the lease; False when the job is no longer running."""
        with self.tables.lock:
            row = self._running(job_id, attempt)
            if row is None:
                return False
            row.job = replace(row.job, progress=progress)
            row.lease_until = time.time() + lease_s
            return True

    def transition(
        self,
        job_id: int,
        new: JobStatus,
        changes: JobUpdate | None = None,
        *,
        owner_id: int | None = None,
        attempt: int | None = None,
    ) -> Job | None:
        """Move a job to ``new`` if its state, owner and run allow; returns the job, or None."""
        with self.tables.lock:
            row = self.tables.jobs.get(job_id)
            if (
                row is None
                or row.job.status not in allowed_sources(new)
                or owner_id not in (None, row.job.owner_id)
                or attempt not in (None, row.job.attempts)
            ):
                return None
            job = replace(_changed(row.job, changes), status=new)
            if new in TERMINAL_STATUSES:
                _end(self.tables, row, job, time.time())
            else:
                row.job = job
            return row.snapshot()

    def recover_interrupted(self, max_attempts: int, only_expired: bool = True) -> list[Job]:
        """Requeue running jobs whose lease ran out; fail those out of attempts."""
        now = time.time()
        changed: list[Job] = []
        with self.tables.lock:
            for row in self._select(lambda r: r.job.status is JobStatus.PROCESSING):
                if only_expired and (row.lease_until is None or row.lease_until >= now):
                    continue
                attempts = row.job.attempts
                if attempts >= max_attempts:
                    message = (
                        f"The job was interrupted {attempts} times (the worker stopped or "
                        "crashed while running it) and was given up."
                    )
                    failed = replace(row.job, status=JobStatus.FAILED, message=message)
                    _end(self.tables, row, failed, now)
                else:  # no dispatch time: the dispatcher hands it to the broker again
                    row.lease_until = row.dispatched_at = None
                    row.job = replace(row.job, status=JobStatus.QUEUED, progress=0)
                changed.append(row.snapshot())
        return changed

    def delete_job(self, job_id: int, owner_id: int) -> bool:
        """Remove a job and its webhook deliveries; True if it belonged to ``owner_id``."""
        with self.tables.lock:
            row = self.tables.jobs.get(job_id)
            if row is None or row.job.owner_id != owner_id:
                return False
            del self.tables.jobs[job_id]
            delete_deliveries(self.tables, job_id, owner_id)
            return True

    def cancel_queued(self, message: str) -> int:
        """Cancel every queued job of every key; returns how many."""
        now = time.time()
        with self.tables.lock:
            rows = self._select(lambda r: r.job.status is JobStatus.QUEUED)
            for row in rows:
                canceled = replace(row.job, status=JobStatus.CANCELED, message=message)
                _end(self.tables, row, canceled, now)
            return len(rows)

    def expired_jobs(self, now: float, limit: int = 100) -> list[Job]:
        """Ended jobs whose retention has passed and whose files are still there."""
        with self.tables.lock:
            rows = self._select(
                lambda r: (
                    r.job.is_terminal
                    and r.job.purged_at is None
                    and r.job.expires_at is not None
                    and r.job.expires_at <= now
                )
            )
            rows.sort(key=lambda r: r.job.expires_at or 0.0)
            return [r.snapshot() for r in rows[:limit]]

    def finished_before(self, cutoff: float, limit: int = 100) -> list[Job]:
        """Ended jobs that ended before ``cutoff``, oldest first."""
        with self.tables.lock:
            rows = self._select(
                lambda r: (
                    r.job.is_terminal
                    and r.job.finished_at is not None
                    and r.job.finished_at < cutoff
                )
            )
            rows.sort(key=lambda r: r.job.finished_at or 0.0)
            return [r.snapshot() for r in rows[:limit]]

    def mark_purged(self, job_id: int) -> None:
        """Record that an expired job's files are gone (the job stays, answering "expired")."""
        with self.tables.lock:
            if (row := self.tables.jobs.get(job_id)) is not None:
                row.job = replace(row.job, purged_at=time.time())


def _changed(job: Job, changes: JobUpdate | None) -> Job:
    """``job`` with the fields of ``changes`` that are set."""
    if changes is None:
        return job
    return replace(
        job,
        message=job.message if changes.message is None else changes.message,
        files=job.files if changes.files is None else list(changes.files),
        progress=job.progress if changes.progress is None else changes.progress,
        generation_time_s=(
            job.generation_time_s
            if changes.generation_time_s is None
            else changes.generation_time_s
        ),
        params=job.params if changes.params is None else as_json(dict(changes.params)),
    )
