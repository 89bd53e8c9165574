"""Liveness and readiness."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from meshforge.api.deps import RuntimeDep
from meshforge.engines.registry import ENGINES, describe_weights
from meshforge.jobs.service import WORKER_STALE_S

router = APIRouter(tags=["Health"])


@router.get("/healthz", summary="Liveness")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness")
def readyz(runtime: RuntimeDep) -> JSONResponse:
    """The database, the broker and file storage answer and the disk has room; 503 naming each
    one that does not."""
    checks: dict[str, Callable[[], None]] = {
        "database": runtime.store.ping,
        "storage": runtime.storage.ping,
        "disk": runtime.free_space.check,
    }
    if runtime.queue is not None:
        checks["broker" if not runtime.queue.runs_jobs_here else "workers"] = runtime.queue.ping
    failures = {}
    for name, check in checks.items():
        try:
            check()
        except Exception as exc:
            failures[name] = f"{type(exc).__name__}: {exc}"
    if failures:
        message = "; ".join(f"{name}: {error}" for name, error in failures.items())
        return JSONResponse({"status": "error", "message": message}, status_code=503)
    body: dict[str, object] = {"status": "ok", "checked": sorted(checks)}
    try:
        live = runtime.store.live_workers(WORKER_STALE_S)
        body["workers"] = len(live)
        body["slots"] = sum(w.concurrency for w in live)
    except Exception as exc:  # the check above passed, so this is a passing hiccup
        body["workers_error"] = str(exc)
    # reported, never a reason for 503: a job for a missing model runs on its fallback engine
    body["models"] = _model_weights(runtime.settings.models_path)
    return JSONResponse(body)


def _model_weights(models_dir: Path) -> dict[str, dict[str, str]]:
    """Each neural engine's weights per task: "ready", or what is missing."""
    report: dict[str, dict[str, str]] = {}
    for info in ENGINES:
        described = describe_weights(info, models_dir)
        if described is not None:
            report[info.model_id] = {
                task: "ready" if state["valid"] else state["problem"]
                for task, state in described.items()
            }
    return report
