"""Between domain values and ``jobs`` rows: a row as a Job; a NewJob or JobUpdate as columns."""

from __future__ import annotations

import time
from dataclasses import fields
from typing import Any

from sqlalchemy import Row

from meshforge.jobs.model import Job, JobKind, JobStatus
from meshforge.jobs.ports import JobUpdate, NewJob


def to_job(row: Row[Any]) -> Job:
    """The Job a ``jobs`` row holds."""
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


def job_values(new: NewJob) -> dict[str, Any]:
    """The columns of a new job's row."""
    values = {f.name: getattr(new, f.name) for f in fields(new)}
    values.update(
        kind=new.kind.value,
        status=new.status.value,
        params=dict(new.params),
        files=list(new.files),
        created_at=time.time() if new.created_at is None else new.created_at,
    )
    return values


def update_values(changes: JobUpdate | None) -> dict[str, Any]:
    """The columns a transition writes besides the status: the fields that are set."""
    if changes is None:
        return {}
    values = {f.name: getattr(changes, f.name) for f in fields(changes)}
    if changes.files is not None:
        values["files"] = list(changes.files)
    if changes.params is not None:
        values["params"] = dict(changes.params)
    return {name: value for name, value in values.items() if value is not None}
