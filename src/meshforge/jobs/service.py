"""JobService: accept, look up, cancel and delete a key's jobs, enforcing ownership and limits."""

from __future__ import annotations

import math
import secrets
import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from meshforge.errors import NotFound, QueueFull, Unavailable
from meshforge.jobs.model import ApiKey, Job, JobKind, JobStatus
from meshforge.jobs.parameters import JobParameters
from meshforge.jobs.ports import JobAndFleetStore, JobUpdate, NewJob, WorkerInfo
from meshforge.telemetry.metrics import JOBS_FINISHED, JOBS_SUBMITTED, FleetSnapshot


class FileStore(Protocol):
    """The part of file storage the service uses."""

    def save_input(self, name: str, data: bytes) -> None: ...
    def delete_input(self, name: str) -> None: ...
    def save_output(self, name: str, data: bytes) -> None: ...
    def delete_outputs(self, names: list[str]) -> None: ...


@dataclass(frozen=True)
class JobSpec:
    """A validated generation request in domain terms."""

    kind: JobKind
    params: JobParameters  #: seed 0 still means "pick one"
    estimated_s: float
    temp: bool = False
    track_id: Any = None
    webhook: str | None = None
    input_png: bytes | None = None  #: normalised input image for image_to_3d


@dataclass(frozen=True)
class QueueInfo:
    """Where a job stands: jobs ahead of it and seconds until it should be done."""

    position: int
    eta_s: int


#: a worker whose heartbeat is older than this no longer counts towards capacity
WORKER_STALE_S = 30.0
#: how long the fleet's capacity and timings are reused between ETA computations
_FLEET_CACHE_S = 2.0


def pick_seed(seed: int) -> int:
    """The seed to use: the one asked for, or a random non-zero one for 0."""
    return seed if seed else secrets.randbelow(2**32 - 1) + 1


class JobService:
    """Use cases over jobs; every lookup is scoped to the calling key."""

    def __init__(
        self,
        store: JobAndFleetStore,
        files: FileStore,
        *,
        max_queued_per_key: int,
        temp_retention_s: float,
        workers: int,
        on_submit: Callable[[Job], None] = lambda _job: None,
        check_free_space: Callable[[], None] = lambda: None,
    ) -> None:
        self._store = store
        self._files = files
        self._max_queued = max_queued_per_key
        self._retention_s = temp_retention_s
        self._workers = max(1, workers)
        self._on_submit = on_submit
        #: raises InsufficientStorage while the disk is below its floor (FreeSpaceGuard)
        self._check_free_space = check_free_space
        self._fleet: tuple[float, Sequence[WorkerInfo]] = (-math.inf, ())
        self._slowdowns: dict[str, tuple[float, float]] = {}
        #: set when the server is shutting down: new jobs get a 503 while running ones finish
        self.draining = False

    def submit(self, owner: ApiKey, spec: JobSpec) -> Job:
        """Queue a generation job for ``owner``."""
        if self.draining:
            raise Unavailable("The server is shutting down; send the request again shortly.")
        # a cheap early refusal, before an input image is written; the insert below decides
        if self._store.count_active(owner.id) >= self._max_queued:
            raise self._queue_full(spec)
        self._check_free_space()
        prefix = str(uuid.uuid4())
        params = spec.params.with_seed(pick_seed(spec.params.seed))
        input_name = None
        if spec.input_png is not None:
            # saved before the job exists, so a worker never claims a job without its input
            input_name = f"{prefix}.png"
            self._files.save_input(input_name, spec.input_png)
        try:
            new = NewJob(
                owner_id=owner.id,
                kind=spec.kind,
                file_prefix=prefix,
                output_format=params.output_format,
                params={**params.to_stored(), "file_prefix": prefix},
                engine=params.model_id,
                eta_s=spec.estimated_s,
                track_id=spec.track_id,
                webhook=spec.webhook,
                input_name=input_name,
                expires_at=time.time() + self._retention_s if spec.temp else None,
            )
            job = self._store.add_job_within_cap(self._max_queued, new)
            if job is None:
                raise self._queue_full(spec)
        except BaseException:
            # no input image without its job: a refused or failed insert takes it away again
            if input_name is not None:
                self._files.delete_input(input_name)
            raise
        JOBS_SUBMITTED.labels(job.engine).inc()
        self._on_submit(job)
        return job

    def _queue_full(self, spec: JobSpec) -> QueueFull:
        return QueueFull(
            f"Rate limit exceeded. Maximum {self._max_queued} queued requests allowed.",
            retry_after_s=max(5, math.ceil(spec.estimated_s * 2)),
        )

    def store_upload(self, owner: ApiKey, extension: str, data: bytes) -> Job:
        """Keep an uploaded 3D file; it expires like a temp output."""
        self._check_free_space()
        prefix = str(uuid.uuid4())
        name = f"{prefix}.{extension}"
        self._files.save_output(name, data)
        now = time.time()
        return self._store.add_job(
            NewJob(
                owner_id=owner.id,
                kind=JobKind.UPLOAD,
                status=JobStatus.SUCCEEDED,
                file_prefix=prefix,
                output_format=extension,
                params={"file_prefix": prefix, "bytes": len(data)},
                files=[name],
                progress=100,
                finished_at=now,
                expires_at=now + self._retention_s,
            )
        )

    def get(self, owner: ApiKey, job_id: int) -> Job:
        """The caller's job; another key's job is reported exactly like a missing one."""
        job = self._store.get_job(job_id, owner_id=owner.id)
        if job is None:
            raise NotFound
        return job

    def queue_info(self, job: Job) -> QueueInfo:
        """Position in its engine pool's queue and an integer ETA in seconds (at least 1).

        The ETA is the work in front of the job (queued before it, plus what is left of the
        running jobs) shared by the live workers serving its engine, plus its own run time;
        estimates are scaled by how long the engine's recent jobs really took.
        """
        factor = self._slowdown(job.engine)
        if job.status is JobStatus.PROCESSING:
            remaining = job.eta_s * factor * (1 - job.progress / 100)
            return QueueInfo(0, max(1, math.ceil(remaining)))
        pool, capacity = self._pool(job.engine)
        load = self._store.queue_load(job.id, pool)
        # a free slot starts it at once; otherwise the work in front is shared by every slot
        busy = load.ahead + load.running >= capacity
        wait = (load.ahead_s + load.running_s) * factor / capacity if busy else 0.0
        return QueueInfo(load.ahead, max(1, math.ceil(wait + job.eta_s * factor)))

    def _workers_now(self) -> Sequence[WorkerInfo]:
        cached_at, live = self._fleet
        if time.monotonic() - cached_at > _FLEET_CACHE_S:
            live = self._store.live_workers(WORKER_STALE_S)
            self._fleet = (time.monotonic(), live)
        return live

    def _pool(self, engine: str) -> tuple[list[str], int]:
        """Engines whose jobs compete with ``engine``'s for the same workers, and their slots."""
        serving = [w for w in self._workers_now() if engine in w.engines]
        if not serving:  # nobody serves it yet: count its own queue, as if one worker came
            return [engine], max(1, self._workers)
        pool = sorted({e for w in serving for e in w.engines})
        return pool, max(1, sum(w.concurrency for w in serving))

    def _slowdown(self, engine: str) -> float:
        """Median of (time taken / time estimated) over the engine's recent jobs; 1 if none."""
        cached = self._slowdowns.get(engine)
        if cached is not None and time.monotonic() - cached[0] <= _FLEET_CACHE_S:
            return cached[1]
        ratios = self._store.recent_slowdowns(engine) if engine else []
        factor = min(20.0, max(0.05, statistics.median(ratios))) if ratios else 1.0
        self._slowdowns[engine] = (time.monotonic(), factor)
        return factor

    def list(self, owner: ApiKey, limit: int, offset: int) -> list[Job]:
        """The caller's jobs, newest first."""
        return self._store.list_jobs(owner.id, limit=limit, offset=offset)

    def cancel(self, owner: ApiKey, job_id: int) -> Job:
        """Cancel a queued or running job of the caller; a finished job is returned unchanged."""
        job = self.get(owner, job_id)
        if job.is_terminal:
            return job
        canceled = self._store.transition(
            job.id,
            JobStatus.CANCELED,
            JobUpdate(message="The job was canceled."),
            owner_id=owner.id,
        )
        if canceled is not None:
            JOBS_FINISHED.labels(canceled.engine, "canceled").inc()
        return canceled or self.get(owner, job_id)

    def delete(self, owner: ApiKey, job_id: int) -> None:
        """Cancel the caller's job if it is still running, then remove it and its files."""
        job = self.cancel(owner, job_id)
        self._files.delete_outputs(job.files)
        if job.input_name:  # the uploaded picture is the user's data too
            self._files.delete_input(job.input_name)
        self._store.delete_job(job.id, owner.id)

    def fleet(self) -> FleetSnapshot:
        """Queued and running jobs, live workers and their slots, read from the store now."""
        live = self._store.live_workers(WORKER_STALE_S)
        return FleetSnapshot(
            queued=self._store.queue_totals()[0],
            processing=len(self._store.jobs_with_status([JobStatus.PROCESSING])),
            workers=len(live),
            slots=sum(worker.concurrency for worker in live),
        )

    def clear_queue(self) -> int:
        """Cancel every queued job of every key (admin); running jobs finish."""
        return self._store.cancel_queued("The job was canceled: the queue was cleared.")

    def queue_seconds(self) -> int:
        """Seconds until the current queue is worked off by the live workers."""
        _count, cost = self._store.queue_totals()
        slots = sum(w.concurrency for w in self._workers_now()) or self._workers
        return math.ceil(cost / max(1, slots))
