"""MeshForge's own job endpoints, beyond ModelsLab: cancel, delete, list, and the engines.

Served under both API prefixes, as the ModelsLab endpoints are (the v6 ones in the schema).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from meshforge.api.deps import RuntimeDep
from meshforge.api.routes.modelslab import PREFIXES, add_route, answer_for, parse_id
from meshforge.engines.registry import ENGINES, describe_weights
from meshforge.modelslab import responses
from meshforge.modelslab.requests import KeyOnlyRequest, ListRequest

router = APIRouter(tags=["MeshForge jobs"])


async def cancel(
    id: str, request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """Cancel a queued or running job; a running engine stops within about a second."""
    owner = runtime.auth.identify(body.key if body else None, request)
    job_id = parse_id(id)
    runtime.service.cancel(owner, job_id)
    return answer_for(runtime, owner, job_id)


async def delete(
    id: str, request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """Cancel the job if it is still running, then remove it and its files."""
    owner = runtime.auth.identify(body.key if body else None, request)
    runtime.service.delete(owner, parse_id(id))
    return {"status": "success", "message": "The job and its files were deleted."}


async def list_jobs(body: ListRequest, request: Request, runtime: RuntimeDep) -> dict[str, Any]:
    """The caller's jobs, newest first, in the same shape fetch answers."""
    owner = runtime.auth.identify(body.key, request)
    found = runtime.service.list(owner, body.per_page, (body.page - 1) * body.per_page)
    return {
        "status": "success",
        "page": body.page,
        "per_page": body.per_page,
        "data": [
            responses.job_body(job, None, runtime.base_url, runtime.proxy_base_url) for job in found
        ],
    }


async def engines(runtime: RuntimeDep) -> dict[str, Any]:
    """Every engine: its ``model_id``, the tasks it serves, what it does and its own parameters;
    neural engines add their licence, device setting and whether their weights are installed."""
    settings = runtime.settings
    listed = []
    for info in ENGINES:
        entry: dict[str, Any] = {
            "model_id": info.model_id,
            "tasks": sorted(info.tasks),
            "multi_image": info.multi_image,
            "description": info.description,
            "parameters": [parameter.describe() for parameter in info.parameters],
        }
        weights = await run_in_threadpool(describe_weights, info, settings.models_path)
        if weights is not None:
            entry |= {"licence": info.licence, "device": settings.device, "weights": weights}
        listed.append(entry)
    return {"status": "success", "engines": listed}


async def webhook_secret(
    request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> dict[str, Any]:
    """The Standard Webhooks secret that signs this key's webhooks (verify with any SW library)."""
    owner = runtime.auth.identify(body.key if body else None, request)
    return {"status": "success", "webhook_secret": runtime.store.webhook_secret(owner.id)}


def _add(path: str, endpoint: Any, model: type | None, **kwargs: Any) -> None:
    add_route(router, [prefix + path for prefix in PREFIXES], endpoint, model, **kwargs)


_add("/cancel/{id}", cancel, KeyOnlyRequest, summary="Cancel a job")
_add("/delete/{id}", delete, KeyOnlyRequest, summary="Delete a job and its files")
_add("/jobs", list_jobs, ListRequest, summary="List your jobs")
_add("/engines", engines, None, methods=("GET",), summary="List the engines")
_add("/webhook_secret", webhook_secret, KeyOnlyRequest, summary="Your webhook signing secret")
