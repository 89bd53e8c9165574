"""SqlJobStore: jobs and API keys in SQLite (WAL, BEGIN IMMEDIATE) or PostgreSQL (SKIP LOCKED)."""

from __future__ import annotations

import time
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import (
    Engine,
    Row,
    Select,
    bindparam,
    case,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from meshforge.jobs.model import (
    ApiKey,
    Job,
    JobKind,
    JobStatus,
    allowed_sources,
)
from meshforge.store.fleet import FleetQueries
from meshforge.store.migrate import upgrade
from meshforge.store.outbox import OutboxQueries, delete_deliveries, enqueue_webhooks
from meshforge.store.schema import api_keys, jobs
from meshforge.webhooks.signing import new_secret

_WRITE = {"meshforge_write": True}
#: a lone SELECT is atomic in SQLite: polling reads skip BEGIN/ROLLBACK round trips
_READ = {"meshforge_read": True}

# built once: fetch is the hot path, and a prebuilt statement keeps its compiled form cached
_JOB_BY_ID = select(jobs).where(jobs.c.id == bindparam("job_id"))
_OWNED_JOB = _JOB_BY_ID.where(jobs.c.owner_id == bindparam("owner_id"))
_TERMINAL = (JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELED)
#: a job that ends with a webhook starts its delivery as pending, in the same UPDATE
_WEBHOOK_PENDING = case((jobs.c.webhook.is_not(None), "pending"), else_="")


def _sqlite_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself, so writers can take the lock up front.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock at BEGIN: two claimers can never read the same queued row.
    options = conn.get_execution_options()
    if options.get("meshforge_write", False):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif not options.get("meshforge_read", False):
        conn.exec_driver_sql("BEGIN")


def open_engine(url: str, pool_size: int = 5) -> Engine:
    """Create the SQLAlchemy engine for ``url`` with the settings each dialect needs."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True)


def _to_job(row: Row[Any]) -> Job:
    m = row._mapping
    return Job(
        id=m["id"],
        owner_id=m["owner_id"],
        kind=JobKind(m["kind"]),
        status=JobStatus(m["status"]),
        file_prefix=m["file_prefix"],
        output_format=m["output_format"],
        params=dict(m["params"] or {}),
        files=list(m["files"] or []),
        message=m["message"],
        progress=m["progress"],
        attempts=m["attempts"],
        created_at=m["created_at"],
        started_at=m["started_at"],
        finished_at=m["finished_at"],
        generation_time_s=m["generation_time_s"],
        eta_s=m["eta_s"],
        track_id=m["track_id"],
        webhook=m["webhook"],
        input_name=m["input_name"],
        expires_at=m["expires_at"],
        webhook_status=m["webhook_status"] or "",
        purged_at=m["purged_at"],
        engine=m["engine"] or str((m["params"] or {}).get("model_id") or ""),
    )


def _to_key(row: Row[Any]) -> ApiKey:
    m = row._mapping
    return ApiKey(
        id=m["id"],
        name=m["name"],
        prefix=m["prefix"],
        is_admin=m["is_admin"],
        created_at=m["created_at"],
        revoked_at=m["revoked_at"],
    )


class SqlJobStore(FleetQueries, OutboxQueries):
    """The job store. Every state change is one conditional UPDATE, so races resolve in SQL."""

    def __init__(self, url: str, pool_size: int = 5) -> None:
        self.url = url
        self.engine = open_engine(url, pool_size)
        self._is_sqlite = url.startswith("sqlite")

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite store (reads are local and sub-millisecond)."""
        return self._is_sqlite

    def create_schema(self) -> None:
        """Bring the schema to the newest migration (idempotent; safe from many processes)."""
        upgrade(self.engine)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    # ---- keys -------------------------------------------------------------------------------

    def add_key(
        self,
        name: str,
        key_hash: str,
        prefix: str,
        is_admin: bool = False,
        webhook_secret: str | None = None,
    ) -> ApiKey:
        """Store a new key's hash (and its webhook signing secret, made here if not given)."""
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            row = conn.execute(
                api_keys.insert()
                .values(
                    name=name,
                    key_hash=key_hash,
                    prefix=prefix,
                    is_admin=is_admin,
                    created_at=time.time(),
                    webhook_secret=webhook_secret or new_secret(),
                )
                .returning(*api_keys.c)
            ).one()
        return _to_key(row)

    def find_key(self, key_hash: str) -> ApiKey | None:
        """The active key with this hash, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(api_keys).where(
                    api_keys.c.key_hash == key_hash, api_keys.c.revoked_at.is_(None)
                )
            ).first()
        return _to_key(row) if row else None

    def list_keys(self) -> list[ApiKey]:
        """Every key, active or revoked, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_keys).order_by(api_keys.c.id)).all()
        return [_to_key(r) for r in rows]

    def revoke_key(self, name_or_prefix: str) -> list[ApiKey]:
        """Revoke the active keys with this name or key prefix; returns those revoked."""
        cond = (api_keys.c.name == name_or_prefix) | (api_keys.c.prefix == name_or_prefix)
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            rows = conn.execute(
                update(api_keys)
                .where(cond, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
                .returning(*api_keys.c)
            ).all()
        return [_to_key(r) for r in rows]

    # ---- jobs -------------------------------------------------------------------------------

    def add_job(self, **values: Any) -> Job:
        """Insert a job; ``values`` are column values (``status`` defaults to queued)."""
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            return _insert_job(conn, values)

    def add_job_within_cap(self, cap: int, **values: Any) -> Job | None:
        """Insert a job unless its owner already has ``cap`` queued or running; None if so.

        Count and insert are one transaction that no other submit of the owner can interleave
        with: on SQLite BEGIN IMMEDIATE makes writers take turns; on PostgreSQL the owner's key
        row is locked first, so the next submit of that key counts after this one commits.
        """
        owner_id = values["owner_id"]
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            if not self._is_sqlite:
                conn.execute(
                    select(api_keys.c.id).where(api_keys.c.id == owner_id).with_for_update()
                )
            if conn.execute(_active_of(owner_id)).scalar_one() >= cap:
                return None
            return _insert_job(conn, values)

    def get_job(self, job_id: int, owner_id: int | None = None) -> Job | None:
        """The job with this id (and this owner, when given)."""
        query, params = (
            (_JOB_BY_ID, {"job_id": job_id})
            if owner_id is None
            else (_OWNED_JOB, {"job_id": job_id, "owner_id": owner_id})
        )
        with self.engine.connect().execution_options(**_READ) as conn:
            row = conn.execute(query, params).first()
        return _to_job(row) if row else None

    def find_by_prefix(self, file_prefix: str) -> Job | None:
        """The job whose outputs are named after ``file_prefix``."""
        with self.engine.connect() as conn:
            row = conn.execute(select(jobs).where(jobs.c.file_prefix == file_prefix)).first()
        return _to_job(row) if row else None

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
        return [_to_job(r) for r in rows]

    def claim_next(self, lease_s: float, engines: Collection[str] | None = None) -> Job | None:
        """Atomically move the oldest queued job (of ``engines``, if given) to processing."""
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
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            job_id = conn.execute(oldest).scalar()
            return None if job_id is None else self._claim_in(conn, job_id, lease_s)

    def claim(self, job_id: int, lease_s: float) -> Job | None:
        """Move this job from queued to processing; None if it is not queued (any more).

        A broker may deliver a message twice (redelivery after a lost worker, or after the
        lease sweeper re-dispatched it): the second delivery finds the job taken and does nothing.
        """
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
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
        return _to_job(row) if row else None

    def report_progress(
        self, job_id: int, progress: int, lease_s: float, attempt: int | None = None
    ) -> bool:
        """Record progress and renew the lease; False when the job is no longer running.

        ``attempt`` fences a runner whose lease was lost: once the job was taken again, the old
        run's reports change nothing and it learns to stop.
        """
        query = update(jobs).where(jobs.c.id == job_id, jobs.c.status == JobStatus.PROCESSING.value)
        if attempt is not None:
            query = query.where(jobs.c.attempts == attempt)
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            result = conn.execute(
                query.values(progress=progress, lease_until=time.time() + lease_s)
            )
        return result.rowcount == 1

    def transition(
        self,
        job_id: int,
        new: JobStatus,
        owner_id: int | None = None,
        attempt: int | None = None,
        **values: Any,
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
        if new in _TERMINAL:
            values.setdefault("finished_at", time.time())
            values.setdefault("lease_until", None)
            values["webhook_status"] = _WEBHOOK_PENDING
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            row = conn.execute(query.values(status=new.value, **values).returning(*jobs.c)).first()
            if row is not None and new in _TERMINAL:
                enqueue_webhooks(conn, [row])
        return _to_job(row) if row else None

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
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
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
                    changed.append(_to_job(row))
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
        return [_to_job(r) for r in rows]

    def delete_job(self, job_id: int, owner_id: int) -> bool:
        """Remove a job row and its webhook deliveries; True if it belonged to ``owner_id``."""
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            result = conn.execute(
                jobs.delete().where(jobs.c.id == job_id, jobs.c.owner_id == owner_id)
            )
            if result.rowcount == 1:
                delete_deliveries(conn, job_id, owner_id)
        return result.rowcount == 1

    def cancel_queued(self, message: str) -> int:
        """Cancel every queued job (admin ``clear_queue``); returns how many."""
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
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

    def queue_totals(self) -> tuple[int, float]:
        """Queued jobs in all and the sum of their estimated run times."""
        with self.engine.connect().execution_options(**_READ) as conn:
            count, cost = conn.execute(
                select(func.count(), func.coalesce(func.sum(jobs.c.eta_s), 0.0)).where(
                    jobs.c.status == JobStatus.QUEUED.value
                )
            ).one()
        return int(count), float(cost)

    # ---- retention --------------------------------------------------------------------------

    def expired_jobs(self, now: float, limit: int = 100) -> list[Job]:
        """Finished jobs whose retention has passed and whose files are still there."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(jobs)
                .where(
                    jobs.c.purged_at.is_(None),
                    jobs.c.expires_at <= now,
                    jobs.c.status.in_([s.value for s in _TERMINAL]),
                )
                .order_by(jobs.c.expires_at)
                .limit(limit)
            ).all()
        return [_to_job(r) for r in rows]

    def finished_before(self, cutoff: float, limit: int = 100) -> list[Job]:
        """Finished jobs that ended before ``cutoff``, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(jobs)
                .where(
                    jobs.c.finished_at < cutoff,
                    jobs.c.status.in_([s.value for s in _TERMINAL]),
                )
                .order_by(jobs.c.finished_at)
                .limit(limit)
            ).all()
        return [_to_job(r) for r in rows]

    def mark_purged(self, job_id: int) -> None:
        """Record that an expired job's files are gone (the job row stays, answering "expired")."""
        with self.engine.connect().execution_options(**_WRITE) as conn, conn.begin():
            conn.execute(update(jobs).where(jobs.c.id == job_id).values(purged_at=time.time()))


def _active_of(owner_id: int) -> Select[int]:
    """How many jobs of one owner are queued or running."""
    active = [JobStatus.QUEUED.value, JobStatus.PROCESSING.value]
    return (
        select(func.count())
        .select_from(jobs)
        .where(jobs.c.owner_id == owner_id, jobs.c.status.in_(active))
    )


def _insert_job(conn: Connection, values: dict[str, Any]) -> Job:
    """Insert a job inside the caller's transaction (``status`` defaults to queued)."""
    values.setdefault("status", JobStatus.QUEUED.value)
    values.setdefault("created_at", time.time())
    values.setdefault("files", [])
    return _to_job(conn.execute(jobs.insert().values(**values).returning(*jobs.c)).one())
