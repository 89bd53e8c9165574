"""LocalQueue: worker threads inside the server, each driving its own engine process.

The queue is the job table itself: a worker claims the oldest queued row, so jobs accepted
before a crash or restart are simply still there to be claimed. Submitting only wakes the
workers up early.
"""

from __future__ import annotations

import logging
import threading
import time

from meshforge.errors import DatabaseUnavailable, InsufficientStorage
from meshforge.jobs.model import Job
from meshforge.queue.sweeper import QueueSweeper, WorkerIdentity, sweep_interval_s
from meshforge.worker.engine_process import EngineProcess
from meshforge.worker.run_job import WorkerContext, run_job

log = logging.getLogger("meshforge.queue")

#: an idle worker looks for jobs at least this often, even without a wake-up
IDLE_POLL_S = 1.0


class LocalQueue:
    """``workers`` threads claiming jobs from the store and running them in engine processes.

    ``sole_runner``: no other process runs this store's jobs (SQLite on one machine), so at
    start every job still marked running was this server's and is requeued at once; with a
    shared database only jobs whose lease ran out are taken back, by the sweeper.
    """

    def __init__(
        self,
        ctx: WorkerContext,
        workers: int,
        preload: tuple[str, ...] = (),
        *,
        sole_runner: bool = True,
    ) -> None:
        self._ctx = ctx
        self._sole_runner = sole_runner
        self._wake = threading.Condition()
        self._stopping = threading.Event()
        self._engines = [EngineProcess(preload) for _ in range(workers)]
        self._threads: list[threading.Thread] = []
        self._sweeper = QueueSweeper(
            ctx.store,
            max_attempts=ctx.settings.max_attempts,
            interval_s=sweep_interval_s(ctx.settings.lease_s),
            worker=WorkerIdentity(tuple(sorted(ctx.engine_paths)), workers),
        )

    @property
    def runs_jobs_here(self) -> bool:
        """Jobs run inside this process."""
        return True

    def start(self) -> None:
        """Requeue jobs interrupted by the last shutdown, start engine processes and workers."""
        ctx = self._ctx
        if self._sole_runner:
            for job in ctx.store.recover_interrupted(ctx.settings.max_attempts, only_expired=False):
                log.info("job %s was interrupted; now %s", job.id, job.status.value)
        settings = ctx.settings
        # with a shared database other servers may be running jobs from the same staging
        ctx.storage.clear_staging(
            older_than_s=0.0 if self._sole_runner else settings.job_timeout_s + 2 * settings.lease_s
        )
        self._sweeper.start()
        for index, engine in enumerate(self._engines):
            thread = threading.Thread(
                target=self._work, args=(engine,), name=f"meshforge-worker-{index}", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def enqueue(self, job: Job) -> None:  # noqa: ARG002 - workers claim from the table
        """Wake an idle worker: a job was just queued."""
        with self._wake:
            self._wake.notify()

    def ping(self) -> None:
        """Raise if no worker thread is alive any more."""
        if self._threads and not any(t.is_alive() for t in self._threads):
            raise RuntimeError("every worker thread has stopped")

    def stop(self, grace_s: float = 0.0) -> None:
        """Stop claiming jobs; give running ones ``grace_s`` to finish, then stop their engines.

        A job still running after the grace period stays claimed and is taken again at the next
        start (its lease is requeued by ``recover_interrupted``).
        """
        self._stopping.set()
        with self._wake:
            self._wake.notify_all()
        deadline = time.monotonic() + grace_s
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        for engine in self._engines:
            engine.shutdown()
        for thread in self._threads:
            thread.join(timeout=10)
        self._sweeper.stop()

    def _work(self, engine: EngineProcess) -> None:
        try:
            engine.start()
        except Exception:
            log.exception("could not start an engine process")
        while not self._stopping.is_set():
            try:
                job = self._ctx.store.claim_next(self._ctx.settings.lease_s)
            except (DatabaseUnavailable, InsufficientStorage) as exc:
                # an outage, not a bug: one line per try, not a traceback every second
                log.warning("could not claim a job (%s); retrying", exc)
                job = None
            except Exception:
                log.exception("could not claim a job; retrying")
                job = None
            if job is None:
                with self._wake:
                    self._wake.wait(IDLE_POLL_S)
                continue
            log.info("job %s: running (attempt %s)", job.id, job.attempts)
            run_job(job, self._ctx, engine)
