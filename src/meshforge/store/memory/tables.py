"""The in-memory store's tables: plain rows behind one lock, shared by its roles."""

from __future__ import annotations

import copy
import itertools
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from meshforge.jobs.model import ApiKey, Job
from meshforge.jobs.ports import WorkerInfo


def as_json(value: Any) -> Any:
    """``value`` as it comes back from a JSON column (tuples become lists, keys strings)."""
    return json.loads(json.dumps(value))


@dataclass
class JobRow:
    """A job and the columns it does not show: its lease, dispatch time and engine as stored."""

    job: Job
    engine: str  #: the ``engine`` column; ``Job.engine`` falls back to the params' model_id
    lease_until: float | None = None
    dispatched_at: float | None = None

    def snapshot(self) -> Job:
        """A copy callers may keep: later changes to the row do not reach it, nor theirs it."""
        return copy.deepcopy(self.job)


@dataclass
class KeyRow:
    """An API key with its hash and webhook signing secret."""

    key: ApiKey
    key_hash: str
    webhook_secret: str | None


@dataclass
class DeliveryRow:
    """One webhook in the outbox, with the same fields as the SQL table."""

    id: int
    job_id: int
    owner_id: int
    file_prefix: str
    url: str
    destination: str
    message_id: str
    status: str
    attempts: int
    next_attempt_at: float
    created_at: float
    finished_at: float | None = None
    last_error: str | None = None


@dataclass
class Tables:
    """Every table of the store; a role holds ``lock`` for each whole operation (atomicity)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    jobs: dict[int, JobRow] = field(default_factory=dict)
    keys: dict[int, KeyRow] = field(default_factory=dict)
    deliveries: dict[int, DeliveryRow] = field(default_factory=dict)
    workers: dict[str, WorkerInfo] = field(default_factory=dict)
    #: ids only ever grow, as SQLite's AUTOINCREMENT and PostgreSQL's sequences do
    job_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    key_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    delivery_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


class MemoryRole:
    """One role of the in-memory store (jobs, keys, outbox, fleet) over tables the roles share."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
