"""Data URIs and raw base64 from request bodies: classify, decode strictly, cap the size."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Literal

from meshforge.inputs.errors import InputError, InputTooLarge, describe_size

InputKind = Literal["url", "data_uri", "base64"]

_URL_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_WHITESPACE = re.compile(r"\s+")
_STANDARD_ONLY = frozenset("+/")
_URLSAFE_ONLY = frozenset("-_")
_TO_STANDARD = str.maketrans("-_", "+/")


@dataclass(frozen=True)
class DataUri:
    """A decoded `data:` URI: the declared media type (may be empty) and the bytes."""

    media_type: str
    data: bytes


def classify_input(value: str) -> InputKind:
    """Say whether a string is a URL (any `scheme://`), a data URI or raw base64."""
    stripped = value.strip()
    if stripped[:5].lower() == "data:":
        return "data_uri"
    # Any scheme counts as a URL so that ftp:// or file:// get a clear "not allowed" from the
    # fetcher instead of a confusing "not valid base64".
    if _URL_PREFIX.match(stripped):
        return "url"
    return "base64"


def decode_base64(value: str, *, field: str, max_bytes: int) -> bytes:
    """Decode standard or URL-safe base64, padded or not, ignoring whitespace; strict otherwise."""
    compact = _WHITESPACE.sub("", value).rstrip("=")
    if not compact:
        raise InputError(f"{field}: is empty")
    # Checked before decoding so an oversized payload is never materialised twice.
    if len(compact) * 3 // 4 > max_bytes:
        raise InputTooLarge(f"{field}: the decoded data is larger than {describe_size(max_bytes)}")
    symbols = set(compact)
    if symbols & _URLSAFE_ONLY:
        if symbols & _STANDARD_ONLY:
            raise InputError(f"{field}: is not valid base64 (mixes two alphabets)")
        compact = compact.translate(_TO_STANDARD)
    if len(compact) % 4 == 1:
        raise InputError(f"{field}: is not valid base64 (truncated)")
    padded = compact + "=" * (-len(compact) % 4)
    try:
        decoded = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError) as exc:  # ValueError: non-ASCII characters
        raise InputError(
            f"{field}: is not valid base64 (expected an http(s) URL, a data URI or base64 data)"
        ) from exc
    if len(decoded) > max_bytes:
        raise InputTooLarge(f"{field}: the decoded data is larger than {describe_size(max_bytes)}")
    return decoded


def decode_data_uri(value: str, *, field: str, max_bytes: int) -> DataUri:
    """Decode `data:<type>[;params];base64,<payload>`; a space after the comma is tolerated."""
    stripped = value.strip()
    if stripped[:5].lower() != "data:":
        raise InputError(f"{field}: is not a data URI")
    header, comma, payload = stripped[5:].partition(",")
    if not comma:
        raise InputError(f"{field}: the data URI has no ',' before its data")
    parts = [part.strip() for part in header.split(";")]
    if "base64" not in (part.lower() for part in parts[1:]):
        raise InputError(f"{field}: the data URI must be base64-encoded (';base64,')")
    media_type = parts[0].lower()
    return DataUri(
        media_type=media_type, data=decode_base64(payload, field=field, max_bytes=max_bytes)
    )
