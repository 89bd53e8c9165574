"""Wire requests to domain job specs, and validation errors to messages naming the field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from meshforge.engines.base import Task
from meshforge.engines.registry import UnknownModel, estimate_seconds, select_engine
from meshforge.errors import InvalidRequest
from meshforge.jobs.model import JobKind
from meshforge.jobs.service import JobSpec
from meshforge.modelslab.requests import (
    GenerationFields,
    ImageTo3DRequest,
    TextTo3DRequest,
)

#: wire fields that are not generation parameters (never echoed in meta)
_NOT_PARAMS = {"key", "webhook", "track_id", "init_image", "image", "output_format", "model_id"}


def _params(request: GenerationFields, task: Task, multi_image: bool = False) -> dict[str, Any]:
    try:
        engine = select_engine(task, request.model_id, multi_image)
    except UnknownModel as exc:
        raise InvalidRequest(str(exc)) from exc
    params = request.model_dump(exclude=_NOT_PARAMS)
    params["output_format"] = request.output_format
    params["model_id"] = engine.model_id  # the engine that makes it, whatever alias was sent
    return params


def text_spec(request: TextTo3DRequest) -> JobSpec:
    """A text_to_3d request as a job spec."""
    params = _params(request, "text_to_3d")
    return JobSpec(
        kind=JobKind.TEXT_TO_3D,
        output_format=request.output_format,
        params=params,
        estimated_s=estimate_seconds(params["model_id"], request.resolution),
        temp=request.temp,
        track_id=request.track_id,
        webhook=request.webhook,
    )


def image_spec(request: ImageTo3DRequest, png: bytes, description: str, has_alpha: bool) -> JobSpec:
    """An image_to_3d request, its image already fetched and normalised to PNG."""
    params = _params(request, "image_to_3d", request.multi_image)
    params["image"] = description
    params["_image_has_alpha"] = has_alpha
    return JobSpec(
        kind=JobKind.IMAGE_TO_3D,
        output_format=request.output_format,
        params=params,
        estimated_s=estimate_seconds(
            params["model_id"], request.resolution, not has_alpha or request.remove_bg
        ),
        temp=request.temp,
        track_id=request.track_id,
        webhook=request.webhook,
        input_png=png,
    )


def _range_of(model: type[BaseModel] | None, field: str) -> str:
    if model is None or field not in model.model_fields:
        return ""
    low = high = None
    for constraint in model.model_fields[field].metadata:
        low = getattr(constraint, "ge", low)
        high = getattr(constraint, "le", high)
    if low is not None and high is not None:
        return f" (allowed range: {low} to {high})"
    return ""


def describe_validation_errors(errors: Sequence[Any], model: type[BaseModel] | None = None) -> str:
    """One message naming each invalid field, its problem and, for numbers, the allowed range."""
    parts = []
    for error in errors:
        location = [str(p) for p in error.get("loc", ()) if p not in ("body",)]
        field = ".".join(location) or "body"
        text = str(error.get("msg", "is invalid"))
        if text.startswith("Value error, "):
            text = text.removeprefix("Value error, ")
            # a whole-model check names its field itself ("prompt: must not be empty")
            parts.append(
                text if not location or text.startswith(f"{field}:") else f"{field}: {text}"
            )
            continue
        if error.get("type") == "missing":
            text = "is required"
        parts.append(f"{field}: {text}{_range_of(model, location[-1] if location else '')}")
    return "; ".join(parts) or "The request body is invalid."
