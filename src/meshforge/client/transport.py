"""What both clients share about the connection: settings from the environment, file writes,
event streams."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import httpx

from meshforge import __version__
from meshforge.client.following import EventParser
from meshforge.client.protocol import DEFAULT_BASE_URL, END_OF_STREAM, EndOfStream, ServerEvent

USER_AGENT = f"meshforge-client/{__version__}"
#: time allowed for a request's answer; generation runs in jobs, so answers come quickly, but
#: image_to_3d with a URL makes the server download the image first
DEFAULT_TIMEOUT_S = 60.0
CONNECT_TIMEOUT_S = 10.0


def resolve_base_url(base_url: str | None) -> str:
    """The server's root: the argument, else ``MESHFORGE_URL``, else the local default.

    ModelsLab's docs write the base as ``https://modelslab.com/api``; a trailing ``/api``
    is dropped because every route the client calls starts with it.
    """
    url = (base_url or os.environ.get("MESHFORGE_URL") or DEFAULT_BASE_URL).strip().rstrip("/")
    return url.removesuffix("/api")


def resolve_key(key: str | None) -> str:
    """The API key: the argument, else ``MESHFORGE_KEY``."""
    found = key or os.environ.get("MESHFORGE_KEY")
    if not found:
        raise ValueError(
            "No API key: pass key=... or set MESHFORGE_KEY (create one with "
            "`meshforge keys create --name NAME`)."
        )
    return found


def http_timeout(timeout_s: float) -> httpx.Timeout:
    """The httpx timeout for a request: ``timeout_s`` overall, connecting bounded apart."""
    return httpx.Timeout(timeout_s, connect=min(CONNECT_TIMEOUT_S, timeout_s))


class PartialFile:
    """A download written under a temporary name beside ``target`` and renamed when whole,
    so an interrupted download never leaves a truncated model under the real name."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        self._handle = os.fdopen(fd, "wb")
        self._temporary = Path(name)

    def write(self, chunk: bytes) -> None:
        """Append a chunk."""
        self._handle.write(chunk)

    def commit(self) -> None:
        """Close and move into place."""
        self._handle.close()
        os.replace(self._temporary, self.target)

    def discard(self) -> None:
        """Close and remove what was written."""
        self._handle.close()
        self._temporary.unlink(missing_ok=True)


class EventReader:
    """The events of an open ``text/event-stream`` response, one per ``next_event``."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._lines = response.iter_lines()
        self._parser = EventParser()

    def next_event(self) -> ServerEvent | EndOfStream | Exception:
        """The next event; EndOfStream when the server ended it; the exception when the
        connection was cut or stayed silent past the read timeout."""
        try:
            for line in self._lines:
                event = self._parser.feed(line)
                if event is not None:
                    return event
        except httpx.TransportError as exc:
            return exc
        return END_OF_STREAM

    def close(self) -> None:
        """Close the connection (the server then gives the stream's slot back)."""
        self.response.close()


class AsyncEventReader:
    """``EventReader`` for ``httpx.AsyncClient``."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._lines = response.aiter_lines()
        self._parser = EventParser()

    async def next_event(self) -> ServerEvent | EndOfStream | Exception:
        """The next event; EndOfStream when the server ended it; the exception when the
        connection was cut or stayed silent past the read timeout."""
        try:
            async for line in self._lines:
                event = self._parser.feed(line)
                if event is not None:
                    return event
        except httpx.TransportError as exc:
            return exc
        return END_OF_STREAM

    async def close(self) -> None:
        """Close the connection (the server then gives the stream's slot back)."""
        await self.response.aclose()
