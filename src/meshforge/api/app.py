"""create_app(settings): the FastAPI application with its routes, limits and error handling."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from meshforge import __version__
from meshforge.api.errors import install_error_handlers
from meshforge.api.limits import BodySizeLimit
from meshforge.api.openapi import install_openapi
from meshforge.api.routes import (
    account,
    files,
    health,
    jobs,
    keys,
    metrics,
    modelslab,
    stream,
    uploads,
)
from meshforge.api.routes.playground import mount_playground
from meshforge.api.telemetry import RequestTelemetry
from meshforge.runtime import Runtime
from meshforge.telemetry.metrics import watch_fleet

DESCRIPTION = """Self-hosted server for the ModelsLab v6 3D API: text-to-3D and image-to-3D on CPU,
with jobs you poll with `fetch/{id}`. Send your key in the body as `key`, a `key` header,
or `Authorization: Bearer <key>`."""


def create_app(runtime: Runtime) -> FastAPI:
    """The app; the runtime's workers start and stop with the app's lifespan."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        runtime.start()
        stop_watching = watch_fleet(runtime.service.fleet)
        try:
            yield
        finally:
            stop_watching()
            runtime.stop()

    app = FastAPI(
        title="MeshForge",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        # /docs is the playground's vendored Swagger UI (FastAPI's loads from a CDN); no ReDoc
        docs_url=None,
        redoc_url=None,
    )
    app.state.runtime = runtime
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=runtime.settings.max_body_bytes)
    # added last, so it runs first: even a request the size limit refuses is counted
    app.add_middleware(RequestTelemetry)
    app.include_router(modelslab.router)
    app.include_router(jobs.router)
    app.include_router(stream.router)
    stream.install_stream_slots(app)
    app.include_router(account.router)
    app.include_router(uploads.router)
    app.include_router(keys.router)
    app.include_router(files.router)
    app.include_router(health.router)
    app.include_router(metrics.router)
    mount_playground(app)
    install_openapi(app)
    return app
