"""Wire requests to domain job specs, and validation errors to messages naming the field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from meshforge.engines.base import Task
from meshforge.engines.parameters import ParameterError, parse_parameters
from meshforge.engines.registry import (
    ModelUnavailable,
    UnknownModel,
    choose_engine,
    estimate_seconds,
)
from meshforge.errors import InvalidRequest
from meshforge.jobs.model import JobKind
from meshforge.jobs.parameters import COMMON_FIELDS, JobParameters
from meshforge.jobs.service import JobSpec
from meshforge.modelslab.requests import (
    GenerationFields,
    ImageTo3DRequest,
    TextTo3DRequest,
)

#: wire fields that are not generation parameters (never echoed in meta)
_NOT_PARAMS = {"key", "webhook", "track_id", "init_image", "image", "output_format", "model_id"}


@dataclass(frozen=True)
class InstalledModels:
    """Where neural engines' weights are, and whether missing ones refuse the job (400)."""

    models_dir: Path | None = None
    strict: bool = False


def _parameters(
    request: GenerationFields,
    task: Task,
    multi_image: bool = False,
    models: InstalledModels | None = None,
    **known: Any,
) -> JobParameters:
    """The request's parameters, its engine's own ones checked against their declaration."""
    models = models or InstalledModels()
    try:
        choice = choose_engine(
            task,
            request.model_id,
            multi_image,
            models_dir=models.models_dir,
            strict=models.strict,
        )
    except (UnknownModel, ModelUnavailable) as exc:
        raise InvalidRequest(str(exc)) from exc
    engine = choice.engine
    # meta says which engine ran and why, when it is not the one model_id named
    fallback = (
        {"requested_model_id": request.model_id, "engine_fallback": choice.note}
        if choice.note
        else {}
    )
    wire = request.model_dump(include=set(type(request).model_fields) - _NOT_PARAMS)
    # an engine parameter may share a ModelsLab field's name (guidance_scale, ...) or be a
    # field of MeshForge's own, sent next to the ModelsLab ones
    sent = {**request.model_dump(exclude_unset=True), **(request.model_extra or {})}
    try:
        engine_params = parse_parameters(engine.parameters, sent)
    except ParameterError as exc:
        raise InvalidRequest(f"{exc} (a parameter of the {engine.model_id} engine)") from exc
    return JobParameters(
        model_id=engine.model_id,
        output_format=request.output_format,
        **{name: value for name, value in wire.items() if name in COMMON_FIELDS},
        **known,
        engine_params=engine_params,
        echoed={name: value for name, value in wire.items() if name not in COMMON_FIELDS}
        | fallback,
    )


def text_spec(request: TextTo3DRequest, models: InstalledModels | None = None) -> JobSpec:
    """A text_to_3d request as a job spec."""
    params = _parameters(request, "text_to_3d", models=models)
    return JobSpec(
        kind=JobKind.TEXT_TO_3D,
        params=params,
        estimated_s=estimate_seconds(params.model_id, request.resolution),
        temp=request.temp,
        track_id=request.track_id,
        webhook=request.webhook,
    )


def image_spec(
    request: ImageTo3DRequest,
    png: bytes,
    description: str,
    has_alpha: bool,
    models: InstalledModels | None = None,
) -> JobSpec:
    """An image_to_3d request, its image already fetched and normalised to PNG."""
    params = _parameters(
        request,
        "image_to_3d",
        request.multi_image,
        models,
        image=description,
        image_has_alpha=has_alpha,
    )
    return JobSpec(
        kind=JobKind.IMAGE_TO_3D,
        params=params,
        estimated_s=estimate_seconds(
            params.model_id, request.resolution, not has_alpha or request.remove_bg
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
