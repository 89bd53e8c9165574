"""make chaos: PostgreSQL, Redis and S3 fail under a steady load, and no job is lost (issue 17).

One scaled-out deployment (2 APIs, 2 Celery workers; PostgreSQL, Redis and S3 each behind a
FaultProxy) runs every scenario in turn, without restarting any MeshForge process: each
scenario starts its own load (submits and polls through both APIs), injects its fault for a
bounded time, heals it, lets the load run on, drains, and hands what the client saw and the
final state to ``chaos.verdict.check``. Readiness is probed during the fault (it must name the
broken backend) and after it (it must recover). The table printed at the end of the run is
the one bench/RESULTS.md keeps.

Set ``MESHFORGE_CHAOS_SEED`` to vary the load.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import redis

from chaos.load import Load, LoadClient
from chaos.stack import REDIS_DB, ChaosStack, chaos_stack, wait_until
from chaos.verdict import ROWS, FinalState, Window, check, summary_row
from fault.history import Verdict
from support.services import REDIS_URL

SEED = int(os.environ.get("MESHFORGE_CHAOS_SEED", "20261205"))
#: the load runs this long before the fault (the engines warm, jobs are in every state)
WARM_S = 8.0
#: and this long after healing, so jobs submitted after the fault are judged too
RECOVER_S = 12.0
#: bound on the wait for the last jobs: a lease (6 s) plus the re-dispatch delay plus a run
DRAIN_S = 150.0
READY_AGAIN_S = 30.0
#: database connections 2 APIs and 2 workers may keep open at rest (MESHFORGE_DATABASE_POOL_SIZE)
POOLED = 4 * 5

pytestmark = [pytest.mark.chaos]


@dataclass(frozen=True)
class Scenario:
    """A fault: how to inject it, for how long, and what readiness must name meanwhile."""

    name: str
    fault_s: float
    inject: Callable[[ChaosStack], None]
    heal: Callable[[ChaosStack], None]
    #: the /readyz check that must fail while the fault is on ("": readiness may stay ok)
    unready: str


def _flush_and_restart_redis(stack: ChaosStack) -> None:
    """A Redis restart without persistence: every message gone, every connection reset."""
    stack.proxies["redis"].cut()
    client = redis.Redis.from_url(f"{REDIS_URL}/{REDIS_DB}", socket_connect_timeout=2)
    try:
        client.flushdb()
    finally:
        client.close()


SCENARIOS = {
    "postgres-cut-30s": Scenario(
        "postgres-cut-30s",
        30.0,
        lambda s: s.proxies["postgres"].cut(),
        lambda s: s.proxies["postgres"].heal(),
        "database",
    ),
    "redis-restart-flushed": Scenario(
        "redis-restart-flushed",
        10.0,
        _flush_and_restart_redis,
        lambda s: s.proxies["redis"].heal(),
        "broker",
    ),
    "s3-unreachable-60s": Scenario(
        "s3-unreachable-60s",
        60.0,
        lambda s: s.proxies["s3"].blackhole(),
        lambda s: s.proxies["s3"].heal(),
        "storage",
    ),
    "postgres-slow-200ms": Scenario(
        "postgres-slow-200ms",
        30.0,
        lambda s: s.proxies["postgres"].slow(0.2),
        lambda s: s.proxies["postgres"].heal(),
        "",
    ),
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChaosStack]:
    """One deployment for every scenario: none of its processes is restarted between them."""
    tmp_path = tmp_path_factory.mktemp("chaos")
    with chaos_stack(
        tmp_path,
        MESHFORGE_LEASE_S="6",
        # a broker that forgot its messages: queued jobs are dispatched again after this long
        MESHFORGE_REDISPATCH_AFTER_S="20",
    ) as started:
        yield started


def run_scenario(stack: ChaosStack, scenario: Scenario, seed: int) -> tuple[Verdict, str]:
    """Load, fault, heal, drain; the verdict and its report."""
    load = Load()
    budget = WARM_S + scenario.fault_s + RECOVER_S + DRAIN_S + 30
    client = LoadClient(stack.bases, stack.key, load, seed, budget)
    client.start()
    window = Window()
    extra: list[str] = []
    pids = [p.process.pid for p in [*stack.servers, *stack.workers]]
    try:
        wait_until(lambda: load.history.last_success_at > 0, 60)
        time.sleep(WARM_S)
        window.start = load.history.now()
        scenario.inject(stack)
        unready_seen: set[str] = set()
        end = time.monotonic() + scenario.fault_s
        while time.monotonic() < end:
            for status, body in stack.readiness():
                if status == 503 and scenario.unready and scenario.unready in body:
                    unready_seen.add(scenario.unready)
                elif status not in (200, 503):
                    extra.append(f"/readyz answered {status} during the fault: {body}")
            time.sleep(max(0.0, min(3.0, end - time.monotonic())))
        scenario.heal(stack)
        window.end = load.history.now()
        if scenario.unready and not unready_seen:
            extra.append(f"/readyz never reported {scenario.unready!r} during the fault")
        ready = wait_until(lambda: all(s == 200 for s, _ in stack.readiness()), READY_AGAIN_S)
        if not ready:
            extra.append(f"/readyz still failing {READY_AGAIN_S:.0f} s after healing")
        time.sleep(RECOVER_S)
        client.submitting.clear()
        wait_until(lambda: not client.pending(), DRAIN_S, interval_s=0.5)
        # jobs whose submit answer was lost may still run: wait for the table too
        tracks = {s.track_id for s in load.history.submits}
        wait_until(
            lambda: all(
                j.status in ("succeeded", "failed") for j in stack.db_jobs(tracks).values()
            ),
            30,
            interval_s=0.5,
        )
    finally:
        client.finished.set()
        client.join(timeout=60)
    if client.error is not None:
        raise client.error
    # the pools hold no connection a request never gave back: at rest each process keeps at
    # most its pool (overflow connections close when returned)
    settle = time.monotonic() + 10
    while stack.proxies["postgres"].open_connections > POOLED and time.monotonic() < settle:
        time.sleep(0.5)
    pooled = stack.proxies["postgres"].open_connections
    if pooled > POOLED:
        extra.append(f"{pooled} database connections open at rest (pools hold {POOLED})")
    # "everything resumes without a restart": the same processes, all still running
    processes = [*stack.servers, *stack.workers]
    gone = [p.process.pid for p in processes if p.process.poll() is not None]
    if gone or [p.process.pid for p in processes] != pids:
        extra.append(f"MeshForge processes exited during the scenario: {gone}")
    scenario_jobs = stack.db_jobs({s.track_id for s in load.history.submits})
    state = FinalState(scenario_jobs, stack.stored_for(scenario_jobs), stack.staging_leftovers())
    verdict = check(load, state, window)
    verdict.violations.extend(extra)
    verdict.stats["db_connections_at_rest"] = pooled
    lines = [f"{scenario.name} (seed {seed}); logs: {stack.logs()}"]
    lines += [f"  {name}: {value}" for name, value in verdict.stats.items()]
    if verdict.violations:
        lines.append(f"{len(verdict.violations)} violation(s):")
        lines += [f"  - {v}" for v in verdict.violations[:40]]
    return verdict, "\n".join(lines)


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_no_job_is_lost_when_a_backend_fails(stack: ChaosStack, name: str) -> None:
    verdict, report = run_scenario(stack, SCENARIOS[name], SEED + len(ROWS))
    ROWS.append(summary_row(name, verdict.stats, len(verdict.violations)))
    print(report)
    assert verdict.stats["accepted"] >= 10, f"too little work to judge\n{report}"
    assert not verdict.violations, report
