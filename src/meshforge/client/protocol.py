"""The client's logic without I/O, shared by ``Client`` and ``AsyncClient``.

Each operation is a *plan*: a generator that yields what to do next (``Send`` a request,
``Sleep``) and is sent back what happened (an ``Answer``, or the transport exception). The
sync and async clients only carry the plans out, so retries, backoff, polling and the
reading of answers are written once and tested without a network.
"""

from __future__ import annotations

import email.utils
import json
import random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import httpx

from meshforge.client.errors import (
    APIError,
    AuthenticationError,
    InvalidRequestError,
    JobFailedError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServerUnreachableError,
    WaitTimeoutError,
)
from meshforge.client.results import Job, message_of

#: where ``meshforge serve`` listens by default
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
#: ModelsLab's hosted API: the same routes and fields (no cancel or job list there)
MODELSLAB_BASE_URL = "https://modelslab.com"

TEXT_TO_3D = "/api/v6/3d/text_to_3d"
IMAGE_TO_3D = "/api/v6/3d/image_to_3d"
FETCH = "/api/v6/3d/fetch/{id}"
UPLOAD = "/api/v6/base64_to_url"
CANCEL = "/api/v6/3d/cancel/{id}"
JOBS = "/api/v6/3d/jobs"
#: MeshForge's Server-Sent Events of a job (ModelsLab's hosted API has none)
STREAM = "/api/v6/3d/stream/{id}"

#: statuses a proxy or an overloaded server answers for a moment
TRANSIENT_STATUSES = frozenset({502, 503, 504})
#: transport failures that prove the request never reached the server (safe to send again)
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_ERRORS_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    422: InvalidRequestError,
}

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Send one request; ``path`` is relative to the base URL, or an absolute URL."""

    method: str
    path: str
    json: Mapping[str, Any] | None = None
    #: safe to send again even if the first one may have reached the server
    idempotent: bool = True
    #: stream the body into this file instead of keeping it (downloads)
    save_to: Path | None = None


@dataclass(frozen=True)
class Sleep:
    """Wait this long before the next step."""

    seconds: float


@dataclass(frozen=True)
class Answer:
    """What came back: status, headers and the body (empty when it was streamed to a file)."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes = b""


@dataclass(frozen=True)
class Listen:
    """Open an event stream with ``send``; the answer is an ``Answer`` (its body read unless
    it is an event stream, which stays open for ``NextEvent``) or the transport exception.

    ``read_timeout_s`` bounds every wait for the stream's next bytes: a silent stream (a
    proxy that buffers it, a dead connection) ends in an ``httpx.ReadTimeout``.
    """

    send: Send
    read_timeout_s: float


@dataclass(frozen=True)
class NextEvent:
    """Read the open stream's next event: a ``ServerEvent``, ``EndOfStream``, or the transport
    exception (cut, or silent past the read timeout). Any other step closes the stream."""


@dataclass(frozen=True)
class ServerEvent:
    """One Server-Sent Event: its name (``message`` when unnamed) and its data lines joined."""

    name: str
    data: str


@dataclass(frozen=True)
class EndOfStream:
    """The server ended the stream (or none is open)."""


END_OF_STREAM = EndOfStream()

Step = Send | Sleep | Listen | NextEvent
Reply = Answer | ServerEvent | EndOfStream | Exception | None
#: a plan yields steps, and is sent back what came of each (None after a Sleep)
Plan = Generator[Step, Reply, T]


def is_event_stream(answer: Answer) -> bool:
    """True when an answer to ``Listen`` is a stream of events (kept open), not a plain body."""
    kind = answer.headers.get("content-type", "")
    return answer.status_code == 200 and kind.split(";")[0].strip() == "text/event-stream"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry one request (429, transient 5xx, connection failures)."""

    max_retries: int = 4
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    #: a 429 or 503 asking to wait longer than this is raised at once instead of waited out
    max_retry_after_s: float = 120.0

    def backoff_s(self, attempt: int) -> float:
        """Exponential backoff with jitter for retry ``attempt`` (0 for the first retry)."""
        ceiling = min(self.backoff_max_s, self.backoff_base_s * 2**attempt)
        # "equal jitter": at least half the step, so clients that failed together spread out
        # without any of them retrying at once
        return float(ceiling / 2 + random.uniform(0, ceiling / 2))


@dataclass(frozen=True)
class PollPolicy:
    """How ``wait`` spaces its fetches: by the server's ``eta``, over a floor that grows.

    The eta decides while the job keeps to it (half the remaining time, so it is checked
    twice before it should be done); the growing floor takes over when it does not (a job
    slower than its estimate reports a small eta for ever) or when there is no eta at all.
    """

    first_s: float = 0.5
    growth: float = 1.5
    max_s: float = 10.0
    eta_share: float = 0.5

    def next_delay(self, polls: int, eta_s: float | None) -> float:
        """The pause after the ``polls``-th fetch (1 for the first)."""
        floor = self.first_s * self.growth ** max(0, polls - 1)
        by_eta = eta_s * self.eta_share if eta_s is not None and eta_s > 0 else 0.0
        return max(self.first_s, min(self.max_s, max(floor, by_eta)))


# ---- reading answers -----------------------------------------------------------------------


def parse_body(content: bytes) -> Any:
    """The JSON body, or the text when it is not JSON (a proxy's HTML error page)."""
    try:
        return json.loads(content) if content else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        return content.decode("utf-8", errors="replace")[:500]


def retry_after_s(headers: Mapping[str, str], body: Any, now: float) -> float | None:
    """Seconds the server asks to wait: the body's ``retry_after``, ``Retry-After`` (seconds
    or an HTTP date) or ``X-RateLimit-Reset`` (epoch seconds, as ModelsLab's CLI reads it)."""
    if isinstance(body, Mapping):
        value = body.get("retry_after")
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value)
    header = headers.get("retry-after")
    if header:
        text = header.strip()
        if text.isdigit():
            return float(text)
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - now)
    reset = headers.get("x-ratelimit-reset")
    if reset and reset.strip().isdigit():
        return max(0.0, float(reset.strip()) - now)
    return None


def error_for(answer: Answer, body: Any, now: float) -> APIError:
    """The typed exception for an error answer, with a message that says what to do."""
    status = answer.status_code
    said = message_of(body) if isinstance(body, Mapping) else None
    said = said or (body if isinstance(body, str) and body else f"HTTP {status}")
    common: dict[str, Any] = {"status_code": status, "server_message": said, "body": body}
    if status == 429:
        wait_s = retry_after_s(answer.headers, body, now)
        hint = f" Retry after {wait_s:g} s." if wait_s is not None else ""
        return RateLimitError(
            f"Rate limited (429): {said.rstrip('.')}.{hint}", retry_after_s=wait_s, **common
        )
    if status == 401:
        return AuthenticationError(
            f"The server refused the key (401): {said.rstrip('.')}. Check the key you passed "
            "(or MESHFORGE_KEY).",
            **common,
        )
    if status >= 500:
        return ServerError(f"The server failed ({status}): {said}", **common)
    kind = _ERRORS_BY_STATUS.get(status, APIError)
    return kind(f"{said} (HTTP {status})", **common)


def read_answer(answer: Answer, now: float, *, job_state: bool = False) -> Any:
    """The body of a successful answer; raises the typed error for an error answer.

    With ``job_state`` (fetch), an HTTP 200 ``status: "error"`` is the job's state (ModelsLab
    reports some failed jobs so), not a request error.
    """
    body = parse_body(answer.content)
    if answer.status_code >= 400:
        raise error_for(answer, body, now)
    if job_state:
        return body
    if isinstance(body, Mapping) and str(body.get("status", "")).lower() == "error":
        # compat: ModelsLab's legacy endpoints report errors with HTTP 200
        raise error_for(Answer(400, answer.headers, answer.content), body, now)
    return body


def retry_delay(
    answer: Answer, attempt: int, idempotent: bool, policy: RetryPolicy, now: float
) -> float | None:
    """How long to wait before sending the request again, or None to stop here."""
    if attempt >= policy.max_retries:
        return None
    status = answer.status_code
    if status == 429 or status == 503:
        # both say "not now" before doing anything, so even a job creation may be sent again
        asked = retry_after_s(answer.headers, parse_body(answer.content), now)
        wait_s = asked if asked is not None else policy.backoff_s(attempt)
        return wait_s if wait_s <= policy.max_retry_after_s else None
    if status in TRANSIENT_STATUSES or (status == 500 and idempotent):
        return policy.backoff_s(attempt)
    return None


def transport_retry_delay(
    error: Exception, attempt: int, idempotent: bool, policy: RetryPolicy
) -> float | None:
    """How long to wait before sending again after no answer came, or None to stop."""
    if attempt >= policy.max_retries or not isinstance(error, httpx.TransportError):
        return None
    # a job creation that may have reached the server is not sent twice (it would queue two)
    if isinstance(error, _NEVER_SENT) or idempotent:
        return policy.backoff_s(attempt)
    return None


# ---- plans ---------------------------------------------------------------------------------


def request_plan(
    send: Send,
    policy: RetryPolicy,
    base_url: str,
    clock: Callable[[], float] = time.time,
    *,
    raw: bool = False,
    job_state: bool = False,
) -> Plan[Any]:
    """Send ``send`` until it succeeds, a retry is not worth it, or the budget is spent.

    Returns the parsed JSON body, or with ``raw`` the body's bytes (a downloaded file);
    ``job_state`` is passed to ``read_answer``.
    """
    attempt = 0
    waited_s = 0.0
    while True:
        outcome = yield send
        if isinstance(outcome, Exception):
            delay = transport_retry_delay(outcome, attempt, send.idempotent, policy)
            if delay is None:
                raise unreachable(base_url, outcome, attempt + 1, waited_s) from outcome
        else:
            assert isinstance(outcome, Answer)  # noqa: S101 - the drivers send nothing else
            delay = retry_delay(outcome, attempt, send.idempotent, policy, clock())
            if delay is None:
                if raw and outcome.status_code < 400:
                    return outcome.content
                return read_answer(outcome, clock(), job_state=job_state)
        yield Sleep(delay)
        waited_s += delay
        attempt += 1


def unreachable(base_url: str, error: Exception, attempts: int, waited_s: float) -> Exception:
    """ServerUnreachableError saying what failed, how often, and what to check."""
    reason = type(error).__name__
    detail = str(error).strip()
    if detail:
        reason = f"{reason}: {detail[:200]}"
    return ServerUnreachableError(
        f"No answer from {base_url} ({reason}) after {attempts} attempt(s) over "
        f"{waited_s:.1f} s. Is the server running, and is the URL right?"
    )


def poll_plan(
    fetch: Send,
    policy: RetryPolicy,
    base_url: str,
    *,
    deadline: float | None,
    timeout_s: float | None,
    poll: PollPolicy,
    on_update: Callable[[Job], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Plan[Job]:
    """Fetch until the job succeeds (returned), fails (JobFailedError) or ``deadline`` (on
    ``clock``) passes (WaitTimeoutError, which names ``timeout_s``, the whole wait's length)."""
    polls = 0
    while True:
        job = Job.from_body((yield from request_plan(fetch, policy, base_url, job_state=True)))
        polls += 1
        if on_update is not None:
            on_update(job)
        if job.succeeded:
            return job
        if job.failed:
            raise JobFailedError(job)
        delay = poll.next_delay(polls, job.eta_s)
        if deadline is not None:
            remaining = deadline - clock()
            if remaining <= 0:
                raise WaitTimeoutError(job, timeout_s or 0.0)
            delay = min(delay, remaining)
        yield Sleep(delay)


def file_name_of(url: str, fallback: str) -> str:
    """A safe local file name from the last part of a URL's path."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    safe = "".join(ch for ch in name if ch.isalnum() or ch in "._-").lstrip(".")
    return safe or fallback


def download_plan(
    job: Job, directory: Path, policy: RetryPolicy, base_url: str
) -> Plan[list[Path]]:
    """Save every file of a succeeded job into ``directory``; the model comes first."""
    if not job.succeeded:
        raise ValueError(f"job {job.id} has no files yet (status {job.status}); wait for it first")
    directory.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, url in enumerate(job.files):
        target = directory / file_name_of(url, f"{job.id}-{index}")
        yield from request_plan(Send("GET", url, save_to=target), policy, base_url)
        saved.append(target)
    return saved
