"""MeshForge's own job endpoints, beyond ModelsLab: cancel, delete, list, and the engines."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from meshforge.api.deps import RuntimeDep
from meshforge.api.routes.modelslab import job_answer, parse_id
from meshforge.engines.registry import ENGINES
from meshforge.modelslab import responses
from meshforge.modelslab.requests import KeyOnlyRequest, ListRequest

router = APIRouter(prefix="/api/v6/3d", tags=["MeshForge jobs"])


@router.post("/cancel/{id}", summary="Cancel a job")
async def cancel(
    id: str, request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """Cancel a queued or running job; a running engine stops within about a second."""
    owner = runtime.auth.identify(body.key if body else None, request.headers)
    runtime.service.cancel(owner, parse_id(id))
    return job_answer(runtime, parse_id(id), request, body.key if body else None)


@router.post("/delete/{id}", summary="Delete a job and its files")
async def delete(
    id: str, request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """Cancel the job if it is still running, then remove it and its files."""
    owner = runtime.auth.identify(body.key if body else None, request.headers)
    runtime.service.delete(owner, parse_id(id))
    return {"status": "success", "message": "The job and its files were deleted."}


@router.post("/jobs", summary="List your jobs")
async def list_jobs(body: ListRequest, request: Request, runtime: RuntimeDep) -> dict[str, Any]:
    """The caller's jobs, newest first, in the same shape fetch answers."""
    owner = runtime.auth.identify(body.key, request.headers)
    found = runtime.service.list(owner, body.per_page, (body.page - 1) * body.per_page)
    return {
        "status": "success",
        "page": body.page,
        "per_page": body.per_page,
        "data": [
            responses.job_body(job, None, runtime.base_url, runtime.proxy_base_url) for job in found
        ],
    }


@router.get("/engines", summary="List the engines")
async def engines() -> dict[str, Any]:
    """Every engine: its ``model_id``, the tasks it serves and what it does."""
    return {
        "status": "success",
        "engines": [
            {
                "model_id": info.model_id,
                "tasks": sorted(info.tasks),
                "multi_image": info.multi_image,
                "description": info.description,
            }
            for info in ENGINES
        ],
    }


@router.post("/webhook_secret", summary="Your webhook signing secret")
async def webhook_secret(
    request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """The Standard Webhooks secret that signs this key's webhooks (verify with any SW library)."""
    owner = runtime.auth.identify(body.key if body else None, request.headers)
    return {"status": "success", "webhook_secret": runtime.store.webhook_secret(owner.id)}
