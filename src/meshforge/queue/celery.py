"""CeleryQueue and CeleryWorker: jobs dispatched through a Celery broker (Redis or RabbitMQ).

API servers publish one message per job to the queue of the job's engine
(``meshforge.<model_id>``); ``meshforge worker`` processes consume the queues of the engines
they serve, so GPU and CPU pools are split by ``--engines``. A message carries only the job
id: the worker claims the row (queued -> processing, attempt counted, lease taken) and runs it
through the same ``run_job`` as the embedded queue.

Messages are acknowledged late with a prefetch of one, so a worker killed mid-job leaves its
message to the broker. Recovery does not wait for the broker, though: the job's lease runs
out, a sweeper requeues it (or fails it after ``max_attempts``, which is what stops a poison
job) and dispatches it again; when the broker redelivers the old message later, its claim
finds the job taken and it is dropped. Attempts are counted in the database, because brokers
cannot count redeliveries.
"""

from __future__ import annotations

import logging
import socket
import uuid
from collections.abc import Collection
from typing import Any

from meshforge.errors import MissingDependency
from meshforge.jobs.model import Job
from meshforge.jobs.ports import JobAndFleetStore
from meshforge.queue.sweeper import QueueSweeper, WorkerIdentity, sweep_interval_s
from meshforge.settings import Settings
from meshforge.worker.engine_process import EnginePool
from meshforge.worker.run_job import WorkerContext, run_job

try:
    from celery import Celery
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise MissingDependency(
        "MESHFORGE_QUEUE_URL names a Celery broker, but Celery is not installed: "
        "pip install 'meshforge[celery]'"
    ) from exc

log = logging.getLogger("meshforge.queue")

TASK_NAME = "meshforge.run_job"


def queue_name(engine: str) -> str:
    """The Celery queue of one engine's jobs."""
    return f"meshforge.{engine}"


def make_celery_app(settings: Settings) -> Celery:
    """A Celery app for the broker in ``settings.queue_url``, configured for long jobs."""
    app = Celery("meshforge", broker=settings.queue_url, set_as_current=False)
    app.conf.update(
        # ack after the job, one message at a time per slot: a dead worker loses nothing
        task_acks_late=True,
        worker_prefetch_multiplier=1,
        # a job's state lives in the database; Celery keeps no results
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        # Redis hands an unacknowledged message out again after this long; the lease sweeper
        # has long recovered the job by then, so the redelivery only meets a finished job
        broker_transport_options={"visibility_timeout": max(3600.0, 2 * settings.job_timeout_s)},
        # a broker that is down must not hang a create request: the sweeper dispatches later
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.2},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        task_default_queue=queue_name("text"),
    )
    return app


class CeleryQueue:
    """The API side: publish each queued job, and sweep leases and lost dispatches."""

    def __init__(self, store: JobAndFleetStore, settings: Settings) -> None:
        self._store = store
        self._app = make_celery_app(settings)
        self._sweeper = QueueSweeper(
            store,
            max_attempts=settings.max_attempts,
            interval_s=sweep_interval_s(settings.lease_s),
            dispatch=self.dispatch,
            redispatch_after_s=settings.redispatch_after_s,
        )

    @property
    def runs_jobs_here(self) -> bool:
        """Jobs run in ``meshforge worker`` processes, not here."""
        return False

    def start(self) -> None:
        """Start the sweeper."""
        self._sweeper.start()

    def stop(self, grace_s: float = 0.0) -> None:  # noqa: ARG002 - nothing runs here
        """Stop the sweeper."""
        self._sweeper.stop()

    def enqueue(self, job: Job) -> None:
        """Publish a job just committed; if the broker is down, the sweeper publishes it later."""
        self.dispatch(job.id, job.engine)

    def dispatch(self, job_id: int, engine: str) -> None:
        """Send one job's message to its engine's queue and record that it was sent."""
        try:
            self._app.send_task(TASK_NAME, args=[job_id], queue=queue_name(engine))
            self._store.mark_dispatched(job_id)
        except Exception as exc:
            log.warning("job %s: could not reach the broker (%s); will dispatch again", job_id, exc)

    def ping(self) -> None:
        """Raise if the broker does not answer."""
        with self._app.connection_for_write(connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)


class CeleryWorker:
    """``meshforge worker``: consume the queues of ``engines``, ``concurrency`` jobs at a time."""

    def __init__(self, ctx: WorkerContext, engines: Collection[str], concurrency: int) -> None:
        self._ctx = ctx
        self._engines = tuple(sorted(engines))
        self._concurrency = concurrency
        paths = tuple(sorted({ctx.engine_paths[e] for e in self._engines}))
        self._pool = EnginePool(concurrency, preload=paths)
        self._app = make_celery_app(ctx.settings)
        worker = self

        @self._app.task(name=TASK_NAME, bind=True)  # type: ignore[untyped-decorator]
        def run_job_task(task: Any, job_id: int) -> None:
            worker._task(task, job_id)

        producer = CeleryQueue(ctx.store, ctx.settings)
        self._identity = WorkerIdentity(self._engines, concurrency)
        self._sweeper = QueueSweeper(
            ctx.store,
            max_attempts=ctx.settings.max_attempts,
            interval_s=sweep_interval_s(ctx.settings.lease_s),
            worker=self._identity,
            dispatch=producer.dispatch,
            redispatch_after_s=ctx.settings.redispatch_after_s,
        )

    def _task(self, task: Any, job_id: int) -> None:
        ctx = self._ctx
        with self._pool.engine() as engine:  # a slot first, so no lease ticks while waiting
            try:
                job = ctx.store.claim(job_id, ctx.settings.lease_s)
            except Exception as exc:  # the database is away: keep the message alive
                log.warning("job %s: could not claim (%s); retrying", job_id, exc)
                raise task.retry(exc=exc, countdown=2, max_retries=None) from exc
            if job is None:
                log.info("job %s: already taken, finished or canceled; message dropped", job_id)
                return
            log.info("job %s: running (attempt %s)", job.id, job.attempts)
            run_job(job, ctx, engine)

    def run(self) -> int:
        """Consume until stopped (SIGTERM or Ctrl-C: running jobs finish first)."""
        # staging may be shared with workers running jobs right now: only runs older than any
        # job can last are surely dead
        settings = self._ctx.settings
        self._ctx.storage.clear_staging(older_than_s=settings.job_timeout_s + 2 * settings.lease_s)
        self._pool.start()
        self._sweeper.start()
        worker = self._app.Worker(
            hostname=f"meshforge-{uuid.uuid4().hex[:6]}@{socket.gethostname()}",
            pool_cls="threads",
            concurrency=self._concurrency,
            queues=[queue_name(e) for e in self._engines],
            loglevel="INFO",
            without_gossip=True,
            without_mingle=True,
            optimization="fair",
        )
        try:
            worker.start()
        finally:
            self._pool.shutdown()
            self._sweeper.stop()
        return int(worker.exitcode or 0)
