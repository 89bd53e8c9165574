"""RetentionSweeper: removes the files of expired temp outputs and uploads, and nothing else."""

from __future__ import annotations

import logging
import threading
import time

from meshforge.jobs.ports import JobStore
from meshforge.storage.base import FileStorage

log = logging.getLogger("meshforge.retention")


class RetentionSweeper:
    """Every ``interval_s``, deletes the outputs (and input) of jobs past their ``expires_at``.

    Only jobs created with ``temp`` (and base64_to_url uploads) have an expiry; the job rows
    stay, so fetch keeps answering "the result has expired" instead of "not found".
    """

    def __init__(self, store: JobStore, storage: FileStorage, interval_s: float) -> None:
        self._store = store
        self._storage = storage
        self._interval_s = interval_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def sweep(self, now: float | None = None) -> int:
        """Remove what has expired by ``now``; returns how many jobs were purged."""
        purged = 0
        while expired := self._store.expired_jobs(now or time.time()):
            for job in expired:
                self._storage.delete_outputs(job.files)
                if job.input_name:
                    self._storage.delete_input(job.input_name)
                self._store.mark_purged(job.id)
                purged += 1
        if purged:
            log.info("retention: removed the files of %s expired job(s)", purged)
        return purged

    def delete_finished_before(self, cutoff: float) -> int:
        """Delete finished jobs (rows, outputs and inputs) that ended before ``cutoff``."""
        deleted = 0
        while old := self._store.finished_before(cutoff):
            for job in old:
                self._storage.delete_outputs(job.files)
                if job.input_name:
                    self._storage.delete_input(job.input_name)
                self._store.delete_job(job.id, job.owner_id)
                deleted += 1
        return deleted

    def start(self) -> None:
        """Sweep now and then every interval, in a daemon thread."""
        self._thread = threading.Thread(target=self._loop, name="meshforge-retention", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop sweeping."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                self.sweep()
            except Exception:
                log.exception("retention sweep failed; trying again later")
            self._stopping.wait(self._interval_s)
