"""The OpenAPI document: ModelsLab's error body on every operation, no FastAPI 422 in it, and
each engine's own parameters on the request bodies of the tasks it serves.

FastAPI documents a 422 with a ``detail`` body for every operation that takes a body; this
server never sends that (validation errors are ModelsLab's 400), and it does send 400, 401,
403, 404, 413, 429 and 503 with ``{"status": "error", "message"}``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from meshforge.engines.registry import ENGINES

#: request body schemas by the task their engines serve
_BODIES_BY_TASK = {"text_to_3d": "TextTo3DRequest", "image_to_3d": "ImageTo3DRequest"}

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["status", "message"],
    "properties": {
        "status": {"type": "string", "enum": ["error"]},
        "message": {"type": "string"},
        "retry_after": {"type": "integer", "description": "Seconds to wait (429 only)."},
    },
}
ERROR_STATUSES = {
    "400": "Invalid request: the message names the field",
    "401": "Missing or invalid API key",
    "403": "This key may not use this endpoint",
    "404": "Not found (also another key's job)",
    "413": "Body, upload or image too large",
    "429": "Too many queued jobs or requests for this key",
    "503": "Shutting down or overloaded",
}


def install_openapi(app: FastAPI) -> None:
    """Replace the app's schema generator with one that documents the real error answers."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
            reference = {"$ref": "#/components/schemas/Error"}
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    responses = operation.setdefault("responses", {})
                    responses.pop("422", None)
                    for status, text in ERROR_STATUSES.items():
                        responses.setdefault(
                            status,
                            {
                                "description": text,
                                "content": {"application/json": {"schema": reference}},
                            },
                        )
            for name in ("HTTPValidationError", "ValidationError"):
                schema["components"]["schemas"].pop(name, None)
            _document_engine_parameters(schema["components"]["schemas"])
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]


def _document_engine_parameters(schemas: dict[str, Any]) -> None:
    """Add each engine's declared parameters to the bodies of the tasks it serves."""
    for info in ENGINES:
        for task in sorted(info.tasks):
            body = schemas.get(_BODIES_BY_TASK[task])
            if body is None:
                continue
            properties = body.setdefault("properties", {})
            for parameter in info.parameters:
                entry = parameter.json_schema()
                entry["description"] += f" Used with model_id `{info.model_id}`."
                properties.setdefault(parameter.name, entry)
