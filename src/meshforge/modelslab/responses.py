"""Response bodies in ModelsLab's shapes, built from jobs."""

from __future__ import annotations

import time
from typing import Any

from meshforge.jobs.model import Job, JobStatus
from meshforge.jobs.service import QueueInfo

# compat: ModelsLab's wording, kept so clients that show it read naturally
PROCESSING_TIP = "Your 3D model is processing in background, you can get it using the fetch API"
PROCESSING_MESSAGE = "Try to fetch request after seconds estimated"
EXPIRED_MESSAGE = (
    "The result has expired: temporary outputs are kept for a limited time. Generate it again."
)


def meta_of(job: Job) -> dict[str, Any]:
    """The job's effective parameters as ModelsLab reports them in ``meta``."""
    meta = {k: v for k, v in job.params.items() if not k.startswith("_")}
    # compat: ModelsLab reports foreground_ratio as a string and temp as "yes"/"no"
    if "foreground_ratio" in meta:
        meta["foreground_ratio"] = f"{float(meta['foreground_ratio']):g}"
    if "temp" in meta:
        meta["temp"] = "yes" if meta["temp"] else "no"
    return meta


def file_url(base: str, name: str) -> str:
    """Public URL of a stored output."""
    return f"{base}/out/{name}"


def is_expired(job: Job, now: float | None = None) -> bool:
    """True when a temp output's retention has passed (or its files were already removed)."""
    return job.has_expired(now or time.time())


def processing_body(job: Job, info: QueueInfo, base: str) -> dict[str, Any]:
    """A queued or running job."""
    return {
        "status": "processing",
        "id": job.id,
        "eta": info.eta_s,
        "tip": PROCESSING_TIP,
        "message": PROCESSING_MESSAGE,
        "fetch_result": f"{base}/api/v6/3d/fetch/{job.id}",
        # compat: output must stay empty until success (the CLI treats any output as done)
        "output": [],
        "future_links": [file_url(base, f"{job.file_prefix}.{job.output_format}")],
        "extra_assets": [],
        "meta": meta_of(job),
        "progress": job.progress,
        "queue_position": info.position,
        "track_id": job.track_id,
    }


def success_body(job: Job, base: str, proxy_base: str) -> dict[str, Any]:
    """A finished job; no ``future_links`` (the CLI would download everything twice)."""
    main, companions = job.files[:1], job.files[1:]
    return {
        "status": "success",
        "id": job.id,
        "generationTime": job.generation_time_s or 0.0,
        "output": [file_url(base, name) for name in main],
        "proxy_links": [file_url(proxy_base, name) for name in main],
        "extra_assets": [file_url(base, name) for name in companions],
        "meta": meta_of(job),
        "progress": 100,
        "track_id": job.track_id,
    }


def failed_body(job: Job, message: str | None = None) -> dict[str, Any]:
    """A job that failed, was canceled, or whose temporary result expired."""
    return {
        "status": "failed",
        "id": job.id,
        "message": message or job.message or "The job failed.",
        "output": [],
        "meta": meta_of(job),
        "track_id": job.track_id,
    }


def job_body(job: Job, info: QueueInfo | None, base: str, proxy_base: str) -> dict[str, Any]:
    """The fetch answer for a job in any state (``info`` is needed while it is unfinished)."""
    body = _state_body(job, info, base, proxy_base)
    if job.webhook:
        # compat: ModelsLab's enterprise responses carry webhook_status; here it is real
        body["webhook_status"] = job.webhook_status
    return body


def _state_body(job: Job, info: QueueInfo | None, base: str, proxy_base: str) -> dict[str, Any]:
    if job.status is JobStatus.SUCCEEDED:
        if is_expired(job):
            return failed_body(job, EXPIRED_MESSAGE)
        return success_body(job, base, proxy_base)
    if job.status in (JobStatus.FAILED, JobStatus.CANCELED):
        return failed_body(job)
    return processing_body(job, info or QueueInfo(position=0, eta_s=max(1, round(job.eta_s))), base)


def upload_body(job: Job, base: str) -> dict[str, Any]:
    """The base64_to_url answer."""
    return {"status": "success", "id": job.id, "output": [file_url(base, n) for n in job.files]}


def error_body(message: str) -> dict[str, Any]:
    """A request error."""
    return {"status": "error", "message": message}
