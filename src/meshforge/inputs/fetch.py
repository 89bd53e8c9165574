"""Download a user-supplied URL: SSRF guard, pinned IP, checked redirects, size and time caps."""

from __future__ import annotations

import time

import httpx

from meshforge import __version__
from meshforge.inputs.addresses import Resolver, check_url, system_resolver
from meshforge.inputs.errors import InputError, InputTooLarge, describe_size
from meshforge.inputs.pinned import pinned_client

MAX_REDIRECTS = 3
DEFAULT_ALLOWED_PORTS = frozenset({80, 443})
_REQUEST_HEADERS = {
    "User-Agent": f"MeshForge/{__version__}",
    # Ask for the bytes as stored: a compressed body could inflate far past its wire size.
    "Accept-Encoding": "identity",
}


def _media_type(response: httpx.Response) -> str:
    """The Content-Type without parameters, lower case; octet-stream when absent."""
    raw = str(response.headers.get("content-type", "application/octet-stream"))
    return raw.split(";", 1)[0].strip().lower()


def _content_type_allowed(media_type: str, allowed: tuple[str, ...]) -> bool:
    """Match `media_type` against entries like 'image/png' or 'image/*'."""
    for pattern in allowed:
        pattern = pattern.lower()
        if pattern.endswith("/*") and media_type.startswith(pattern[:-1]):
            return True
        if media_type == pattern:
            return True
    return False


def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """Read the body, counting bytes as they arrive; Content-Length is only a hint."""
    too_large = InputTooLarge(f"the file is larger than the {describe_size(max_bytes)} limit")
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
        raise too_large
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise too_large
    return bytes(body)


def _get_one_hop(
    url: str,
    *,
    max_bytes: int,
    allow_private: bool,
    allowed_ports: frozenset[int],
    allowed_content_types: tuple[str, ...] | None,
    resolver: Resolver,
    deadline_monotonic_s: float,
) -> bytes | str:
    """GET one URL after checking it; the body, or the next URL when it is a redirect."""
    target = check_url(
        url,
        allow_private=allow_private,
        allowed_ports=allowed_ports,
        resolver=resolver,
        deadline_monotonic_s=deadline_monotonic_s,
    )
    with (
        pinned_client(
            target, deadline_monotonic_s=deadline_monotonic_s, headers=_REQUEST_HEADERS
        ) as client,
        client.stream("GET", target.url) as response,
    ):
        if response.has_redirect_location:
            return str(response.url.join(response.headers["location"]))
        if not response.is_success:
            # Status code only: upstream bodies are never relayed (OWASP API7/API10).
            raise InputError(f"the server answered HTTP {response.status_code}")
        if allowed_content_types is not None:
            media_type = _media_type(response)
            if not _content_type_allowed(media_type, allowed_content_types):
                raise InputError(f"the server sent {media_type[:60]}, which is not accepted")
        return _read_capped(response, max_bytes)


def fetch_url(
    url: str,
    *,
    max_bytes: int,
    timeout_s: float,
    allow_private: bool = False,
    allowed_ports: frozenset[int] = DEFAULT_ALLOWED_PORTS,
    allowed_content_types: tuple[str, ...] | None = None,
    resolver: Resolver = system_resolver,
) -> bytes:
    """GET an http(s) URL from a user, refusing non-public addresses; blocking, call in a thread.

    Every hop (at most 3 redirects) is checked again and connected to its checked IP;
    `allow_private` also lifts the port allow-list (local development and tests only).
    Raises InputError (InputTooLarge past `max_bytes`) with a message safe to show the user.
    """
    deadline_monotonic_s = time.monotonic() + timeout_s
    current = url
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            outcome = _get_one_hop(
                current,
                max_bytes=max_bytes,
                allow_private=allow_private,
                allowed_ports=allowed_ports,
                allowed_content_types=allowed_content_types,
                resolver=resolver,
                deadline_monotonic_s=deadline_monotonic_s,
            )
            if isinstance(outcome, bytes):
                return outcome
            current = outcome
    except httpx.TimeoutException as exc:
        raise InputError(f"the server did not send the file within {timeout_s:g} s") from exc
    except httpx.HTTPError as exc:
        # Connection refused, TLS failure, protocol error (httpx also raises one for a malformed
        # Location): one generic message, so errors cannot map which hosts and ports answer.
        raise InputError("the server could not be reached or sent an invalid response") from exc
    raise InputError(f"too many redirects (more than {MAX_REDIRECTS})")
