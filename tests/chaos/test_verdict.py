"""The chaos checker catches what it must, on hand-made histories (no server; part of make test)."""

from __future__ import annotations

from typing import Any

import pytest

from chaos.load import Exchange, Load
from chaos.verdict import FinalState, Window, check, percentile
from fault.history import DbJob, Observation, Submit

PREFIX = "0b0e5a4c-0000-4000-8000-000000000001"
TRACK = "chaos-000000000001"


def accepted_submit(track_id: str = TRACK, job_id: int = 1) -> Submit:
    body = {
        "status": "processing",
        "id": job_id,
        "output": [],
        "future_links": [f"http://h/out/{PREFIX}.glb"],
        "meta": {"seed": 7, "file_prefix": PREFIX},
    }
    return Submit(track_id, "a chair", "glb", 64, False, 0.0, "accepted", 200, body)


def answer(at: float, status: str, **extra: Any) -> Observation:
    body: dict[str, Any] = {"status": status, "id": 1, "meta": {"seed": 7, "file_prefix": PREFIX}}
    if status == "success":
        body |= {"output": [f"http://h/out/{PREFIX}.glb"], "extra_assets": []}
    return Observation(1, at, 200, body | extra)


def good_state(**changes: Any) -> FinalState:
    job = DbJob(1, "succeeded", 1, None, PREFIX, "glb", (f"{PREFIX}.glb",), TRACK)
    values: dict[str, Any] = {"db_jobs": {1: job}, "stored": frozenset({f"{PREFIX}.glb"})}
    return FinalState(**(values | changes))


def load_with(*observations: Observation, exchanges: tuple[Exchange, ...] = ()) -> Load:
    load = Load()
    load.history.add_submit(accepted_submit())
    for observation in observations:
        load.history.add_observation(observation)
    for exchange in exchanges:
        load.record(exchange)
    return load


def test_a_clean_run_passes_and_counts() -> None:
    verdict = check(
        load_with(answer(1, "processing"), answer(3, "success")), good_state(), Window()
    )
    assert verdict.violations == []
    assert verdict.stats["succeeded"] == 1 and verdict.stats["lost"] == 0
    assert verdict.stats["max_stuck_s"] == 3.0


def test_a_job_that_never_ends_is_lost() -> None:
    stuck = DbJob(1, "queued", 0, None, PREFIX, "glb", (), TRACK)
    verdict = check(
        load_with(answer(1, "processing")),
        good_state(db_jobs={1: stuck}, stored=frozenset()),
        Window(),
    )
    assert verdict.stats["lost"] == 2  # the client never saw it end, and the table holds it
    assert any("never finished" in v for v in verdict.violations)
    assert any("stuck queued" in v for v in verdict.violations)


@pytest.mark.parametrize(
    ("exchange", "expected"),
    [
        (Exchange(1.0, 0, "fetch", 500, 0.1, None, '{"message": "x"}'), "HTTP 500"),
        (Exchange(1.0, 0, "submit", 503, 0.1, None, '{"message": "x"}'), "without Retry-After"),
        (Exchange(1.0, 1, "download", 0, 40.0, None, "ReadTimeout"), "no answer after 40.0s"),
        (Exchange(1.0, 0, "submit", 507, 0.1, None, "<html>"), "without a message"),
    ],
)
def test_answers_outside_the_documented_refusals_are_violations(
    exchange: Exchange, expected: str
) -> None:
    load = load_with(answer(1, "success"), exchanges=(exchange,))
    verdict = check(load, good_state(), Window())
    assert any(expected in v for v in verdict.violations), verdict.violations


def test_a_documented_503_is_not_a_violation() -> None:
    refusal = Exchange(1.0, 0, "submit", 503, 0.1, "5", '{"status":"error","message":"x"}')
    verdict = check(load_with(answer(1, "success"), exchanges=(refusal,)), good_state(), Window())
    assert verdict.violations == [] and verdict.stats["undocumented_5xx"] == 0


def test_half_published_and_duplicated_jobs_are_caught() -> None:
    load = load_with(answer(1, "success"))
    stray = check(load, good_state(stored=frozenset({f"{PREFIX}.glb", "other.mtl"})), Window())
    assert any("belongs to no job" in v for v in stray.violations)
    twin = DbJob(2, "succeeded", 1, None, "p2", "glb", (), TRACK)
    doubled = good_state(db_jobs={**good_state().db_jobs, 2: twin})
    verdict = check(load, doubled, Window())
    assert verdict.stats["duplicated_outputs"] == 1
    assert any("2 jobs for one submit" in v for v in verdict.violations)


def test_a_failure_needs_a_message() -> None:
    failed = DbJob(1, "failed", 1, "", PREFIX, "glb", (), TRACK)
    verdict = check(
        load_with(answer(1, "failed", message="")),
        good_state(db_jobs={1: failed}, stored=frozenset()),
        Window(),
    )
    assert any("without a message" in v for v in verdict.violations)


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.99) == 99.0 and percentile(values, 0.5) == 50.0
    assert percentile([], 0.99) == 0.0
