"""SqlFleet: what the store knows of the processes that run jobs: heartbeats, dispatch, timings.

Kept apart from the job lifecycle in ``jobs.py``: these queries serve scale-out (which workers
are alive, which queued jobs still have to be handed to the broker) and the queue ETA.
"""

from __future__ import annotations

import time
from collections.abc import Collection

from sqlalchemy import bindparam, delete, func, insert, select, update

from meshforge.jobs.model import JobStatus
from meshforge.jobs.ports import FleetStore, QueueLoad, WorkerInfo
from meshforge.store.schema import jobs, workers
from meshforge.store.sql.connection import READ, WRITE, SqlRole

_QUEUED = JobStatus.QUEUED.value
# prebuilt: fetch computes the ETA of every unfinished job it answers for
_AHEAD = select(func.count(), func.coalesce(func.sum(jobs.c.eta_s), 0.0)).where(
    jobs.c.status == _QUEUED,
    jobs.c.id < bindparam("job_id"),
    jobs.c.engine.in_(bindparam("engines", expanding=True)),
)
_RUNNING = select(
    func.count(), func.coalesce(func.sum(jobs.c.eta_s * (1.0 - jobs.c.progress / 100.0)), 0.0)
).where(
    jobs.c.status == JobStatus.PROCESSING.value,
    jobs.c.engine.in_(bindparam("engines", expanding=True)),
    # a worker may claim the job between the caller's read and this one: not work in front of it
    jobs.c.id != bindparam("job_id"),
)
_TOTALS = select(func.count(), func.coalesce(func.sum(jobs.c.eta_s), 0.0)).where(
    jobs.c.status == _QUEUED
)


class SqlFleet(SqlRole, FleetStore):
    """The ``workers`` table, and the dispatch and timing columns of ``jobs``."""

    # ---- workers ----------------------------------------------------------------------------

    def heartbeat(
        self, worker_id: str, hostname: str, pid: int, engines: Collection[str], concurrency: int
    ) -> None:
        """Record that a worker is alive (registering it on its first beat)."""
        now = time.time()
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            seen = conn.execute(
                update(workers)
                .where(workers.c.id == worker_id)
                .values(last_seen=now, engines=sorted(engines), concurrency=concurrency)
            )
            if seen.rowcount == 0:
                conn.execute(
                    insert(workers).values(
                        id=worker_id,
                        hostname=hostname,
                        pid=pid,
                        engines=sorted(engines),
                        concurrency=concurrency,
                        started_at=now,
                        last_seen=now,
                    )
                )

    def forget_worker(self, worker_id: str) -> None:
        """Remove a worker that is stopping (and workers silent for a day)."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(
                delete(workers).where(
                    (workers.c.id == worker_id) | (workers.c.last_seen < time.time() - 86400)
                )
            )

    def live_workers(self, max_age_s: float) -> list[WorkerInfo]:
        """Workers whose last heartbeat is at most ``max_age_s`` old."""
        with self.engine.connect().execution_options(**READ) as conn:
            rows = conn.execute(
                select(workers)
                .where(workers.c.last_seen >= time.time() - max_age_s)
                .order_by(workers.c.id)
            ).all()
        return [
            WorkerInfo(
                id=r.id,
                hostname=r.hostname,
                pid=r.pid,
                engines=tuple(r.engines),
                concurrency=r.concurrency,
                last_seen=r.last_seen,
            )
            for r in rows
        ]

    # ---- dispatch outbox --------------------------------------------------------------------

    def mark_dispatched(self, job_id: int) -> None:
        """Record that a queued job's message went to the broker."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            conn.execute(update(jobs).where(jobs.c.id == job_id).values(dispatched_at=time.time()))

    def undispatched(
        self, older_than_s: float, stale_after_s: float, limit: int = 100
    ) -> list[tuple[int, str]]:
        """(id, engine) of queued jobs the broker may not hold, oldest first.

        Dispatched ones count again after ``stale_after_s``: a broker that restarted without
        persistence forgets its messages, and a second message for a job that is still
        waiting costs one no-op claim.
        """
        now = time.time()
        never = jobs.c.dispatched_at.is_(None) & (jobs.c.created_at < now - older_than_s)
        with self.engine.connect().execution_options(**READ) as conn:
            rows = conn.execute(
                select(jobs.c.id, jobs.c.engine)
                .where(
                    jobs.c.status == _QUEUED,
                    never | (jobs.c.dispatched_at < now - stale_after_s),
                )
                .order_by(jobs.c.id)
                .limit(limit)
            ).all()
        return [(int(r.id), str(r.engine or "")) for r in rows]

    # ---- timings ----------------------------------------------------------------------------

    def queue_load(self, job_id: int, engines: Collection[str]) -> QueueLoad:
        """Queued work ahead of a job and running work, among jobs of ``engines``."""
        params = {"job_id": job_id, "engines": list(engines)}
        with self.engine.connect().execution_options(**READ) as conn:
            count, cost = conn.execute(_AHEAD, params).one()
            running, left = conn.execute(_RUNNING, params).one()
        return QueueLoad(int(count), float(cost), int(running), float(left))

    def queue_totals(self) -> tuple[int, float]:
        """Queued jobs in all and the sum of their estimated run times."""
        with self.engine.connect().execution_options(**READ) as conn:
            count, cost = conn.execute(_TOTALS).one()
        return int(count), float(cost)

    def recent_slowdowns(self, engine: str, limit: int = 20) -> list[float]:
        """For the last ``limit`` successes of ``engine``: time taken / time estimated.

        Time taken is the engine's own generation time: a job claimed while its engine process
        was still warming up after a (re)start waited, but that wait says nothing of the next job.
        """
        with self.engine.connect().execution_options(**READ) as conn:
            rows = conn.execute(
                select(jobs.c.generation_time_s, jobs.c.eta_s)
                .where(
                    jobs.c.engine == engine,
                    jobs.c.status == JobStatus.SUCCEEDED.value,
                    jobs.c.generation_time_s.is_not(None),
                )
                .order_by(jobs.c.finished_at.desc())
                .limit(limit)
            ).all()
        return [r.generation_time_s / r.eta_s for r in rows if r.eta_s > 0]
