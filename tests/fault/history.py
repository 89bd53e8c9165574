"""A Jepsen-style history of what a client saw while the server was being killed, and its checker.

The fault run records every operation as the client observed it (each submit, each fetch answer,
each kill with the jobs that were running at that instant); afterwards ``check`` compares that
history with the server's final state (its job table, the files on disk, its processes) and
returns every invariant that does not hold. The checker does no I/O, so it can be tested on
hand-made histories.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

#: the one failure a kill may legitimately cause (recover_interrupted's wording)
INTERRUPTED = re.compile(r"^The job was interrupted (\d+) times\b")
#: fetch statuses in the order a job may pass through them
RANK = {"processing": 0, "success": 1, "failed": 1}
TERMINAL = frozenset({"success", "failed"})
#: job table states that are finished
DB_TERMINAL = frozenset({"succeeded", "failed", "canceled"})


@dataclass(frozen=True)
class Submit:
    """One text_to_3d request and what became of it."""

    track_id: str
    prompt: str
    output_format: str
    resolution: int
    render: bool
    sent_at: float
    #: "accepted" (200), "rejected" (an HTTP error answer), "lost" (sent, but no answer came),
    #: or "unsent" (connection refused: the server was down)
    outcome: str
    http_status: int | None = None
    body: dict[str, Any] | None = None

    @property
    def job_id(self) -> int | None:
        """The id the server answered with, when it did."""
        return int(self.body["id"]) if self.outcome == "accepted" and self.body else None


@dataclass(frozen=True)
class Observation:
    """One fetch answer for an accepted job, as the client saw it."""

    job_id: int
    at: float
    http_status: int
    body: dict[str, Any]

    @property
    def status(self) -> str:
        """The body's ``status`` (or ``http-<code>`` for an error answer)."""
        if self.http_status != 200:
            return f"http-{self.http_status}"
        return str(self.body.get("status"))


@dataclass(frozen=True)
class Kill:
    """One SIGKILL: when, and which jobs the job table showed running at that instant."""

    index: int
    at: float
    delay_s: float
    interrupted: tuple[int, ...]
    #: the server's descendants (engine processes, resource tracker) left to die on their own
    orphans: tuple[int, ...]
    #: how long the restart after this kill took, until /healthz answered
    restart_s: float = 0.0
    #: when /healthz answered again (run time, seconds)
    restarted_at: float = 0.0
    #: what the delay was counted from: "healthz" (restart) or "warm" (first success seen)
    anchor: str = "healthz"
    #: engine processes of earlier kills still running at this kill (they compete for the cores)
    earlier_orphans_alive: int = 0


@dataclass(frozen=True)
class DbJob:
    """A row of the job table after the run."""

    id: int
    status: str
    attempts: int
    message: str | None
    file_prefix: str
    output_format: str
    files: tuple[str, ...]
    track_id: Any


@dataclass(frozen=True)
class Download:
    """What downloading a success's files gave."""

    main_status: int
    faces: int
    #: HTTP status of every ``extra_assets`` URL
    companions: dict[str, int] = field(default_factory=dict)
    error: str = ""


@dataclass
class History:
    """Thread-safe log of client operations; times are seconds since the run started."""

    started: float = field(default_factory=time.monotonic)
    submits: list[Submit] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    kills: list[Kill] = field(default_factory=list)
    #: when the client last saw a job succeed (-1: never)
    last_success_at: float = -1.0
    _latest: dict[int, str] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def now(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self.started

    def add_submit(self, submit: Submit) -> None:
        """Record a submit."""
        with self._lock:
            self.submits.append(submit)
            if submit.job_id is not None:
                self._latest[submit.job_id] = "processing"

    def add_observation(self, observation: Observation) -> None:
        """Record a fetch answer."""
        with self._lock:
            self.observations.append(observation)
            self._latest[observation.job_id] = observation.status
            if observation.status == "success":
                self.last_success_at = max(self.last_success_at, observation.at)

    def add_kill(self, kill: Kill) -> None:
        """Record a kill."""
        with self._lock:
            self.kills.append(kill)

    def to_json(self) -> str:
        """The whole history, for a post-mortem."""
        with self._lock:
            parts = {
                "submits": self.submits,
                "observations": self.observations,
                "kills": self.kills,
            }
            return json.dumps({k: [asdict(v) for v in vs] for k, vs in parts.items()}, default=str)

    def accepted(self) -> list[Submit]:
        """Submits answered 200, in the order they were sent."""
        with self._lock:
            return [s for s in self.submits if s.outcome == "accepted"]

    def last_status(self) -> dict[int, str]:
        """The latest status seen for each accepted job (``processing`` until first fetched)."""
        with self._lock:
            return dict(self._latest)


@dataclass(frozen=True)
class ServerState:
    """The server as found after the last job ended."""

    db_jobs: dict[int, DbJob]
    out_files: tuple[str, ...]
    staging: tuple[str, ...]
    downloads: dict[int, Download]
    #: orphans of the killed servers still running after the grace period
    surviving_orphans: tuple[int, ...] = ()


@dataclass
class Verdict:
    """Every invariant that failed, and counts for the report."""

    violations: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def fail(self, message: str) -> None:
        """Record one violation."""
        self.violations.append(message)


def _name(url: str) -> str:
    return PurePosixPath(urlsplit(url).path).name


def _check_accepted_answer(submit: Submit, verdict: Verdict) -> None:
    body = submit.body or {}
    meta = body.get("meta") or {}
    prefix = meta.get("file_prefix")
    if body.get("status") != "processing" or body.get("output") != []:
        verdict.fail(f"job {submit.job_id}: submit answer is not a processing body: {body}")
    if not isinstance(meta.get("seed"), int) or meta["seed"] == 0:
        verdict.fail(f"job {submit.job_id}: submit answer has no effective seed: {meta}")
    if not isinstance(prefix, str) or not prefix:
        verdict.fail(f"job {submit.job_id}: submit answer has no file_prefix: {meta}")
    links = [_name(u) for u in body.get("future_links") or []]
    if links != [f"{prefix}.{submit.output_format}"]:
        expected = f"{prefix}.{submit.output_format}"
        verdict.fail(f"job {submit.job_id}: future_links {links} != [{expected}]")


def _check_observations(
    submit: Submit, seen: list[Observation], verdict: Verdict
) -> Observation | None:
    """Per-job order: never backwards, never a changed seed or result; returns the last answer."""
    job_id = submit.job_id
    meta = (submit.body or {}).get("meta") or {}
    previous: Observation | None = None
    for observation in seen:
        if observation.http_status != 200:
            verdict.fail(
                f"job {job_id}: fetch answered HTTP {observation.http_status} at "
                f"t={observation.at:.2f}s: {observation.body}"
            )
            continue
        body = observation.body
        status = observation.status
        if status not in RANK:
            verdict.fail(f"job {job_id}: unexpected fetch status {status!r}: {body}")
            continue
        got = body.get("meta") or {}
        if got.get("seed") != meta.get("seed"):
            verdict.fail(
                f"job {job_id}: meta.seed changed from {meta.get('seed')} to {got.get('seed')} "
                f"at t={observation.at:.2f}s"
            )
        if got.get("file_prefix") != meta.get("file_prefix"):
            verdict.fail(f"job {job_id}: meta.file_prefix changed at t={observation.at:.2f}s")
        if previous is not None:
            before = previous.status
            if RANK[status] < RANK[before]:
                verdict.fail(
                    f"job {job_id}: status went back from {before} (t={previous.at:.2f}s) "
                    f"to {status} (t={observation.at:.2f}s)"
                )
            elif before in TERMINAL and status != before:
                verdict.fail(f"job {job_id}: terminal status changed from {before} to {status}")
            elif before == "success" and (
                body.get("output") != previous.body.get("output")
                or body.get("extra_assets") != previous.body.get("extra_assets")
            ):
                verdict.fail(f"job {job_id}: a success's files changed between fetches")
        previous = observation
    return previous


def _check_success(
    submit: Submit, final: dict[str, Any], download: Download | None, verdict: Verdict
) -> None:
    job_id = submit.job_id
    prefix = ((submit.body or {}).get("meta") or {}).get("file_prefix")
    outputs = final.get("output") or []
    expected = f"{prefix}.{submit.output_format}"
    if len(outputs) != 1 or _name(outputs[0]) != expected:
        verdict.fail(f"job {job_id}: output {outputs} is not [{expected}]")
    if "future_links" in final:
        verdict.fail(f"job {job_id}: a success body carries future_links")
    companions = [_name(url) for url in final.get("extra_assets") or []]
    for name in companions:
        if not name.startswith(str(prefix)) or name == expected:
            verdict.fail(f"job {job_id}: companion {name} is not named after {prefix}")
    if submit.output_format == "obj" and not any(n.endswith(".mtl") for n in companions):
        verdict.fail(f"job {job_id}: an OBJ without its .mtl: {companions}")
    preview_failed = "preview_error" in (final.get("meta") or {})
    if submit.render and not preview_failed and not any(n.endswith(".mp4") for n in companions):
        verdict.fail(f"job {job_id}: render=true but no turntable video: {companions}")
    if download is None:
        verdict.fail(f"job {job_id}: its output was not downloaded")
        return
    if download.main_status != 200 or download.faces <= 0:
        verdict.fail(
            f"job {job_id}: output download gave HTTP {download.main_status}, "
            f"{download.faces} faces {download.error}".rstrip()
        )
    for url, code in download.companions.items():
        if code != 200:
            verdict.fail(f"job {job_id}: companion {url} answered HTTP {code}")


def _check_jobs(history: History, state: ServerState, verdict: Verdict) -> dict[int, str]:
    """The per-job part of the checker; returns each accepted job's final status."""
    accepted = history.accepted()
    ids = [s.job_id for s in accepted]
    for job_id, count in Counter(ids).items():
        if count > 1:
            verdict.fail(f"job id {job_id} was answered to {count} different submits")
    by_job: dict[int, list[Observation]] = {}
    for observation in sorted(history.observations, key=lambda o: o.at):
        by_job.setdefault(observation.job_id, []).append(observation)
    finals: dict[int, str] = {}
    for submit in accepted:
        job_id = submit.job_id
        assert job_id is not None
        _check_accepted_answer(submit, verdict)
        last = _check_observations(submit, by_job.get(job_id, []), verdict)
        final = last.status if last is not None else "never fetched"
        finals[job_id] = final
        if final == "success" and last is not None:
            _check_success(submit, last.body, state.downloads.get(job_id), verdict)
        elif final == "failed" and last is not None:
            message = str(last.body.get("message", ""))
            if not INTERRUPTED.match(message):
                verdict.fail(f"job {job_id} failed for another reason than kills: {message!r}")
        else:
            verdict.fail(f"job {job_id} (accepted) never finished: last seen {final!r}")
        if job_id not in state.db_jobs:
            verdict.fail(f"job {job_id} (accepted) is missing from the job table")
    return finals


def _check_origins(history: History, state: ServerState, verdict: Verdict) -> None:
    """Every row of the job table comes from exactly one submit that may have created it."""
    submits = {s.track_id: s for s in history.submits}
    for submit in history.submits:
        if submit.outcome == "rejected" and submit.http_status not in (429, 503):
            verdict.fail(f"submit {submit.track_id} refused: {submit.http_status} {submit.body}")
    rows_per_track = Counter(str(job.track_id) for job in state.db_jobs.values())
    for track_id, count in rows_per_track.items():
        if count > 1:
            verdict.fail(f"track_id {track_id}: {count} jobs for one submit")
    for job in state.db_jobs.values():
        submit = submits.get(str(job.track_id))
        if submit is None:
            verdict.fail(f"job {job.id} (track_id {job.track_id!r}) matches no submit")
        elif submit.outcome == "rejected":
            verdict.fail(f"job {job.id} exists although its submit got HTTP {submit.http_status}")
        elif submit.outcome == "unsent":
            verdict.fail(f"job {job.id} exists although its submit never connected")
        elif submit.outcome == "accepted" and submit.job_id != job.id:
            verdict.fail(f"job {job.id}: its submit was answered with id {submit.job_id}")


def _check_attempts(
    history: History, state: ServerState, max_attempts: int, verdict: Verdict
) -> None:
    """Every row is finished, and its attempts match the kills that found it running."""
    hits = Counter(job_id for kill in history.kills for job_id in kill.interrupted)
    for job in state.db_jobs.values():
        if job.status not in DB_TERMINAL:
            verdict.fail(f"job {job.id} is stuck {job.status} in the job table")
        elif job.status == "succeeded" and job.attempts != hits[job.id] + 1:
            verdict.fail(
                f"job {job.id}: {job.attempts} attempts recorded, but {hits[job.id]} kills hit it"
            )
        elif job.status == "failed" and (
            INTERRUPTED.match(job.message or "") is None
            or not job.attempts == hits[job.id] == max_attempts
        ):
            verdict.fail(
                f"job {job.id} failed with {job.attempts} attempts after {hits[job.id]} "
                f"kills (max {max_attempts}): {job.message!r}"
            )
        elif job.status == "canceled":
            verdict.fail(f"job {job.id} was canceled, and nobody canceled it")


def _check_files(state: ServerState, verdict: Verdict) -> None:
    if state.staging:
        verdict.fail(f"staging is not empty: {sorted(state.staging)}")
    owners = {name: job for job in state.db_jobs.values() for name in job.files}
    on_disk = set(state.out_files)
    for name in sorted(on_disk):
        job = owners.get(name)
        if name.startswith(".") or job is None:
            verdict.fail(f"stray file in out/: {name}")
        elif job.status != "succeeded":
            verdict.fail(f"out/{name} belongs to job {job.id}, which is {job.status}")
    for job in state.db_jobs.values():
        if job.status == "succeeded":
            missing = [n for n in job.files if n not in on_disk]
            if missing or not job.files:
                verdict.fail(f"job {job.id} succeeded but its files are missing: {missing}")
    if state.surviving_orphans:
        verdict.fail(f"engine processes of killed servers still run: {state.surviving_orphans}")


def _warm_up_times(history: History) -> list[float | None]:
    """Per restart: seconds until the client saw a job succeed (None: killed before one did)."""
    successes = sorted(o.at for o in history.observations if o.status == "success")
    times: list[float | None] = []
    for index, kill in enumerate(history.kills):
        following = history.kills[index + 1 : index + 2]
        until = following[0].at if following else float("inf")
        first = next((t for t in successes if kill.restarted_at < t < until), None)
        times.append(None if first is None else round(first - kill.restarted_at, 1))
    return times


def check(history: History, state: ServerState, max_attempts: int) -> Verdict:
    """Check the history against the final state; every violation is listed, not just the first."""
    verdict = Verdict()
    finals = _check_jobs(history, state, verdict)
    _check_origins(history, state, verdict)
    _check_attempts(history, state, max_attempts, verdict)
    _check_files(state, verdict)
    hits = Counter(job_id for kill in history.kills for job_id in kill.interrupted)
    outcomes = Counter(s.outcome for s in history.submits)
    lost = {s.track_id for s in history.submits if s.outcome == "lost"}
    tracks = {str(j.track_id) for j in state.db_jobs.values()}
    kinds = {s.job_id: "render" if s.render else "fast" for s in history.accepted()}
    verdict.stats = {
        "kills": len(history.kills),
        "kills_by_anchor": dict(Counter(k.anchor for k in history.kills)),
        "kills_that_interrupted_a_job": sum(1 for k in history.kills if k.interrupted),
        "interrupted_runs_by_job_kind": dict(
            Counter(kinds.get(j, "unknown") for j in hits.elements())
        ),
        "restart_s_mean_max": (
            round(sum(k.restart_s for k in history.kills) / max(1, len(history.kills)), 2),
            round(max((k.restart_s for k in history.kills), default=0.0), 2),
        ),
        "submits": len(history.submits),
        "accepted": outcomes["accepted"],
        "lost_answers": outcomes["lost"],
        "refused_while_down": outcomes["unsent"],
        "rejected": dict(
            Counter(s.http_status for s in history.submits if s.outcome == "rejected")
        ),
        "jobs_in_table": len(state.db_jobs),
        "jobs_created_by_lost_answers": len(lost & tracks),
        "fetches": len(history.observations),
        "final": dict(Counter(finals.values())),
        "failed_interrupted_max_times": sum(
            1 for j in state.db_jobs.values() if j.status == "failed"
        ),
        "jobs_by_times_interrupted": dict(sorted(Counter(hits.values()).items())),
        "orphans_left_to_die": sum(len(k.orphans) for k in history.kills),
        "orphan_engines_alive_at_a_kill_max": max(
            (k.earlier_orphans_alive for k in history.kills), default=0
        ),
        "files_in_out": len(state.out_files),
        "restart_to_first_success_s": _warm_up_times(history),
    }
    verdict.stats["failed_jobs"] = [
        f"{job.id} ({kinds.get(job.id, 'unknown')}): hit by kills "
        + ", ".join(
            f"#{k.index} {k.anchor}+{k.delay_s:.1f}s"
            for k in history.kills
            if job.id in k.interrupted
        )
        for job in state.db_jobs.values()
        if job.status == "failed"
    ]
    return verdict
