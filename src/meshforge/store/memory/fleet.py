"""MemoryFleet: heartbeats, dispatch marks and the timings of ETAs, over the in-memory tables."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import replace

from meshforge.jobs.model import JobStatus
from meshforge.jobs.ports import FleetStore, QueueLoad, WorkerInfo
from meshforge.store.memory.tables import MemoryRole

#: a worker silent this long is dropped when another one stops
_FORGET_AFTER_S = 86400.0


class MemoryFleet(MemoryRole, FleetStore):
    """The workers table, and the dispatch and timing columns of the jobs."""

    def heartbeat(
        self, worker_id: str, hostname: str, pid: int, engines: Collection[str], concurrency: int
    ) -> None:
        """Record that a worker is alive (registering it on its first beat)."""
        now = time.time()
        with self.tables.lock:
            seen = self.tables.workers.get(worker_id)
            if seen is None:
                seen = WorkerInfo(worker_id, hostname, pid, (), concurrency, now)
            self.tables.workers[worker_id] = replace(
                seen, engines=tuple(sorted(engines)), concurrency=concurrency, last_seen=now
            )

    def forget_worker(self, worker_id: str) -> None:
        """Remove a worker that is stopping (and workers silent for a day)."""
        cutoff = time.time() - _FORGET_AFTER_S
        with self.tables.lock:
            for info in list(self.tables.workers.values()):
                if info.id == worker_id or info.last_seen < cutoff:
                    del self.tables.workers[info.id]

    def live_workers(self, max_age_s: float) -> list[WorkerInfo]:
        """Workers whose last heartbeat is at most ``max_age_s`` old, by id."""
        oldest = time.time() - max_age_s
        with self.tables.lock:
            return sorted(
                (w for w in self.tables.workers.values() if w.last_seen >= oldest),
                key=lambda w: w.id,
            )

    def mark_dispatched(self, job_id: int) -> None:
        """Record that a queued job's message went to the broker."""
        with self.tables.lock:
            if (row := self.tables.jobs.get(job_id)) is not None:
                row.dispatched_at = time.time()

    def undispatched(
        self, older_than_s: float, stale_after_s: float, limit: int = 100
    ) -> list[tuple[int, str]]:
        """(id, engine) of queued jobs the broker may not hold, oldest first."""
        now = time.time()
        with self.tables.lock:
            rows = [
                row
                for _id, row in sorted(self.tables.jobs.items())
                if row.job.status is JobStatus.QUEUED
                and (
                    row.job.created_at < now - older_than_s
                    if row.dispatched_at is None
                    else row.dispatched_at < now - stale_after_s
                )
            ]
            return [(row.job.id, row.engine) for row in rows[:limit]]

    def queue_load(self, job_id: int, engines: Collection[str]) -> QueueLoad:
        """Queued work ahead of a job and running work, among jobs of ``engines``."""
        pool = set(engines)
        with self.tables.lock:
            rows = [r for r in self.tables.jobs.values() if r.engine in pool]
            ahead = [
                r.job.eta_s for r in rows if r.job.status is JobStatus.QUEUED and r.job.id < job_id
            ]
            # the job itself may be claimed between the caller's read and this one
            left = [
                r.job.eta_s * (1.0 - r.job.progress / 100.0)
                for r in rows
                if r.job.status is JobStatus.PROCESSING and r.job.id != job_id
            ]
        return QueueLoad(len(ahead), float(sum(ahead)), len(left), float(sum(left)))

    def queue_totals(self) -> tuple[int, float]:
        """Queued jobs in all and the sum of their estimated run times."""
        with self.tables.lock:
            queued = [
                r.job.eta_s for r in self.tables.jobs.values() if r.job.status is JobStatus.QUEUED
            ]
        return len(queued), float(sum(queued))

    def recent_slowdowns(self, engine: str, limit: int = 20) -> list[float]:
        """For the last ``limit`` successes of ``engine``, newest first: time taken / estimated."""
        with self.tables.lock:
            done = [
                r.job
                for r in self.tables.jobs.values()
                if r.engine == engine
                and r.job.status is JobStatus.SUCCEEDED
                and r.job.generation_time_s is not None
            ]
        done.sort(key=lambda j: j.finished_at or 0.0, reverse=True)
        return [(j.generation_time_s or 0.0) / j.eta_s for j in done[:limit] if j.eta_s > 0]
