"""The store's ports, as the domain sees them: jobs, API keys, and the fleet that runs jobs.

Adapters: ``store/sql`` (SQLite, PostgreSQL) and ``store/memory`` (fast tests); both pass the
same suite in ``tests/contract``. Every change a port makes is conditional (on the job's
state, owner or run), so racing writers are resolved inside the store, never by its callers.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from meshforge.jobs.model import ApiKey, Job, JobKind, JobStatus


@dataclass(frozen=True)
class NewJob:
    """A job to store: what is known of it when it is accepted."""

    owner_id: int
    kind: JobKind
    file_prefix: str  #: unique for all time: it names the job's files and binds its webhooks
    output_format: str
    params: Mapping[str, Any] = field(default_factory=dict)
    engine: str = ""  #: model_id of the engine that runs it ("" for uploads)
    eta_s: float = 1.0
    track_id: Any = None
    webhook: str | None = None
    input_name: str | None = None
    expires_at: float | None = None
    #: an upload is stored already succeeded, with its file, progress and end time
    status: JobStatus = JobStatus.QUEUED
    files: Sequence[str] = ()
    progress: int = 0
    finished_at: float | None = None
    created_at: float | None = None  #: now, when not given


@dataclass(frozen=True)
class JobUpdate:
    """What a transition writes besides the new status; a field left None stays as it is."""

    message: str | None = None
    files: Sequence[str] | None = None
    progress: int | None = None
    generation_time_s: float | None = None
    params: Mapping[str, Any] | None = None  #: replaces the stored parameters (``meta``)


@dataclass(frozen=True)
class WorkerInfo:
    """One process that runs jobs, as its last heartbeat described it."""

    id: str
    hostname: str
    pid: int
    engines: tuple[str, ...]
    concurrency: int
    last_seen: float


@dataclass(frozen=True)
class QueueLoad:
    """Work in front of one queued job, in the engine pool that will run it."""

    ahead: int  #: queued jobs before it
    ahead_s: float  #: their estimated run time, summed
    running: int  #: jobs running now
    running_s: float  #: their estimated time left, summed


class JobReader(Protocol):
    """Looking one job up: all that a webhook sender needs of the jobs."""

    def get_job(self, job_id: int, owner_id: int | None = None) -> Job | None:
        """The job with this id (and this owner, when given)."""
        ...


class JobStore(JobReader, Protocol):
    """Jobs through their life: accepted, claimed with a lease, ended, expired, deleted.

    Ids are never given twice, even after a delete. A job that ends with a webhook gets its
    outbox delivery in the same atomic step (see ``webhooks.ports.DeliveryStore``).
    """

    def add_job(self, new: NewJob) -> Job:
        """Store a job as given."""
        ...

    def add_job_within_cap(self, cap: int, new: NewJob) -> Job | None:
        """Store a job unless its owner has ``cap`` queued or running already (None, then).

        Counting and storing are one atomic step: concurrent submits never exceed the cap.
        """
        ...

    def find_by_prefix(self, file_prefix: str) -> Job | None:
        """The job whose outputs are named after ``file_prefix``."""
        ...

    def count_active(self, owner_id: int) -> int:
        """Queued plus running jobs of one owner."""
        ...

    def list_jobs(self, owner_id: int, limit: int = 20, offset: int = 0) -> list[Job]:
        """One owner's jobs, newest first."""
        ...

    def jobs_with_status(self, statuses: Iterable[JobStatus]) -> list[Job]:
        """Every job in one of ``statuses``, oldest first (for maintenance and tests)."""
        ...

    def claim_next(self, lease_s: float, engines: Collection[str] | None = None) -> Job | None:
        """Move the oldest queued job (of ``engines``, if given) to processing, atomically.

        The claim counts an attempt and takes a lease of ``lease_s``; None when nothing waits.
        """
        ...

    def claim(self, job_id: int, lease_s: float) -> Job | None:
        """Move this job from queued to processing; None if it is not queued (any more)."""
        ...

    def report_progress(
        self, job_id: int, progress: int, lease_s: float, attempt: int | None = None
    ) -> bool:
        """Record progress and renew the lease; False when the job is no longer running.

        ``attempt`` fences a run that lost its lease: once the job was taken again, the old
        run's reports change nothing, and it learns to stop.
        """
        ...

    def transition(
        self,
        job_id: int,
        new: JobStatus,
        changes: JobUpdate | None = None,
        *,
        owner_id: int | None = None,
        attempt: int | None = None,
    ) -> Job | None:
        """Move a job to ``new`` if its state allows (and owner and run match); else None.

        A job that ends gets its end time, loses its lease, and starts its webhook delivery.
        """
        ...

    def recover_interrupted(self, max_attempts: int, only_expired: bool = True) -> list[Job]:
        """Requeue running jobs whose lease ran out; fail those out of attempts.

        ``only_expired=False`` takes every running job: at the start of the embedded server,
        whose own workers were the only ones that could have been running them.
        """
        ...

    def delete_job(self, job_id: int, owner_id: int) -> bool:
        """Remove a job and its webhook deliveries; True if it belonged to ``owner_id``."""
        ...

    def cancel_queued(self, message: str) -> int:
        """Cancel every queued job of every key; returns how many."""
        ...

    def expired_jobs(self, now: float, limit: int = 100) -> list[Job]:
        """Ended jobs whose retention has passed and whose files are still there."""
        ...

    def finished_before(self, cutoff: float, limit: int = 100) -> list[Job]:
        """Ended jobs that ended before ``cutoff``, oldest first."""
        ...

    def mark_purged(self, job_id: int) -> None:
        """Record that an expired job's files are gone (the job stays, answering "expired")."""
        ...


class KeyStore(Protocol):
    """API keys, kept as hashes, each with its webhook signing secret."""

    def add_key(
        self,
        name: str,
        key_hash: str,
        prefix: str,
        is_admin: bool = False,
        webhook_secret: str | None = None,
    ) -> ApiKey:
        """Store a new key's hash, with its signing secret (a new one when not given)."""
        ...

    def find_key(self, key_hash: str) -> ApiKey | None:
        """The active key with this hash, if any."""
        ...

    def list_keys(self) -> list[ApiKey]:
        """Every key, active or revoked, oldest first."""
        ...

    def revoke_key(self, name_or_prefix: str) -> list[ApiKey]:
        """Revoke the active keys with this name or key prefix; returns those revoked."""
        ...

    def webhook_secret(self, key_id: int) -> str | None:
        """The signing secret of a key's webhooks."""
        ...


class FleetStore(Protocol):
    """The processes that run jobs: heartbeats, dispatch to a broker, and the timings of ETAs."""

    def heartbeat(
        self, worker_id: str, hostname: str, pid: int, engines: Collection[str], concurrency: int
    ) -> None:
        """Record that a worker is alive (registering it on its first beat)."""
        ...

    def forget_worker(self, worker_id: str) -> None:
        """Remove a worker that is stopping (and workers silent for a day)."""
        ...

    def live_workers(self, max_age_s: float) -> list[WorkerInfo]:
        """Workers whose last heartbeat is at most ``max_age_s`` old, by id."""
        ...

    def mark_dispatched(self, job_id: int) -> None:
        """Record that a queued job's message went to the broker."""
        ...

    def undispatched(
        self, older_than_s: float, stale_after_s: float, limit: int = 100
    ) -> list[tuple[int, str]]:
        """(id, engine) of queued jobs the broker may not hold, oldest first.

        Those never dispatched and older than ``older_than_s`` (the API that queued one has
        that long to do it itself), and those dispatched more than ``stale_after_s`` ago.
        """
        ...

    def queue_load(self, job_id: int, engines: Collection[str]) -> QueueLoad:
        """Queued work ahead of a job and running work, among jobs of ``engines``."""
        ...

    def queue_totals(self) -> tuple[int, float]:
        """Queued jobs in all and the sum of their estimated run times."""
        ...

    def recent_slowdowns(self, engine: str, limit: int = 20) -> list[float]:
        """For the last ``limit`` successes of ``engine``, newest first: time taken / estimated."""
        ...


class JobAndFleetStore(JobStore, FleetStore, Protocol):
    """Jobs with the fleet that runs them: what the service, the queues and the sweepers use."""
