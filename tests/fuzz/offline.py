"""What both fuzz runs share: a server with no per-key limits in the way, and no DNS."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from meshforge.settings import Settings
from support.serving import make_settings

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost", "testserver"})


def fuzz_settings(tmp_path: Path) -> Settings:
    """Settings whose per-key limits never answer for the fuzzed request (429s hide bugs)."""
    return make_settings(
        tmp_path,
        allow_private_urls=False,
        max_queued_per_key=1_000_000,
        max_requests_per_s=1_000_000,
        max_auth_failures_per_minute=1_000_000,
    )


def refuse_lookups(patch: pytest.MonkeyPatch, refused: list[str]) -> None:
    """Make any DNS lookup but loopback fail as if offline, recording the names asked for."""
    real_getaddrinfo = socket.getaddrinfo

    def offline_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOOPBACK:
            refused.append(name)
            raise socket.gaierror(socket.EAI_NONAME, "lookups are refused in the fuzz run")
        return real_getaddrinfo(host, *args, **kwargs)

    patch.setattr(socket, "getaddrinfo", offline_getaddrinfo)
