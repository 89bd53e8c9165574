"""Serving outputs at /out/<name>: only published files, never anything else on disk."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from meshforge.api.deps import RuntimeDep
from meshforge.errors import NotFound
from meshforge.modelslab.responses import is_expired
from meshforge.storage.local import CONTENT_TYPES

router = APIRouter(tags=["Files"])


@router.head("/out/{name}", include_in_schema=False)
@router.get("/out/{name}", summary="Download an output file")
def get_output(name: str, runtime: RuntimeDep) -> FileResponse:
    """An output file; 404 until it exists (clients poll ``future_links`` with HEAD)."""
    path = runtime.storage.output_path(name)
    if path is None:
        raise NotFound(f"File not found: {name}")
    job = runtime.store.find_by_prefix(name.split(".", 1)[0])
    if job is not None and is_expired(job):
        raise NotFound(f"File not found: {name} has expired.")
    return FileResponse(
        path,
        media_type=CONTENT_TYPES.get(Path(name).suffix.lower(), "application/octet-stream"),
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"},
    )
