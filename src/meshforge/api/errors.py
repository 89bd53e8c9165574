"""The one place exceptions become HTTP answers, always with ModelsLab's error body."""

from __future__ import annotations

import logging
import threading
import time
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meshforge.errors import MeshForgeError, QueueFull, Unavailable
from meshforge.inputs.errors import InputError, InputTooLarge
from meshforge.modelslab.responses import error_body
from meshforge.modelslab.translate import describe_validation_errors

log = logging.getLogger("meshforge.api")

INTERNAL_ERROR = "Internal server error. Please try again."
#: kinds of failure whose traceback has been logged (bounded: cleared when full)
MAX_FAILURE_KINDS = 256


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """A ``{"status": "error", "message": ...}`` answer."""
    return JSONResponse(error_body(message), status_code=status, headers=headers)


async def _meshforge_error(_request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, QueueFull):
        body = {**error_body(exc.message), "retry_after": exc.retry_after_s}
        headers = {
            "Retry-After": str(exc.retry_after_s),
            "X-RateLimit-Reset": str(int(time.time()) + exc.retry_after_s),
        }
        return JSONResponse(body, status_code=429, headers=headers)
    if isinstance(exc, Unavailable) and exc.retry_after_s is not None:
        return error_response(503, exc.message, {"Retry-After": str(exc.retry_after_s)})
    status = exc.http_status if isinstance(exc, MeshForgeError) else 500
    return error_response(status, str(exc))


async def _input_error(_request: Request, exc: Exception) -> JSONResponse:
    status = 413 if isinstance(exc, InputTooLarge) else 400
    return error_response(status, str(exc))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = list(exc.errors()) if isinstance(exc, RequestValidationError) else []
    if any(e.get("type") in ("json_invalid", "model_attributes_type") for e in errors):
        return error_response(400, "The request body must be a JSON object.")
    model = getattr(request.scope.get("route"), "meshforge_model", None)
    return error_response(400, describe_validation_errors(errors, model))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, StarletteHTTPException):
        return await _unexpected(request, exc)
    if exc.status_code == 404:
        message = f"Not found: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"Method {request.method} is not allowed on {request.url.path}."
    else:
        message = str(exc.detail)
    return error_response(exc.status_code, message, getattr(exc, "headers", None))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, INTERNAL_ERROR)


class UnexpectedErrors:
    """Answers an exception no handler took with the JSON 500 body, and ends the exchange there.

    Starlette's last resort (the ``Exception`` handler) answers and then raises again, so the
    server logs a full traceback for every such request and drops the keep-alive connection.
    Here the first failure of each kind (exception type and the line it came from) is logged
    with its traceback, and repeats in one line each, so hostile requests cannot fill the log.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._logged: set[tuple[str, str, int]] = set()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app; answer 500 if it raises before its answer started."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except StarletteHTTPException:
            raise  # meant for an outer middleware (the body size limit answers it)
        except Exception as exc:
            if started:
                raise  # half an answer is out: only closing the connection can tell the client
            self._log(scope, exc)
            await error_response(500, INTERNAL_ERROR)(scope, receive, send)

    def _log(self, scope: Scope, exc: Exception) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        origin = (frames[-1].filename, frames[-1].lineno or 0) if frames else ("?", 0)
        kind = (type(exc).__qualname__, *origin)
        with self._lock:
            first = kind not in self._logged
            if first:
                if len(self._logged) >= MAX_FAILURE_KINDS:
                    self._logged.clear()
                self._logged.add(kind)
        # the path is the client's: quoted and cut short, so it cannot forge or flood log lines
        where = f"{scope.get('method', '?')} {scope.get('path', '')[:200]!r}"
        if first:
            log.error("unhandled %s on %s", kind[0], where, exc_info=exc)
        else:
            log.error(
                "unhandled %s on %s at %s:%d (traceback logged at its first occurrence)",
                kind[0],
                where,
                kind[1],
                kind[2],
            )


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on ``app``, and the catch-all for anything they leave."""
    app.add_exception_handler(MeshForgeError, _meshforge_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    # reached only by an error outside UnexpectedErrors (in an outer middleware)
    app.add_exception_handler(Exception, _unexpected)
    app.add_middleware(UnexpectedErrors)
