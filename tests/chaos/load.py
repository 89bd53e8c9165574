"""The steady load of a chaos scenario: submits and polls through both APIs, recording everything.

Every answer is kept: submits and fetch observations in a ``fault.history.History`` (so the
kill-9 checker's per-job rules apply as they are), and every HTTP exchange as an ``Exchange``
(latency, status, whether a 503 said when to come back), which is what the 5xx and "never
hangs" rules and the p99 are read from. A request that gets no answer within the client's
timeout is recorded as status 0: the server hung past its own timeouts.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from fault.history import History, Observation, Submit

PROMPTS = ("a chair", "a red car", "a green tree", "a blue mug", "a tall lamp", "a small house")
FORMATS = ("glb", "glb", "obj", "stl", "ply")
#: one submit per interval while fewer than MAX_PENDING jobs are unfinished
SUBMIT_INTERVAL_S = 0.4
MAX_PENDING = 8
POLL_INTERVAL_S = 0.5
#: longer than any timeout of the server's own (database connect 5 s, S3 retries, pool wait):
#: a request still unanswered after this has hung
CLIENT_TIMEOUT_S = 40.0


@dataclass(frozen=True)
class Exchange:
    """One HTTP request as the client saw it."""

    at: float
    api: int
    op: str  #: submit, fetch, download
    status: int  #: 0: no answer (timeout or connection error)
    latency_s: float
    retry_after: str | None = None
    message: str = ""


@dataclass
class Load:
    """The client side of one scenario."""

    history: History = field(default_factory=History)
    exchanges: list[Exchange] = field(default_factory=list)
    #: job id -> API index that accepted it (fetch goes to the other one half of the time)
    downloads: dict[int, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, exchange: Exchange) -> None:
        """Keep one exchange."""
        with self.lock:
            self.exchanges.append(exchange)

    def snapshot(self) -> list[Exchange]:
        """Every exchange so far."""
        with self.lock:
            return list(self.exchanges)


class LoadClient(threading.Thread):
    """Submits small text_to_3d jobs and polls them until told to stop (bounded in time)."""

    def __init__(self, bases: list[str], key: str, load: Load, seed: int, budget_s: float) -> None:
        super().__init__(name="chaos-load", daemon=True)
        self.bases, self.key, self.load = bases, key, load
        self.rng = random.Random(seed)
        self.budget_s = budget_s
        self.submitting = threading.Event()
        self.submitting.set()
        self.finished = threading.Event()
        self.error: BaseException | None = None
        self._sent = 0
        self._last_submit = 0.0
        self._last_poll: dict[int, float] = {}
        self._downloaded: set[int] = set()

    def run(self) -> None:
        """The loop; stops at ``finished`` or when the budget is spent."""
        deadline = time.monotonic() + self.budget_s
        try:
            with httpx.Client(timeout=CLIENT_TIMEOUT_S) as http:
                while not self.finished.is_set() and time.monotonic() < deadline:
                    time.sleep(0.05)  # pacing, not a proof of anything
                    pending = self.pending()
                    if (
                        self.submitting.is_set()
                        and len(pending) < MAX_PENDING
                        and time.monotonic() - self._last_submit >= SUBMIT_INTERVAL_S
                    ):
                        self._submit(http)
                    self._poll(http, pending)
                    self._download_new(http)
        except BaseException as exc:  # handed to the test thread, which re-raises it
            self.error = exc

    def pending(self) -> list[int]:
        """Accepted jobs not yet seen finished."""
        return [j for j, s in self.load.history.last_status().items() if s == "processing"]

    def _request(
        self, http: httpx.Client, api: int, op: str, method: str, path: str, body: Any = None
    ) -> httpx.Response | None:
        started = time.monotonic()
        at = self.load.history.now()
        try:
            response = http.request(method, self.bases[api] + path, json=body)
        except httpx.TransportError as exc:
            self.load.record(Exchange(at, api, op, 0, time.monotonic() - started, None, repr(exc)))
            return None
        message = ""
        if response.status_code >= 400:
            message = response.text[:300]
        self.load.record(
            Exchange(
                at,
                api,
                op,
                response.status_code,
                time.monotonic() - started,
                response.headers.get("retry-after"),
                message,
            )
        )
        return response

    def _submit(self, http: httpx.Client) -> None:
        self._sent += 1
        self._last_submit = time.monotonic()
        api = self._sent % len(self.bases)
        fields: dict[str, Any] = {
            "track_id": f"chaos-{self.rng.getrandbits(48):012x}",
            "prompt": self.rng.choice(PROMPTS),
            "output_format": self.rng.choice(FORMATS),
            "resolution": 64,
            "render": False,
            "sent_at": self.load.history.now(),
        }
        request = {k: v for k, v in fields.items() if k != "sent_at"} | {"key": self.key}
        response = self._request(http, api, "submit", "POST", "/api/v6/3d/text_to_3d", request)
        if response is None:
            # the answer was lost (or never came): the job may or may not exist
            self.load.history.add_submit(Submit(**fields, outcome="lost"))
            return
        body = _json(response)
        outcome = "accepted" if response.status_code == 200 else "rejected"
        self.load.history.add_submit(
            Submit(**fields, outcome=outcome, http_status=response.status_code, body=body)
        )
        if outcome == "accepted":
            with self.load.lock:
                self.load.downloads[int(body["id"])] = api

    def _poll(self, http: httpx.Client, pending: list[int]) -> None:
        for job_id in pending:
            if time.monotonic() - self._last_poll.get(job_id, 0.0) < POLL_INTERVAL_S:
                continue
            self._last_poll[job_id] = time.monotonic()
            api = self.rng.randrange(len(self.bases))
            path = f"/api/v6/3d/fetch/{job_id}"
            response = self._request(http, api, "fetch", "POST", path, {"key": self.key})
            if response is None or response.status_code in (429, 503):
                continue  # not an observation of the job; the exchange is kept
            self.load.history.add_observation(
                Observation(job_id, self.load.history.now(), response.status_code, _json(response))
            )

    def _download_new(self, http: httpx.Client) -> None:
        """Download each success's main file once, through the API that did not accept it."""
        finished = [
            o
            for o in self.load.history.observations[-50:]
            if o.status == "success" and o.job_id not in self._downloaded
        ]
        for observation in finished:
            self._downloaded.add(observation.job_id)
            url = (observation.body.get("output") or [""])[0]
            path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/out/missing"
            api = 1 - self.load.downloads.get(observation.job_id, 0)
            self._request(http, api % len(self.bases), "download", "GET", path)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {"unparsed": response.text[:200]}
    return body if isinstance(body, dict) else {"unexpected": body}
