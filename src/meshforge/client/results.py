"""Typed results, parsed tolerantly from MeshForge's and ModelsLab's answers.

ModelsLab's hosted API has quirks MeshForge does not (``output`` as an empty string while
processing, ``messege`` for ``message``, a validation map as the message, ids as strings);
parsing accepts all of them so the same client works against both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: job states after which nothing changes; "error" is how ModelsLab reports some failures
FAILED_STATUSES = frozenset({"failed", "error", "canceled", "cancelled"})


def message_of(body: Mapping[str, Any]) -> str | None:
    """The body's message: ``message``, else ModelsLab's legacy ``messege``; maps flattened."""
    raw = body.get("message", body.get("messege"))
    if raw is None or raw == "":
        return None
    if isinstance(raw, Mapping):  # compat: Laravel validation maps {"field": ["why"]}
        parts = []
        for name, reasons in raw.items():
            listed = reasons if isinstance(reasons, list) else [reasons]
            parts.append(f"{name}: {' '.join(str(reason) for reason in listed)}")
        return "; ".join(parts)
    return str(raw)


def _urls(value: Any) -> tuple[str, ...]:
    # compat: ModelsLab sends "" for output while a job is processing
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list):
        return tuple(str(item) for item in value if item)
    return ()


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip().removesuffix(".0")
        return int(text) if text.isascii() and text.isdigit() else None
    return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Job:
    """A generation job as the server last reported it."""

    id: int | None
    status: str  #: processing, success, failed (error on some ModelsLab routes)
    output: tuple[str, ...] = ()  #: the model's URL(s), once it succeeded
    message: str | None = None  #: why it failed, or the server's note while processing
    eta_s: float | None = None  #: seconds until it should be done (processing only)
    progress: int | None = None  #: 0-100 (MeshForge only)
    queue_position: int | None = None  #: jobs ahead of it (MeshForge only)
    future_links: tuple[str, ...] = ()  #: where the files will be (processing only)
    proxy_links: tuple[str, ...] = ()  #: the same files on a proxy or CDN
    extra_assets: tuple[str, ...] = ()  #: companions and previews (an OBJ's .mtl, a video)
    generation_time_s: float | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)  #: the effective parameters
    track_id: Any = None
    fetch_result: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)  #: the whole answer

    @property
    def succeeded(self) -> bool:
        """True once the model is ready."""
        return self.status == "success"

    @property
    def failed(self) -> bool:
        """True when the job ended without a model."""
        return self.status in FAILED_STATUSES

    @property
    def finished(self) -> bool:
        """True once nothing about the job will change."""
        return self.succeeded or self.failed

    @property
    def files(self) -> tuple[str, ...]:
        """Every file of a finished job: the model first, then its companions."""
        return self.output + self.extra_assets

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> Job:
        """Parse a create, fetch or list entry."""
        return cls(
            id=_int(body.get("id")),
            status=str(body.get("status", "")).lower(),
            output=_urls(body.get("output")),
            message=message_of(body),
            eta_s=_float(body.get("eta")),
            progress=_int(body.get("progress")),
            queue_position=_int(body.get("queue_position")),
            future_links=_urls(body.get("future_links")),
            proxy_links=_urls(body.get("proxy_links")),
            extra_assets=_urls(body.get("extra_assets")),
            generation_time_s=_float(body.get("generationTime")),
            meta=dict(body.get("meta") or {}) if isinstance(body.get("meta"), Mapping) else {},
            track_id=body.get("track_id"),
            fetch_result=body.get("fetch_result") or None,
            raw=dict(body),
        )


@dataclass(frozen=True)
class Upload:
    """A file kept by the server for a limited time (24 hours on ModelsLab and MeshForge)."""

    id: int | None
    url: str

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> Upload:
        """Parse any upload route's answer (``output``, ``link`` or ``image_url``)."""
        urls = _urls(body.get("output")) or _urls(body.get("link")) or _urls(body.get("image_url"))
        if not urls:
            raise ValueError("the upload answer holds no URL")
        return cls(id=_int(body.get("id", body.get("request_id"))), url=urls[0])
