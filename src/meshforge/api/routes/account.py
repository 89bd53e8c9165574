"""ModelsLab's account-level endpoints for 3D: the file listing, delete, and admin queue tools."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from meshforge.api.deps import RuntimeDep
from meshforge.api.routes.modelslab import add_route, parse_id
from meshforge.engines.registry import ENGINES
from meshforge.errors import InvalidRequest
from meshforge.jobs.model import JobStatus
from meshforge.modelslab import responses
from meshforge.modelslab.requests import AssetsRequest, DeleteRequest, KeyOnlyRequest

router = APIRouter(tags=["ModelsLab account"])


def _require_3d(kind: str) -> None:
    if kind.strip().lower() != "3d":
        raise InvalidRequest(f'type: this server only holds 3D assets (type "3d"), got {kind!r}')


async def assets_generated(
    body: AssetsRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """The caller's finished outputs, newest first (ModelsLab's general file listing)."""
    owner = runtime.auth.identify(body.key, request)
    _require_3d(body.type)
    found = runtime.service.list(owner, body.per_page, (body.page - 1) * body.per_page)
    assets = [
        {
            "id": job.id,
            "type": "3d",
            "output": [responses.file_url(runtime.base_url, name) for name in job.files[:1]],
            "created_at": job.created_at,
            "meta": responses.meta_of(job),
        }
        for job in found
        if job.status is JobStatus.SUCCEEDED and not responses.is_expired(job)
    ]
    return {"status": "success", "page": body.page, "per_page": body.per_page, "data": assets}


async def delete_image(
    body: DeleteRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Delete one of the caller's jobs and its files (ModelsLab's delete, ``type: "3d"``)."""
    owner = runtime.auth.identify(body.key, request)
    _require_3d(body.type)
    runtime.service.delete(owner, parse_id(body.request_id))
    return {"status": "success", "message": "Deleted successfully."}


add_route(
    router,
    ["/api/v6/assets_generated"],
    assets_generated,
    AssetsRequest,
    summary="List generated 3D files",
)
add_route(
    router,
    ["/api/v3/delete_image"],
    delete_image,
    DeleteRequest,
    summary="Delete a generated 3D file",
)


@router.post("/api/v1/enterprise/3d/system_details", summary="Server details (admin)")
async def system_details(
    request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """How many engines serve and how long the queue takes to work off."""
    runtime.auth.identify_admin(body.key if body else None, request)
    return {
        "status": "ok",
        "model_count": len(ENGINES),
        "queue_time": runtime.service.queue_seconds(),
    }


@router.post("/api/v1/enterprise/3d/clear_queue", summary="Cancel every queued job (admin)")
async def clear_queue(
    request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """Cancel every queued job; running jobs finish."""
    runtime.auth.identify_admin(body.key if body else None, request)
    count = runtime.service.clear_queue()
    return {"status": "success", "message": f"Queue cleared: {count} queued job(s) canceled."}
