"""ModelsLab's general upload routes: one upload service behind several route shapes.

``/api/v6/base64_to_url`` takes an image, audio, video or 3D file; ``/api/v3/base64_crop`` and
``/api/v1/enterprise/upload_image`` take images; ``/api/v6/obj/base64_to_url`` is the path the
3D page's old code samples post to, served by the 3D route's own handler. Every file is
decoded, recognised by its bytes and opened before it is kept (``inputs.uploaded_files``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from meshforge.api.deps import RuntimeDep, upload_service
from meshforge.api.routes.modelslab import add_route, base64_to_url
from meshforge.inputs.uploaded_files import (
    ALL_KINDS,
    FileKind,
    check_upload,
    crop_to_subject,
    decode_upload,
)
from meshforge.jobs.model import ApiKey, Job
from meshforge.modelslab.requests import Base64ToUrlRequest
from meshforge.modelslab.uploads import (
    CropUploadRequest,
    EnterpriseUploadRequest,
    GeneralUploadRequest,
    crop_upload_body,
    enterprise_upload_body,
    general_upload_body,
)
from meshforge.runtime import Runtime

router = APIRouter(tags=["ModelsLab uploads"])
IMAGES: tuple[FileKind, ...] = ("image",)


async def keep_upload(
    runtime: Runtime,
    owner: ApiKey,
    value: str,
    *,
    field: str,
    kinds: tuple[FileKind, ...],
    crop: bool = False,
) -> Job:
    """Decode, recognise, open (and crop) the file, then keep it; blocking work in a thread."""
    settings = runtime.settings

    def validate_and_keep() -> Job:
        data = decode_upload(value, field=field, max_bytes=settings.max_upload_bytes)
        sniffed = check_upload(data, field=field, kinds=kinds, max_pixels=settings.max_image_pixels)
        extension = sniffed.extension
        if crop:
            data, extension = crop_to_subject(data, max_pixels=settings.max_image_pixels), "png"
        return upload_service(runtime).keep(owner, extension, data)

    return await run_in_threadpool(validate_and_keep)


async def general_base64_to_url(
    body: GeneralUploadRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Keep an image, audio, video or 3D file for 24 hours and return its URL."""
    owner = runtime.auth.identify(body.key, request)
    job = await keep_upload(
        runtime, owner, body.base64_string, field="base64_string", kinds=ALL_KINDS
    )
    return general_upload_body(job, runtime.base_url)


async def base64_crop(
    body: CropUploadRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Keep an image, cut to its subject when ``crop`` is true, and return its link."""
    owner = runtime.auth.identify(body.key, request)
    job = await keep_upload(runtime, owner, body.image, field="image", kinds=IMAGES, crop=body.crop)
    return crop_upload_body(job, runtime.base_url)


async def enterprise_upload_image(
    body: EnterpriseUploadRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Keep an image and return its URL (ModelsLab's enterprise upload)."""
    owner = runtime.auth.identify(body.key, request)
    job = await keep_upload(runtime, owner, body.base64_image, field="base64_image", kinds=IMAGES)
    return enterprise_upload_body(job, runtime.base_url)


add_route(
    router,
    ["/api/v6/base64_to_url"],
    general_base64_to_url,
    GeneralUploadRequest,
    summary="Upload a file (image, audio, video or 3D)",
)
add_route(
    router, ["/api/v3/base64_crop"], base64_crop, CropUploadRequest, summary="Upload an image"
)
add_route(
    router,
    ["/api/v1/enterprise/upload_image"],
    enterprise_upload_image,
    EnterpriseUploadRequest,
    summary="Upload an image (enterprise)",
)
# compat: the 3D page's old samples post to /v6/obj/...; the 3D route's handler, and like the
# enterprise copies of the 3D routes it stays out of the schema
router.add_api_route(
    "/api/v6/obj/base64_to_url", base64_to_url, methods=["POST"], include_in_schema=False
)
router.routes[-1].meshforge_model = Base64ToUrlRequest  # type: ignore[attr-defined]
