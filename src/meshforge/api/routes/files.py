"""Serving outputs at /out/<name>: only published files, never anything else in storage.

Every blocking step (storage lookups, the expiry check, stat, reads) runs on the runtime's
``file_io`` threads, never in the shared pool: a model download must not wait behind slow
work of other users (issue 11, item 7).
"""

from __future__ import annotations

import os

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from meshforge.api.deps import RuntimeDep
from meshforge.api.pooled_files import PooledFileResponse, pooled_chunks, run_on
from meshforge.errors import NotFound
from meshforge.modelslab.responses import is_expired
from meshforge.runtime import Runtime
from meshforge.storage.base import Download, content_type

router = APIRouter(tags=["Files"])

_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"}


def _check_not_expired(name: str, runtime: Runtime) -> None:
    job = runtime.store.find_by_prefix(name.split(".", 1)[0])
    if job is not None and is_expired(job):
        raise NotFound(f"File not found: {name} has expired.")


def _stat(download: Download | None, name: str) -> os.stat_result | None:
    """The local file's stat, None when storage does not serve a local file."""
    if download is None or download.path is None:
        return None
    try:
        return download.path.stat()
    except FileNotFoundError:
        # removed by the retention sweep between the lookup and now
        raise NotFound(f"File not found: {name}") from None


def _find_for_head(name: str, runtime: Runtime) -> tuple[Download | None, os.stat_result | None]:
    """Blocking: the output's download (404 when missing or expired) and its local stat."""
    if not runtime.storage.has_output(name):
        raise NotFound(f"File not found: {name}")
    _check_not_expired(name, runtime)
    download = runtime.storage.download(name)
    return download, _stat(download, name)


def _find(name: str, runtime: Runtime) -> tuple[Download, os.stat_result | None]:
    """Blocking: how to send the output (404 when missing or expired) and its local stat."""
    download = runtime.storage.download(name)
    if download is None:
        raise NotFound(f"File not found: {name}")
    _check_not_expired(name, runtime)
    return download, _stat(download, name)


@router.head("/out/{name}", include_in_schema=False)
async def head_output(name: str, runtime: RuntimeDep) -> Response:
    """200 once the output exists, 404 before: answered here in every storage mode (a
    presigned URL is signed for GET only, and a proxied HEAD must not stream the object)."""
    download, stat_result = await run_on(runtime.file_io, lambda: _find_for_head(name, runtime))
    if download is not None and download.path is not None and stat_result is not None:
        return PooledFileResponse(
            download.path,
            executor=runtime.file_io,
            stat_result=stat_result,
            media_type=content_type(name),
            headers=_HEADERS,
        )
    return Response(media_type=content_type(name), headers=_HEADERS)


@router.get("/out/{name}", summary="Download an output file")
async def get_output(name: str, runtime: RuntimeDep) -> Response:
    """An output file; 404 until it exists (clients poll ``future_links`` with HEAD)."""
    download, stat_result = await run_on(runtime.file_io, lambda: _find(name, runtime))
    media_type = content_type(name)
    if download.path is not None and stat_result is not None:
        return PooledFileResponse(
            download.path,
            executor=runtime.file_io,
            stat_result=stat_result,
            media_type=media_type,
            headers=_HEADERS,
        )
    if download.redirect_url is not None:
        # a presigned URL is short-lived: never let a cache keep the redirect
        return RedirectResponse(download.redirect_url, status_code=307)
    assert download.chunks is not None  # noqa: S101 - the port sets exactly one field
    headers = dict(_HEADERS)
    if download.size is not None:
        headers["Content-Length"] = str(download.size)
    chunks = pooled_chunks(download.chunks, runtime.file_io)
    return StreamingResponse(chunks, media_type=media_type, headers=headers)
