"""ModelsLab v6 3D endpoints, also served under the enterprise prefix."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from meshforge.api.deps import RuntimeDep, upload_service
from meshforge.errors import InvalidRequest, NotFound, RateLimited, Unavailable
from meshforge.inputs import classify_input
from meshforge.inputs.download_pool import KeyBusy, PoolFull
from meshforge.inputs.images import NormalisedImage, image_bytes_as_png, load_image_as_png
from meshforge.jobs.model import ApiKey
from meshforge.jobs.service import JobSpec
from meshforge.modelslab import responses, translate
from meshforge.modelslab.field_limits import FieldLimits, use_field_limits
from meshforge.modelslab.requests import (
    Base64ToUrlRequest,
    FetchRequest,
    ImageTo3DRequest,
    TextTo3DRequest,
)
from meshforge.runtime import Runtime
from meshforge.webhooks.sender import check_webhook_url

PREFIXES = ("/api/v6/3d", "/api/v1/enterprise/3d")
#: the largest job id: ids are 64-bit signed integers in every store
MAX_JOB_ID = 2**63 - 1
#: ASCII digits only: str.isdigit() also takes "²", "①" and full-width digits, which int()
#: either refuses or reads as another job's number
_JOB_ID = re.compile(r"[0-9]{1,19}")


async def apply_field_limits(runtime: RuntimeDep) -> None:
    """Validate this request's body with the limits of this server's Settings.

    A dependency of the routes whose bodies have such limits: FastAPI solves dependencies
    before it validates the body, in the same context.
    """
    settings = runtime.settings
    use_field_limits(
        FieldLimits(
            prompt_chars=settings.max_prompt_chars,
            url_chars=settings.max_url_chars,
            track_id_bytes=settings.max_track_id_bytes,
            json_depth=settings.max_json_depth,
        )
    )


router = APIRouter(tags=["ModelsLab 3D"])
T = TypeVar("T")


async def fetch_answer(
    runtime: Runtime, request: Request, key: str | None, raw_id: Any
) -> dict[str, Any]:
    """``job_answer`` on the event loop for SQLite (a ~0.2 ms local read, cheaper than a thread
    hop), in the thread pool for a networked database, whose round trips must not stall it."""
    if runtime.store.is_sqlite:
        return job_answer(runtime, request, key, raw_id)
    return await run_in_threadpool(job_answer, runtime, request, key, raw_id)


def job_answer(runtime: Runtime, request: Request, key: str | None, raw_id: Any) -> dict[str, Any]:
    """The fetch answer for one of the caller's jobs; the key is checked before the id is read."""
    owner = runtime.auth.identify(key, request)
    return answer_for(runtime, owner, parse_id(raw_id))


def answer_for(runtime: Runtime, owner: ApiKey, job_id: int) -> dict[str, Any]:
    """The fetch answer for job ``job_id`` of ``owner`` (404 when it is not theirs)."""
    job = runtime.service.get(owner, job_id)
    info = None if job.is_terminal else runtime.service.queue_info(job)
    return responses.job_body(job, info, runtime.base_url, runtime.proxy_base_url)


async def _on_download_pool(runtime: Runtime, task: Callable[[], T], key: int | None) -> T:
    """Run ``task`` on image_to_3d's own threads, never the shared pool: a URL that trickles
    (an image, or a webhook host's DNS) would hold its thread for the whole timeout.

    ``key`` (the caller's key id) counts the task against that key's share; None only
    against the pool, for work no remote party can slow down.
    """
    # by then every task running now has finished or been cut off by its deadline
    retry_after_s = max(1, math.ceil(runtime.settings.download_timeout_s))
    try:
        return await runtime.downloads.run(task, key=key)
    except KeyBusy as exc:
        raise RateLimited(
            "Too many image downloads at once for this key: at most "
            f"{runtime.downloads.per_key} may run together. Send the request again when one "
            "has finished.",
            retry_after_s=retry_after_s,
        ) from exc
    except PoolFull as exc:
        raise Unavailable(
            "The server is busy fetching other images; send the request again shortly.",
            retry_after_s=retry_after_s,
        ) from exc


def installed_models(runtime: Runtime) -> translate.InstalledModels:
    """Where this server's neural weights are, and whether missing ones refuse a job."""
    settings = runtime.settings
    return translate.InstalledModels(settings.models_path, settings.strict_weights)


async def _submit(runtime: Runtime, owner: ApiKey, spec: JobSpec) -> dict[str, Any]:
    """Queue the job and answer "processing"; its database and file writes are short but
    blocking, so they run in the thread pool, not on the event loop."""

    def submit() -> dict[str, Any]:
        job = runtime.service.submit(owner, spec)
        return responses.processing_body(job, runtime.service.queue_info(job), runtime.base_url)

    return await run_in_threadpool(submit)


async def text_to_3d(
    body: TextTo3DRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Queue a text-to-3D job; poll fetch/{id} or wait for the webhook."""
    owner = runtime.auth.identify(body.key, request)
    spec = translate.text_spec(body, installed_models(runtime))
    if webhook := body.webhook:
        allow_private = runtime.settings.allow_private_urls
        await _on_download_pool(
            runtime, lambda: check_webhook_url(webhook, allow_private), key=owner.id
        )
    return await _submit(runtime, owner, spec)


async def image_to_3d(
    body: ImageTo3DRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Queue an image-to-3D job from a URL, a data URI or raw base64."""
    owner = runtime.auth.identify(body.key, request)
    try:
        field, value = body.source
    except ValueError as exc:
        raise InvalidRequest(str(exc)) from exc
    settings = runtime.settings
    webhook = body.webhook
    uploads = upload_service(runtime)
    # a URL of this server's own files (an upload's) is read from storage, never fetched
    own_file = uploads.own_file_name(value)

    def prepare() -> NormalisedImage:
        if webhook:
            check_webhook_url(webhook, settings.allow_private_urls)
        if own_file is not None:
            data = uploads.read_own(
                owner, own_file, field=field, max_bytes=settings.download_max_bytes
            )
            return image_bytes_as_png(data, field=field, max_pixels=settings.max_image_pixels)
        return load_image_as_png(
            value,
            field=field,
            max_bytes=settings.download_max_bytes,
            max_pixels=settings.max_image_pixels,
            timeout_s=settings.download_timeout_s,
            allow_private=settings.allow_private_urls,
        )

    # A remote party can hold the thread only through a URL (the image's, or a webhook host
    # to look up): only then does the request count against the key's share of the pool.
    reaches_out = bool(webhook) or (classify_input(value) == "url" and own_file is None)
    image = await _on_download_pool(runtime, prepare, key=owner.id if reaches_out else None)
    description = value if value.startswith(("http://", "https://")) else "uploaded image"
    return await _submit(
        runtime,
        owner,
        translate.image_spec(
            body, image.png, description, image.has_alpha, installed_models(runtime)
        ),
    )


async def fetch_by_path(
    id: str, request: Request, runtime: RuntimeDep, body: FetchRequest | None = None
) -> JSONResponse:
    """Status or result of a job; ``id`` may be an int or a numeric string."""
    # A ready response skips FastAPI's generic re-encoding: fetch is the polling hot path.
    key = body.key if body else None
    return JSONResponse(await fetch_answer(runtime, request, key, id))


async def fetch_by_body(body: FetchRequest, request: Request, runtime: RuntimeDep) -> JSONResponse:
    """Status or result of a job named by ``request_id`` (or ``id``) in the body."""
    raw = body.request_id if body.request_id is not None else body.id
    if raw is None:
        # the key first: an unauthenticated caller learns nothing about what a request needs
        runtime.auth.identify(body.key, request)
        raise InvalidRequest("request_id: is required (the id returned when the job was queued)")
    return JSONResponse(await fetch_answer(runtime, request, body.key, raw))


async def base64_to_url(
    body: Base64ToUrlRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Store an uploaded 3D file and return its URL (expires like a temp output)."""
    owner = runtime.auth.identify(body.key, request)
    extension, data = await run_in_threadpool(runtime.uploads.validate, body.init_obj)
    job = await run_in_threadpool(upload_service(runtime).keep, owner, extension, data)
    return responses.upload_body(job, runtime.base_url)


def parse_id(raw: Any) -> int:
    """A job id (1 to 2**63 - 1) from a path or body value; anything else is "not found"."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        job_id = raw
    else:
        text = str(raw).strip()
        # compat: the CLI may print ids as floats ("123.0"); the enterprise schema types them
        # as strings
        text = text.removesuffix(".0")
        if not _JOB_ID.fullmatch(text):
            raise NotFound(f"Request not found: {text[:24]!r} is not a job id.")
        job_id = int(text)
    if not 1 <= job_id <= MAX_JOB_ID:
        # past 2**63 a database cannot even look it up: no such job, as for any other number
        raise NotFound(f"Request not found: job ids run from 1 to {MAX_JOB_ID}.")
    return job_id


def add_route(
    target: APIRouter,
    paths: Iterable[str],
    endpoint: Callable[..., Any],
    model: type | None,
    methods: Iterable[str] = ("POST",),
    **kwargs: Any,
) -> None:
    """Serve ``endpoint`` at each of ``paths``; only the first appears in the OpenAPI schema."""
    for index, path in enumerate(paths):
        target.add_api_route(
            path, endpoint, methods=list(methods), include_in_schema=index == 0, **kwargs
        )
        # remembered for error messages that quote a field's allowed range
        target.routes[-1].meshforge_model = model  # type: ignore[attr-defined]


def _add(path: str, endpoint: Any, model: type | None, **kwargs: Any) -> None:
    add_route(router, [prefix + path for prefix in PREFIXES], endpoint, model, **kwargs)


_LIMITED = [Depends(apply_field_limits)]
_add("/text_to_3d", text_to_3d, TextTo3DRequest, summary="Text to 3D", dependencies=_LIMITED)
_add("/image_to_3d", image_to_3d, ImageTo3DRequest, summary="Image to 3D", dependencies=_LIMITED)
_add("/fetch/{id}", fetch_by_path, FetchRequest, summary="Fetch a job")
_add("/fetch", fetch_by_body, FetchRequest, summary="Fetch a job by request_id")
_add("/base64_to_url", base64_to_url, Base64ToUrlRequest, summary="Upload a 3D file")
