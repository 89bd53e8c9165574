"""Per-request telemetry: a request id on every response and log line, and the HTTP metrics.

A pure ASGI middleware (not ``BaseHTTPMiddleware``): it must not buffer streamed file
responses, and it runs for every request, including ones refused before any route.
"""

from __future__ import annotations

import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meshforge.telemetry import logs
from meshforge.telemetry.metrics import HTTP_REQUESTS, HTTP_SECONDS

REQUEST_ID_HEADER = "x-request-id"
#: a caller's own request id is kept when it looks like one (a proxy's or a client's id)
_GOOD_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
#: the route label of requests no route took (404s, scanners): one series, not one per path
UNMATCHED = "unmatched"


class RequestTelemetry:
    """Gives each request an id (``X-Request-ID``) and counts it by route template and status."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        token = logs.request_id.set(request_id)
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before it answers

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [
                    *message.get("headers", []),
                    (REQUEST_ID_HEADER.encode(), request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = _route_template(scope)
            HTTP_REQUESTS.labels(route, scope["method"], str(status)).inc()
            HTTP_SECONDS.labels(route).observe(time.perf_counter() - started)
            logs.request_id.reset(token)


def _request_id(scope: Scope) -> str:
    """The caller's ``X-Request-ID`` when it is a sane token, else a new one."""
    for name, value in scope.get("headers", []):
        if name == REQUEST_ID_HEADER.encode():
            text = bytes(value).decode("latin-1")
            if _GOOD_REQUEST_ID.fullmatch(text):
                return text
            break
    return uuid.uuid4().hex


def _route_template(scope: Scope) -> str:
    """The path template of the route that took the request ("/api/v6/3d/fetch/{job_id}")."""
    path: object = getattr(scope.get("route"), "path", None)
    return path if isinstance(path, str) and path else UNMATCHED
