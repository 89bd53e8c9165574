"""``wait``: follow a job over MeshForge's event stream, and poll where there is none.

MeshForge sends a job's fetch body as a Server-Sent Event whenever it changes, then the final
body (``done``), so a progress bar moves as the job does. ModelsLab's hosted API has no stream
(404 or 405), a proxy may buffer one (nothing arrives), a connection may drop, and a key may
hold only so many streams (429): ``wait`` then polls ``fetch`` as before. Either way it returns
the same ``Job``, calls ``on_update`` with each new state and keeps to ``timeout_s``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from meshforge.client.errors import JobFailedError, WaitTimeoutError
from meshforge.client.protocol import (
    Answer,
    Listen,
    NextEvent,
    Plan,
    PollPolicy,
    Reply,
    RetryPolicy,
    Send,
    ServerEvent,
    is_event_stream,
    poll_plan,
)
from meshforge.client.results import Job

#: the stream's events that carry a fetch body (``error``: the job was deleted meanwhile)
JOB_EVENTS = frozenset({"status", "done", "error"})
#: answers that say the server has no stream at all (a 404 may only mean "no such job")
NO_STREAM_STATUSES = frozenset({405, 501})
#: sent with every stream request: an event stream, fresh, never from a cache
STREAM_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}


@dataclass(frozen=True)
class StreamPolicy:
    """When ``wait`` follows the event stream, and when it gives up on it for polling."""

    #: False: always poll (as against a server known to have no stream)
    enabled: bool = True
    #: a stream that sends nothing this long after opening is buffered or dead: poll instead
    #: (MeshForge sends the job's state at once)
    first_event_s: float = 5.0
    #: once events came, the longest silence before reconnecting (MeshForge sends a
    #: keep-alive every 15 s)
    silence_s: float = 20.0
    #: new connections tried after a stream drops, before polling (reset by each event)
    reconnects: int = 1
    #: how far a silent read may run past the wait's deadline before the stream is opened
    #: again with a shorter read timeout
    deadline_slack_s: float = 2.0


class StreamSupport:
    """What one client has learnt about its server's stream, so later waits skip a bad one."""

    def __init__(self) -> None:
        self.usable = True


class EventParser:
    """Server-Sent Events from a stream's lines (the WHATWG rules a client of these needs).

    ``id`` and ``retry`` are ignored: a reconnect gets the job's current state at once, and
    ``StreamPolicy`` decides when to reconnect.
    """

    def __init__(self) -> None:
        self._name = ""
        self._data: list[str] = []

    def feed(self, line: str) -> ServerEvent | None:
        """Take one line (without its line break); the event a blank line completes."""
        if not line:
            name, data = self._name or "message", self._data
            self._name, self._data = "", []
            return ServerEvent(name, "\n".join(data)) if data else None
        if line.startswith(":"):  # a comment: the server's keep-alive
            return None
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            self._name = value
        elif field == "data":
            self._data.append(value)
        return None


def job_of(event: ServerEvent) -> Job | None:
    """The job state an event carries, or None for other events and unreadable data."""
    if event.name not in JOB_EVENTS:
        return None
    try:
        body = json.loads(event.data)
    except json.JSONDecodeError:
        return None
    return Job.from_body(body) if isinstance(body, Mapping) else None


class _Seen:
    """The last job state one wait has had from its streams."""

    def __init__(self) -> None:
        self.last: Job | None = None


#: how reading one stream ended: the job succeeded; the deadline came closer than the read
#: timeout; the stream ended after events, or without any
Ending = Literal["succeeded", "reopen", "heard", "silent"]


def _read_events(
    read_s: float,
    seen: _Seen,
    policy: StreamPolicy,
    *,
    deadline: float | None,
    timeout_s: float | None,
    on_update: Callable[[Job], None] | None,
    clock: Callable[[], float],
) -> Plan[Ending]:
    """Read one open stream until it ends (cut, closed, or silent past ``read_s``)."""
    heard = False
    while True:
        got = yield NextEvent()
        if not isinstance(got, ServerEvent):
            return "heard" if heard else "silent"
        job = job_of(got)
        if job is None:
            continue
        heard = True
        if on_update is not None and job != seen.last:
            on_update(job)
        seen.last = job
        if job.succeeded:
            return "succeeded"
        if job.failed:
            raise JobFailedError(job)
        if deadline is not None:
            remaining = deadline - clock()
            if remaining <= 0:
                raise WaitTimeoutError(job, timeout_s or 0.0)
            if read_s > remaining + policy.deadline_slack_s:
                return "reopen"  # a silent read could outlast the wait: open a shorter one


def _stream_opened(opened: Reply, support: StreamSupport) -> bool:
    """True when ``Listen`` opened an event stream; else notes a server that has none."""
    if isinstance(opened, Answer):
        if is_event_stream(opened):
            return True
        # 404 may mean "no such job" and 429 "too many streams": only these say "no stream"
        if opened.status_code in NO_STREAM_STATUSES or opened.status_code < 400:
            support.usable = False
    return False


def follow_plan(
    listen: Send,
    policy: StreamPolicy,
    support: StreamSupport,
    *,
    deadline: float | None,
    timeout_s: float | None,
    on_update: Callable[[Job], None] | None,
    clock: Callable[[], float],
) -> Plan[Job | None]:
    """Follow the job's stream: the job once it succeeded, or None when the wait must go on by
    polling; JobFailedError and WaitTimeoutError as ``wait`` raises them."""
    seen = _Seen()
    reconnects_left = policy.reconnects
    while True:
        read_s = policy.silence_s if seen.last is not None else policy.first_event_s
        if deadline is not None:
            read_s = min(read_s, deadline - clock())
            if read_s <= 0:
                break
        if not _stream_opened((yield Listen(listen, read_s)), support):
            break  # refused, cut, or no stream: fetch tells the rest
        ending = yield from _read_events(
            read_s,
            seen,
            policy,
            deadline=deadline,
            timeout_s=timeout_s,
            on_update=on_update,
            clock=clock,
        )
        if ending == "succeeded":
            return seen.last
        if ending == "reopen":
            continue
        if ending == "heard":
            reconnects_left = policy.reconnects
        elif seen.last is None:
            if read_s >= policy.first_event_s:  # a stream that never sends: a buffering proxy
                support.usable = False
            break
        if reconnects_left == 0:
            break
        reconnects_left -= 1
    if deadline is not None and seen.last is not None and clock() >= deadline:
        raise WaitTimeoutError(seen.last, timeout_s or 0.0)
    return None


def wait_plan(
    fetch: Send,
    listen: Send,
    retry: RetryPolicy,
    base_url: str,
    *,
    timeout_s: float | None,
    poll: PollPolicy,
    stream: StreamPolicy,
    support: StreamSupport,
    on_update: Callable[[Job], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Plan[Job]:
    """Wait for the job over its stream where the server has one, else (or then) by polling."""
    deadline = None if timeout_s is None else clock() + timeout_s
    if stream.enabled and support.usable:
        done = yield from follow_plan(
            listen,
            stream,
            support,
            deadline=deadline,
            timeout_s=timeout_s,
            on_update=on_update,
            clock=clock,
        )
        if done is not None:
            return done
    return (
        yield from poll_plan(
            fetch,
            retry,
            base_url,
            deadline=deadline,
            timeout_s=timeout_s,
            poll=poll,
            on_update=on_update,
            clock=clock,
        )
    )
