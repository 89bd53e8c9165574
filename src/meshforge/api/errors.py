"""The one place exceptions become HTTP answers, always with ModelsLab's error body."""

from __future__ import annotations

import logging
import time

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from meshforge.errors import MeshForgeError, QueueFull
from meshforge.inputs.errors import InputError, InputTooLarge
from meshforge.modelslab.responses import error_body
from meshforge.modelslab.translate import describe_validation_errors

log = logging.getLogger("meshforge.api")


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
    return error_response(500, "Internal server error. Please try again.")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(MeshForgeError, _meshforge_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
