"""QueueSweeper: the periodic chores that keep every queue honest, whichever processes die.

Each round it (1) records this process's heartbeat when it runs jobs, so ETAs know the live
capacity; (2) requeues running jobs whose lease expired (their worker died: ``kill -9``, OOM,
a lost machine) and fails those out of attempts, which is what bounds a poison job; and (3)
dispatches queued jobs that never reached the broker (an API killed between its commit and its
publish, or a job just requeued by step 2). All three are conditional updates, so any number
of API servers and workers can sweep at once.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from meshforge.errors import DatabaseUnavailable, InsufficientStorage
from meshforge.jobs.model import JobStatus
from meshforge.jobs.ports import JobAndFleetStore
from meshforge.telemetry.metrics import JOBS_FINISHED

log = logging.getLogger("meshforge.queue")

#: a job the API queued is dispatched by the sweeper only after this long without its message
DISPATCH_GRACE_S = 5.0


@dataclass(frozen=True)
class WorkerIdentity:
    """How a process that runs jobs appears in the workers table."""

    engines: tuple[str, ...]
    concurrency: int
    hostname: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    id: str = field(
        default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    )


class QueueSweeper:
    """Heartbeats, lease recovery and re-dispatch, every ``interval_s`` in a daemon thread."""

    def __init__(
        self,
        store: JobAndFleetStore,
        *,
        max_attempts: int,
        interval_s: float,
        worker: WorkerIdentity | None = None,
        dispatch: Callable[[int, str], None] | None = None,
        redispatch_after_s: float = 600.0,
    ) -> None:
        self._store = store
        self._max_attempts = max_attempts
        self._interval_s = interval_s
        self._worker = worker
        self._dispatch = dispatch
        self._redispatch_after_s = redispatch_after_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def sweep(self) -> None:
        """One round of every chore."""
        if self._worker is not None:
            w = self._worker
            self._store.heartbeat(w.id, w.hostname, w.pid, w.engines, w.concurrency)
        for job in self._store.recover_interrupted(self._max_attempts, only_expired=True):
            log.warning("job %s: its worker stopped holding it; now %s", job.id, job.status.value)
            if job.status is JobStatus.FAILED:  # out of attempts
                JOBS_FINISHED.labels(job.engine, "failed").inc()
        if self._dispatch is not None:
            for job_id, engine in self._store.undispatched(
                DISPATCH_GRACE_S, self._redispatch_after_s
            ):
                self._dispatch(job_id, engine)

    def start(self) -> None:
        """Sweep now, then every interval."""
        self._thread = threading.Thread(target=self._loop, name="meshforge-sweeper", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop sweeping and take this process out of the workers table."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._worker is not None:
            try:
                self._store.forget_worker(self._worker.id)
            except Exception:
                log.exception("could not remove worker %s from the registry", self._worker.id)

    def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                self.sweep()
            except (DatabaseUnavailable, InsufficientStorage) as exc:
                # an outage, not a bug: one line per round, not a traceback
                log.warning(
                    "queue sweep failed (%s); trying again in %.0f s", exc, self._interval_s
                )
            except Exception:
                log.exception("queue sweep failed; trying again in %.0f s", self._interval_s)
            self._stopping.wait(self._interval_s)


def sweep_interval_s(lease_s: float) -> float:
    """How often to sweep: often enough that a dead worker's job waits about one lease."""
    return max(0.2, min(5.0, lease_s / 4))
