"""Limits on free-form request fields that an operator can change, and the types that check them.

Pydantic models are static and FastAPI cannot hand them a validation context, so the API puts
the limits of its Settings in a context variable before each body is validated
(``use_field_limits``, from a route dependency: FastAPI solves dependencies before the body, in
the same context) and these validators read it there. Outside a request (unit tests, other
callers) the defaults apply. Each check names the field and its limit, and never echoes the value.
"""

from __future__ import annotations

import json
import math
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator


@dataclass(frozen=True)
class FieldLimits:
    """Limits on free-form fields that an operator can change (each one a Settings field)."""

    #: characters of ``prompt`` and ``negative_prompt`` (Settings.max_prompt_chars)
    prompt_chars: int = 2000
    #: characters of ``webhook`` and of an image URL (Settings.max_url_chars)
    url_chars: int = 4096
    #: bytes of ``track_id`` as compact UTF-8 JSON (Settings.max_track_id_bytes)
    track_id_bytes: int = 1024
    #: lists and objects nested inside each other in ``track_id`` (Settings.max_json_depth)
    json_depth: int = 8


#: the limits when no server has set any (the Settings defaults)
DEFAULT_LIMITS = FieldLimits()
_LIMITS: ContextVar[FieldLimits | None] = ContextVar("meshforge_field_limits", default=None)


def use_field_limits(limits: FieldLimits) -> None:
    """Validate request bodies with ``limits`` for the rest of the current context (a request)."""
    _LIMITS.set(limits)


def current_field_limits() -> FieldLimits:
    """The limits request bodies are validated with right now (the defaults outside a request)."""
    return _LIMITS.get() or DEFAULT_LIMITS


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def is_unicode(text: str) -> bool:
    """True when ``text`` can be stored and sent back as UTF-8 (no lone surrogate)."""
    # JSON can spell a lone surrogate ("\ud800"); it cannot be stored or sent back as UTF-8
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _require_unicode(value: str) -> None:
    if not is_unicode(value):
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)")


def check_unicode(value: Any) -> Any:
    """A before-validator: refuse text with a lone surrogate, pass anything else on."""
    # before the str schema, so that a field's max_length reads "String should have at most"
    if isinstance(value, str):
        _require_unicode(value)
    return value


def _prompt_text(value: str) -> str:
    limit = current_field_limits().prompt_chars
    if len(value) > limit:
        raise ValueError(f"at most {limit} characters are allowed (got {len(value)})")
    _require_unicode(value)
    return value


def _url_text(value: str) -> str:
    limit = current_field_limits().url_chars
    if len(value) > limit:
        raise ValueError(f"a URL of at most {limit} characters is allowed (got {len(value)})")
    _require_unicode(value)
    return value


def _image_text(value: str) -> str:
    # A URL is stored and echoed in meta; a data URI or base64 is decoded and dropped, so the
    # body size limit bounds it.
    if value[:64].lstrip().lower().startswith(("http://", "https://")):
        return _url_text(value)
    _require_unicode(value)
    return value


def json_problem(value: Any, max_bytes: int, max_depth: int) -> str | None:
    """Why ``value`` is not small, plain JSON (``max_bytes`` compact, ``max_depth`` levels).

    None when it is. Iterative, and it stops at the first excess, so a hostile value costs
    at most about ``max_bytes`` of work whatever its size or depth.
    """
    size = 0
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth >= max_depth:
                return f"at most {max_depth} levels of nested lists and objects are allowed"
            # brackets and commas, and an object's colons (its keys are counted as text)
            size += 1 + max(1, len(item) * 2 if isinstance(item, dict) else len(item))
            if size <= max_bytes:
                problem = _push_children(item, depth + 1, pending)
                if problem:
                    return problem
        else:
            found = _scalar_bytes(item, max_bytes)
            if isinstance(found, str):
                return found
            size += found
        if size > max_bytes:
            return f"at most {max_bytes} bytes of JSON are allowed"
    return None


def _push_children(
    item: dict[Any, Any] | list[Any], depth: int, pending: list[tuple[Any, int]]
) -> str | None:
    if isinstance(item, list):
        pending += [(child, depth) for child in item]
        return None
    for name, child in item.items():
        if not isinstance(name, str):
            return "object keys must be text"
        pending += [(name, depth), (child, depth)]
    return None


def _scalar_bytes(item: Any, max_bytes: int) -> int | str:
    """The compact JSON size of a scalar, or why it is not a JSON scalar."""
    if isinstance(item, str):
        if len(item) > max_bytes:  # every character is at least one byte
            return max_bytes + 1
        if not is_unicode(item):
            return "must be valid Unicode text (it holds a lone surrogate)"
        return len(json.dumps(item, ensure_ascii=False).encode())
    if item is None or isinstance(item, bool):
        return 5
    if isinstance(item, int):
        try:
            return len(str(item))
        except ValueError:  # past Python's int-to-text digit limit, so past any byte limit
            return max_bytes + 1
    if isinstance(item, float):
        return len(repr(item)) if math.isfinite(item) else "NaN and Infinity are not JSON numbers"
    return "must be JSON: text, a number, true, false, a list or an object"


def _track_id(value: Any) -> Any:
    limits = current_field_limits()
    problem = json_problem(value, limits.track_id_bytes, limits.json_depth)
    if problem:
        raise ValueError(problem)
    return value


#: text that can be stored and sent back as UTF-8 (bound it with the field's max_length)
Text = Annotated[str, BeforeValidator(check_unicode)]
#: a prompt, bounded by FieldLimits.prompt_chars
PromptText = Annotated[str, AfterValidator(_prompt_text)]
#: a URL, bounded by FieldLimits.url_chars
UrlText = Annotated[str, BeforeValidator(_strip), AfterValidator(_url_text)]
#: an image as a URL (bounded by FieldLimits.url_chars), a data URI or base64
ImageText = Annotated[str, AfterValidator(_image_text)]
#: any small JSON value, echoed unchanged (FieldLimits.track_id_bytes and json_depth)
TrackId = Annotated[Any, AfterValidator(_track_id)]
