"""Prometheus metrics of this process, and the queue and workers as the database sees them."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from meshforge.api.deps import RuntimeDep
from meshforge.errors import NotFound
from meshforge.telemetry.metrics import REGISTRY

router = APIRouter(tags=["Health"])


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}},
)
def metrics(runtime: RuntimeDep) -> Response:
    """Counters and histograms of this process and the fleet gauges, in Prometheus' text format.

    A plain function: FastAPI runs it in a thread, where the fleet gauges read the database.
    """
    if not runtime.settings.metrics_enabled:
        raise NotFound("metrics are switched off (MESHFORGE_METRICS_ENABLED=false)")
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
