"""Job, its kinds and states, and the allowed transitions between states (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class JobKind(StrEnum):
    """What a job produces."""

    TEXT_TO_3D = "text_to_3d"
    IMAGE_TO_3D = "image_to_3d"
    UPLOAD = "upload"  #: a stored base64_to_url upload; born succeeded, never runs


class JobStatus(StrEnum):
    """Where a job is in its life."""

    QUEUED = "queued"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"


TERMINAL_STATUSES = frozenset({JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELED})

_TRANSITIONS: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.QUEUED: frozenset({JobStatus.PROCESSING, JobStatus.CANCELED, JobStatus.FAILED}),
    # back to QUEUED when a run was interrupted (crash, restart) and is taken again
    JobStatus.PROCESSING: frozenset(
        {JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELED, JobStatus.QUEUED}
    ),
}


def can_transition(old: JobStatus, new: JobStatus) -> bool:
    """Whether a job may move from ``old`` to ``new``."""
    return new in _TRANSITIONS.get(old, frozenset())


def allowed_sources(new: JobStatus) -> frozenset[JobStatus]:
    """The states from which a job may move to ``new``."""
    return frozenset(old for old, targets in _TRANSITIONS.items() if new in targets)


@dataclass(frozen=True)
class ApiKey:
    """An API key as stored: never the key itself, only its hash."""

    id: int
    name: str
    prefix: str  #: the first characters of the key, to recognise it in listings
    is_admin: bool
    created_at: float
    revoked_at: float | None = None

    @property
    def is_active(self) -> bool:
        """True until the key is revoked."""
        return self.revoked_at is None


@dataclass(frozen=True)
class Job:
    """One generation (or upload) request and everything known about its outcome."""

    id: int
    owner_id: int
    kind: JobKind
    status: JobStatus
    file_prefix: str  #: stem of every output file name
    output_format: str
    #: effective parameters, echoed to clients as ``meta``
    params: dict[str, Any] = field(default_factory=dict)
    #: output file names under /out, main file first
    files: list[str] = field(default_factory=list)
    message: str | None = None  #: why the job failed or was canceled
    progress: int = 0  #: 0..100
    attempts: int = 0
    created_at: float = 0.0
    started_at: float | None = None
    finished_at: float | None = None
    generation_time_s: float | None = None
    eta_s: float = 1.0  #: estimated run time of the engine alone
    track_id: Any = None
    webhook: str | None = None
    input_name: str | None = None  #: stored input image, for image_to_3d
    expires_at: float | None = None  #: when temp outputs are removed
    purged_at: float | None = None  #: when the retention sweep removed the files
    webhook_status: str = ""  #: "" (none), pending, delivered, failed, disabled
    engine: str = ""  #: model_id of the engine that runs it ("" for uploads)

    @property
    def is_terminal(self) -> bool:
        """True once the job can no longer change."""
        return self.status in TERMINAL_STATUSES

    def has_expired(self, now: float) -> bool:
        """True when its retention has passed by ``now`` (or its files were already removed)."""
        if self.purged_at is not None:
            return True
        return self.expires_at is not None and self.expires_at <= now
