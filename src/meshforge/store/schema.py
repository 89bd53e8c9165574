"""Table definitions shared by every SQL dialect.

Every integer id is AUTOINCREMENT on SQLite (``sqlite_autoincrement``): a plain INTEGER PRIMARY
KEY hands the id of a deleted newest row to the next insert, and a job id that comes back
could reach whoever still holds the old one. PostgreSQL's sequences never go back on their own.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("is_admin", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float, nullable=True),
    #: Standard Webhooks signing secret (whsec_...) for this key's deliveries
    Column("webhook_secret", String(80), nullable=True),
    sqlite_autoincrement=True,
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("owner_id", Integer, ForeignKey("api_keys.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("file_prefix", String(64), nullable=False, unique=True),
    Column("output_format", String(8), nullable=False),
    Column("params", JSON, nullable=False),
    Column("files", JSON, nullable=False),
    Column("message", Text, nullable=True),
    Column("progress", Integer, nullable=False, default=0),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", Float, nullable=False),
    Column("started_at", Float, nullable=True),
    Column("finished_at", Float, nullable=True),
    Column("lease_until", Float, nullable=True),
    Column("generation_time_s", Float, nullable=True),
    Column("eta_s", Float, nullable=False, default=1.0),
    Column("track_id", JSON, nullable=True),
    Column("webhook", Text, nullable=True),
    Column("input_name", String(200), nullable=True),
    Column("expires_at", Float, nullable=True),
    #: when an expired job's files were removed by the retention sweep
    Column("purged_at", Float, nullable=True),
    #: "" (no webhook), pending, delivered, failed, disabled
    Column("webhook_status", String(16), nullable=False, default=""),
    #: model_id of the engine that runs the job: picks the Celery queue and the timings it feeds
    Column("engine", String(32), nullable=True),
    #: when the job was last handed to the broker; NULL = still to dispatch (the dispatch outbox)
    Column("dispatched_at", Float, nullable=True),
    Index("ix_jobs_status_id", "status", "id"),
    Index("ix_jobs_engine_status", "engine", "status", "finished_at"),
    Index("ix_jobs_owner_status", "owner_id", "status"),
    Index("ix_jobs_expiry", "purged_at", "expires_at"),
    sqlite_autoincrement=True,
)

#: the webhook outbox: written in the same transaction that ends a job, so no delivery is lost;
#: deleted with its job, and bound to it by owner and file prefix as well as by id
webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("job_id", Integer, nullable=False),
    #: the key whose job it reports: it signs the delivery, and only its job may fill the body
    Column("owner_id", Integer, nullable=False),
    #: the job's file_prefix, a random name no other job ever had (unlike an id, in principle)
    Column("file_prefix", String(64), nullable=False),
    Column("url", Text, nullable=False),
    #: scheme://host:port of ``url``: a sender keeps one request in flight per destination
    Column("destination", Text, nullable=False),
    Column("message_id", String(64), nullable=False, unique=True),
    Column("status", String(16), nullable=False),  #: pending, delivered, failed, disabled
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("finished_at", Float, nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_deliveries_due", "status", "next_attempt_at"),
    Index("ix_deliveries_job", "job_id"),
    sqlite_autoincrement=True,
)

#: processes that run jobs (in-process queues and Celery workers), seen through their heartbeats;
#: the API sizes queue ETAs by the capacity of the live ones
workers = Table(
    "workers",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("hostname", String(200), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("engines", JSON, nullable=False),
    Column("concurrency", Integer, nullable=False),
    Column("started_at", Float, nullable=False),
    Column("last_seen", Float, nullable=False),
)
