"""The playground page at ``/``, the API docs at ``/docs``, and their files under ``/playground/``.

The pages are plain HTML, CSS and JavaScript shipped inside the ``meshforge.playground`` package
(no build step, no CDN: they work offline), and they talk only to the public API. ``/docs`` is
Swagger UI from the package's ``vendor/swagger-ui/`` rather than FastAPI's default, which loads it
from a public CDN with no integrity check; so the app is created with ``docs_url=None``.
"""

from __future__ import annotations

import os
from importlib import resources

from fastapi import APIRouter, FastAPI
from fastapi.responses import Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Scope

PACKAGE = "meshforge.playground"
MOUNT_PATH = "/playground"
MOUNT_NAME = "playground"

# Only these files are served: never the package's .py files or caches.
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}

# The playground keeps an API key in localStorage, and /docs can send one: allow nothing they
# do not need (no inline scripts, nothing from another origin).
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        # model-viewer compiles a small WebAssembly decoder (meshopt); no eval otherwise
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: http: https:",
        "connect-src 'self' data: blob:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
PAGE_HEADERS = {
    "Cache-Control": "no-cache",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}

router = APIRouter(tags=["Playground"])


def page_response(name: str) -> Response:
    """One of the package's HTML pages with ``PAGE_HEADERS`` (read per request: they are small)."""
    page = resources.files(PACKAGE).joinpath(name).read_bytes()
    return Response(page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


@router.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
def playground_page() -> Response:
    """The playground's HTML page."""
    return page_response("index.html")


@router.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
def api_docs_page() -> Response:
    """Swagger UI on ``/openapi.json``, from the vendored files (no CDN, no inline script)."""
    return page_response("docs.html")


class PlaygroundFiles(StaticFiles):
    """StaticFiles limited to the page's own kinds of file, with explicit content types."""

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        """Refuse (404) anything whose suffix is not in ``MEDIA_TYPES``."""
        if os.path.splitext(path)[1].lower() not in MEDIA_TYPES:
            return "", None
        return super().lookup_path(path)

    def file_response(
        self,
        full_path: PathLike,
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        """The file with its content type; browsers revalidate (cheap: ETag / 304)."""
        response = super().file_response(full_path, stat_result, scope, status_code)
        if response.status_code != 304:
            suffix = os.path.splitext(str(full_path))[1].lower()
            response.headers["Content-Type"] = MEDIA_TYPES[suffix]
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def mount_playground(app: FastAPI) -> None:
    """Serve the pages at ``/`` and ``/docs``, their files under ``/playground/``; idempotent."""
    if any(getattr(route, "name", None) == MOUNT_NAME for route in app.routes):
        return
    if app.docs_url or app.redoc_url:
        # FastAPI's own pages would shadow ours (routes match in order) and load from a CDN
        raise ValueError("create the app with docs_url=None, redoc_url=None: /docs is served here")
    app.include_router(router)
    app.mount(MOUNT_PATH, PlaygroundFiles(packages=[("meshforge", "playground")]), name=MOUNT_NAME)
