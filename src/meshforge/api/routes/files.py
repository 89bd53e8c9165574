"""Serving outputs at /out/<name>: only published files, never anything else in storage."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse, Response, StreamingResponse

from meshforge.api.deps import RuntimeDep
from meshforge.errors import NotFound
from meshforge.modelslab.responses import is_expired
from meshforge.runtime import Runtime
from meshforge.storage.base import content_type

router = APIRouter(tags=["Files"])

_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"}


def _check_not_expired(name: str, runtime: Runtime) -> None:
    job = runtime.store.find_by_prefix(name.split(".", 1)[0])
    if job is not None and is_expired(job):
        raise NotFound(f"File not found: {name} has expired.")


@router.head("/out/{name}", include_in_schema=False)
def head_output(name: str, runtime: RuntimeDep) -> Response:
    """200 once the output exists, 404 before: answered here in every storage mode (a
    presigned URL is signed for GET only, and a proxied HEAD must not stream the object)."""
    if not runtime.storage.has_output(name):
        raise NotFound(f"File not found: {name}")
    _check_not_expired(name, runtime)
    download = runtime.storage.download(name)
    if download is not None and download.path is not None:
        return FileResponse(download.path, media_type=content_type(name), headers=_HEADERS)
    return Response(media_type=content_type(name), headers=_HEADERS)


@router.get("/out/{name}", summary="Download an output file")
def get_output(name: str, runtime: RuntimeDep) -> Response:
    """An output file; 404 until it exists (clients poll ``future_links`` with HEAD)."""
    download = runtime.storage.download(name)
    if download is None:
        raise NotFound(f"File not found: {name}")
    _check_not_expired(name, runtime)
    media_type = content_type(name)
    if download.path is not None:
        return FileResponse(download.path, media_type=media_type, headers=_HEADERS)
    if download.redirect_url is not None:
        # a presigned URL is short-lived: never let a cache keep the redirect
        return RedirectResponse(download.redirect_url, status_code=307)
    assert download.chunks is not None  # noqa: S101 - the port sets exactly one field
    headers = dict(_HEADERS)
    if download.size is not None:
        headers["Content-Length"] = str(download.size)
    return StreamingResponse(download.chunks, media_type=media_type, headers=headers)
