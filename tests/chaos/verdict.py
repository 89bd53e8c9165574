"""The chaos run's checker: what the client saw plus the final state, against the invariants.

Per job it applies the kill-9 checker's own rules (``fault.history``: the submit answer is a
proper "processing" body, fetch never goes backwards, the seed and file names never change).
On top, for infrastructure faults: every accepted job ends (success, or failed with a message
a user can read), no submit made two jobs, every file in the bucket belongs to a job that
succeeded and every such job's files are there (nothing half-published), the job table holds
no job stuck queued or running, and every answer was either a success, a client error, or one
of the documented refusals (503 with Retry-After; 507 when the disk is full) within the
client's timeout. The checker does no I/O, so it is tested on hand-made histories.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from chaos.load import Exchange, Load
from fault.history import DbJob, Observation, Verdict, _check_accepted_answer, _check_observations

#: refusals a client is told to expect during an outage (README, "When infrastructure fails")
DOCUMENTED = frozenset({503, 507})


@dataclass(frozen=True)
class FinalState:
    """The backends after the last job ended, read directly (not through the proxies)."""

    db_jobs: dict[int, DbJob]
    #: output names in the bucket (or the out/ directory)
    stored: frozenset[str]
    #: staging directories left on the workers
    staging: tuple[str, ...] = ()


@dataclass
class Window:
    """When the fault was on (run time, seconds)."""

    start: float = 0.0
    end: float = 0.0


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]


def _check_exchanges(exchanges: list[Exchange], verdict: Verdict) -> Counter[int]:
    undocumented: Counter[int] = Counter()
    for exchange in exchanges:
        where = f"{exchange.op} on API {exchange.api} at t={exchange.at:.1f}s"
        if exchange.status == 0:
            verdict.fail(
                f"{where}: no answer after {exchange.latency_s:.1f}s ({exchange.message[:120]})"
            )
        elif exchange.status in DOCUMENTED:
            if exchange.status == 503 and not exchange.retry_after:
                verdict.fail(f"{where}: 503 without Retry-After: {exchange.message[:160]}")
            if '"message"' not in exchange.message:
                verdict.fail(f"{where}: {exchange.status} without a message: {exchange.message}")
        elif exchange.status >= 500:
            undocumented[exchange.status] += 1
            verdict.fail(f"{where}: HTTP {exchange.status}: {exchange.message[:200]}")
    return undocumented


def _final_answers(load: Load, verdict: Verdict) -> dict[int, Observation | None]:
    by_job: dict[int, list[Observation]] = {}
    for observation in sorted(load.history.observations, key=lambda o: o.at):
        by_job.setdefault(observation.job_id, []).append(observation)
    finals: dict[int, Observation | None] = {}
    for submit in load.history.accepted():
        assert submit.job_id is not None
        _check_accepted_answer(submit, verdict)
        finals[submit.job_id] = _check_observations(submit, by_job.get(submit.job_id, []), verdict)
    return finals


def _check_table(load: Load, state: FinalState, verdict: Verdict) -> None:
    submits = {s.track_id: s for s in load.history.submits}
    per_track = Counter(str(job.track_id) for job in state.db_jobs.values())
    for track_id, count in per_track.items():
        if count > 1:
            verdict.fail(f"track_id {track_id}: {count} jobs for one submit")
    for job in state.db_jobs.values():
        submit = submits.get(str(job.track_id))
        if submit is None:
            verdict.fail(f"job {job.id} (track_id {job.track_id!r}) matches no submit")
        elif submit.outcome == "rejected":
            verdict.fail(f"job {job.id} exists although its submit got HTTP {submit.http_status}")
        if job.status not in ("succeeded", "failed"):
            verdict.fail(f"job {job.id} is stuck {job.status} in the job table")
        elif job.status == "failed" and not (job.message or "").strip():
            verdict.fail(f"job {job.id} failed without a message")


def _check_files(state: FinalState, verdict: Verdict) -> None:
    owners = {name: job for job in state.db_jobs.values() for name in job.files}
    for name in sorted(state.stored):
        job = owners.get(name)
        if job is None:
            verdict.fail(f"stored file {name} belongs to no job (half-published?)")
        elif job.status != "succeeded":
            verdict.fail(f"stored file {name} belongs to job {job.id}, which is {job.status}")
    for job in state.db_jobs.values():
        missing = [n for n in job.files if n not in state.stored]
        if job.status == "succeeded" and (missing or not job.files):
            verdict.fail(f"job {job.id} succeeded but its files are not stored: {missing}")
    if state.staging:
        verdict.fail(f"staging is not empty: {sorted(state.staging)[:5]}")


def check(load: Load, state: FinalState, window: Window) -> Verdict:
    """Every violated invariant, and the figures of the report."""
    verdict = Verdict()
    undocumented = _check_exchanges(load.snapshot(), verdict)
    finals = _final_answers(load, verdict)
    failed_messages: Counter[str] = Counter()
    never_finished = 0
    stuck_s: list[float] = []
    sent_at = {s.job_id: s.sent_at for s in load.history.accepted()}
    for job_id, final in finals.items():
        if final is None or final.status not in ("success", "failed"):
            never_finished += 1
            last = final.status if final is not None else "never fetched"
            verdict.fail(f"job {job_id} (accepted) never finished: last seen {last!r}")
            continue
        stuck_s.append(final.at - sent_at[job_id])
        if final.status == "failed":
            message = str(final.body.get("message", "")).strip()
            if not message:
                verdict.fail(f"job {job_id} failed without a message")
            failed_messages[message[:100]] += 1
        if job_id not in state.db_jobs:
            verdict.fail(f"job {job_id} (accepted) is missing from the job table")
    _check_table(load, state, verdict)
    _check_files(state, verdict)
    exchanges = load.snapshot()
    fetch_s = [e.latency_s for e in exchanges if e.op == "fetch" and e.status == 200]
    statuses = Counter(e.status for e in exchanges)
    tracks = Counter(str(job.track_id) for job in state.db_jobs.values())
    outcomes = Counter(s.outcome for s in load.history.submits)
    verdict.stats = {
        "submitted": len(load.history.submits),
        "accepted": outcomes["accepted"],
        "refused": dict(
            Counter(s.http_status for s in load.history.submits if s.outcome == "rejected")
        ),
        "answer_lost": outcomes["lost"],
        "succeeded": sum(1 for f in finals.values() if f is not None and f.status == "success"),
        "failed_with_message": sum(failed_messages.values()),
        "failure_messages": dict(failed_messages),
        "lost": never_finished
        + sum(1 for j in state.db_jobs.values() if j.status not in ("succeeded", "failed")),
        "duplicated_outputs": sum(n - 1 for n in tracks.values() if n > 1),
        "re_runs": sum(max(0, j.attempts - 1) for j in state.db_jobs.values()),
        "max_stuck_s": round(max(stuck_s, default=0.0), 1),
        "fault_s": round(window.end - window.start, 1),
        "http_statuses": dict(sorted(statuses.items())),
        "undocumented_5xx": sum(undocumented.values()),
        "fetch_p50_ms": round(1000 * percentile(fetch_s, 0.50), 1),
        "fetch_p99_ms": round(1000 * percentile(fetch_s, 0.99), 1),
        "max_latency_s": round(max((e.latency_s for e in exchanges), default=0.0), 2),
    }
    return verdict


def summary_row(name: str, stats: dict[str, Any], violations: int) -> str:
    """One line of the table make chaos prints (and bench/RESULTS.md keeps)."""
    return (
        f"| {name} | {stats['submitted']} | {stats['succeeded']} | "
        f"{stats['failed_with_message']} | {stats['lost']} | {stats['duplicated_outputs']} | "
        f"{stats['max_stuck_s']} | {stats['undocumented_5xx']} | "
        f"{stats['http_statuses'].get(503, 0)} | {stats['fetch_p99_ms']} | "
        f"{'pass' if not violations else f'FAIL ({violations})'} |"
    )


TABLE_HEADER = (
    "| scenario | submitted | succeeded | failed (message) | lost | duplicated | "
    "max stuck s | 5xx not documented | 503s | fetch p99 ms | verdict |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)

#: every scenario's row in this session, printed by tests/chaos/conftest.py at the end
ROWS: list[str] = []
