"""A job's status as Server-Sent Events: the fetch body each time it changes, then the last one.

``GET`` or ``POST /api/v6/3d/stream/{id}`` (key in a header, or in the JSON body for POST:
browsers' ``EventSource`` cannot send headers, so the playground reads the stream with
``fetch``; a key in the URL would end up in proxy logs, so none is read there). Events:

* ``status``: the fetch body (the same JSON ``fetch/{id}`` answers), sent at once and again
  whenever it changes (status, progress, queue position, eta);
* ``done``: the final fetch body (success, failed or canceled); the stream then ends;
* ``error``: the job was deleted while watched (its body says so); the stream then ends.

A comment line every ``KEEPALIVE_S`` keeps proxies from closing a quiet stream. Each key may
hold ``MAX_STREAMS_PER_KEY`` streams at once (429 beyond), and a stream ends after
``MAX_STREAM_S`` (the client opens a new one), so watchers cannot pile up.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from meshforge.api.deps import RuntimeDep
from meshforge.api.routes.modelslab import PREFIXES, add_route, answer_for, parse_id
from meshforge.errors import NotFound, RateLimited
from meshforge.jobs.model import ApiKey
from meshforge.modelslab.requests import KeyOnlyRequest
from meshforge.runtime import Runtime

router = APIRouter(tags=["MeshForge jobs"])

#: how often a stream reads the job (the database is the truth, whichever process runs it)
POLL_S = 0.5
#: a comment line after this much silence
KEEPALIVE_S = 15.0
#: a stream ends after this long; the client reconnects
MAX_STREAM_S = 3600.0
#: streams one key may hold open at once
MAX_STREAMS_PER_KEY = 8
#: fetch statuses after which nothing changes
FINAL = frozenset({"success", "failed", "error"})


class StreamSlots:
    """Open streams per key, so one key cannot hold the server's connections."""

    def __init__(self, per_key: int) -> None:
        self.per_key = per_key
        self._open: dict[int, int] = {}
        self._lock = threading.Lock()

    def take(self, key_id: int) -> bool:
        """Count a new stream of ``key_id``; False when it already holds ``per_key``."""
        with self._lock:
            if self._open.get(key_id, 0) >= self.per_key:
                return False
            self._open[key_id] = self._open.get(key_id, 0) + 1
            return True

    def give_back(self, key_id: int) -> None:
        """A stream of ``key_id`` ended."""
        with self._lock:
            left = self._open.get(key_id, 0) - 1
            if left > 0:
                self._open[key_id] = left
            else:
                self._open.pop(key_id, None)


def install_stream_slots(app: FastAPI) -> None:
    """Give ``app`` its per-key stream counter (one per app, made before any request)."""
    app.state.stream_slots = StreamSlots(MAX_STREAMS_PER_KEY)


def _slots(request: Request) -> StreamSlots:
    slots: StreamSlots = request.app.state.stream_slots
    return slots


def event(name: str, body: dict[str, Any]) -> str:
    """One SSE event: a name and one line of JSON."""
    return f"event: {name}\ndata: {json.dumps(body, separators=(',', ':'))}\n\n"


async def stream(
    id: str, request: Request, runtime: RuntimeDep, body: KeyOnlyRequest | None = None
) -> StreamingResponse:
    """Follow a job: its fetch body as events until it ends (``text/event-stream``)."""
    owner = runtime.auth.identify(body.key if body else None, request)
    job_id = parse_id(id)
    # not the caller's, or no such job: a 404 now, before any stream starts
    first = await run_in_threadpool(answer_for, runtime, owner, job_id)
    slots = _slots(request)
    if not slots.take(owner.id):
        raise RateLimited(
            f"Too many open streams for this key: at most {slots.per_key} at once. Close one, "
            "or poll fetch instead.",
            retry_after_s=int(POLL_S * 10),
        )
    return StreamingResponse(
        _events(runtime, request, owner, job_id, first, slots),
        media_type="text/event-stream",
        # no caching, and no buffering by nginx-like proxies: events must arrive as sent
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _events(
    runtime: Runtime,
    request: Request,
    owner: ApiKey,
    job_id: int,
    answer: dict[str, Any],
    slots: StreamSlots,
) -> AsyncIterator[str]:
    """The events of one stream; gives its slot back however it ends."""
    try:
        yield "retry: 2000\n\n"  # EventSource-style clients reconnect after 2 s
        started = last_sent = time.monotonic()
        previous: dict[str, Any] | None = None
        while True:
            if answer["status"] in FINAL:
                yield event("done", answer)
                return
            if answer != previous:
                yield event("status", answer)
                previous, last_sent = answer, time.monotonic()
            elif time.monotonic() - last_sent >= KEEPALIVE_S:
                yield ": keep-alive\n\n"
                last_sent = time.monotonic()
            if time.monotonic() - started >= MAX_STREAM_S or await request.is_disconnected():
                return
            await asyncio.sleep(POLL_S)
            try:
                answer = await run_in_threadpool(answer_for, runtime, owner, job_id)
            except NotFound as exc:
                yield event("error", {"status": "error", "message": str(exc), "id": job_id})
                return
    finally:
        slots.give_back(owner.id)


def _add(path: str) -> None:
    # one route per method: FastAPI names an operation by its first method only
    for method in ("GET", "POST"):
        add_route(
            router,
            [prefix + path for prefix in PREFIXES],
            stream,
            KeyOnlyRequest,
            methods=(method,),
            summary="Follow a job as Server-Sent Events",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}},
        )


_add("/stream/{id}")
