"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from meshforge.api.deps import RuntimeDep

router = APIRouter(tags=["Health"])


@router.get("/healthz", summary="Liveness")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness")
def readyz(runtime: RuntimeDep) -> JSONResponse:
    """The database answers and workers are running."""
    try:
        runtime.store.ping()
    except Exception as exc:
        return JSONResponse({"status": "error", "message": f"database: {exc}"}, status_code=503)
    return JSONResponse({"status": "ok", "workers": runtime.settings.workers})
