"""Two API servers and two Celery workers on loopback; kill -9 a worker mid-job.

Every one of 50 mixed jobs, submitted through both APIs, succeeds exactly once: one webhook
delivery each (a unique webhook-id per job), attempts 1, or 2 for the job the dead worker
held, and every output downloads (the glb ones parse).
"""

from __future__ import annotations

import io
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trimesh
from prometheus_client.parser import text_string_to_metric_families

from meshforge.jobs.model import JobStatus
from support.serving import (
    ScaleOutBackends,
    ServerProcess,
    WebhookReceiver,
    WorkerProcess,
    free_port,
    png_data_uri,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

PROMPTS = [
    "a chair",
    "a red car",
    "a green tree",
    "a blue mug",
    "a tall lamp",
    "a small house",
    "a wooden table",
    "a round vase",
    "a sofa",
    "a rocket",
]
FORMATS = ["glb", "obj", "stl", "ply"]
JOBS = 50
REDIS_DB = 11


@pytest.fixture
def backends(tmp_path: Path) -> Iterator[ScaleOutBackends]:
    backends = ScaleOutBackends(tmp_path, REDIS_DB)
    try:
        yield backends
    finally:
        backends.close()


def job_request(index: int, key: str, webhook: str) -> tuple[str, dict[str, object]]:
    common = {"key": key, "webhook": webhook, "track_id": index, "seed": index + 1}
    if index % 5 == 4:  # one in five: image_to_3d from a data URI
        return "image_to_3d", {
            **common,
            "init_image": png_data_uri(index * 5 % 256),
            "resolution": 128,
            "output_format": FORMATS[index % len(FORMATS)],
        }
    return "text_to_3d", {
        **common,
        "prompt": f"{PROMPTS[index % len(PROMPTS)]} number {index}",
        "resolution": 128,
        "output_format": FORMATS[index % len(FORMATS)],
    }


def metrics_env() -> dict[str, str]:
    """Settings that make a worker serve its metrics on a port of its own."""
    return {"MESHFORGE_METRICS_PORT": str(free_port())}


def succeeded_by(worker: WorkerProcess) -> float:
    """Jobs the worker's own /metrics says it finished with success."""
    scraped = httpx.get(f"http://127.0.0.1:{worker.env['MESHFORGE_METRICS_PORT']}/metrics")
    assert scraped.status_code == 200
    assert "# TYPE meshforge_jobs_finished_total counter" in scraped.text
    return sum(
        sample.value
        for family in text_string_to_metric_families(scraped.text)
        for sample in family.samples
        if sample.name == "meshforge_jobs_finished_total" and sample.labels["state"] == "succeeded"
    )


def running_jobs(backends: ScaleOutBackends) -> dict[int, int]:
    """id -> attempts of every job running now."""
    return {j.id: j.attempts for j in backends.store.jobs_with_status([JobStatus.PROCESSING])}


def kill_a_worker_mid_job(
    backends: ScaleOutBackends, workers: list[WorkerProcess], deadline: float
) -> set[int]:
    """kill -9 a worker while both are busy; return the job(s) it left behind.

    A job that finishes between the look and the kill leaves nothing behind, so the orphan is
    found afterwards, by what only an orphan does: its lease runs out (4 s), the sweeper puts
    it back in the queue and a live worker takes it again, with one attempt more. A live
    worker's job, however slow under load, keeps its attempt: it renews its lease.
    """
    while time.monotonic() < deadline:
        before = running_jobs(backends)
        if len(before) >= 2:
            victim = next(w for w in workers if w.alive())
            victim.kill()
            taken_again_by = time.monotonic() + 30
            while time.monotonic() < taken_again_by:
                time.sleep(0.2)
                orphans = {
                    i for i, attempts in before.items() if attempts_of(backends, i) > attempts
                }
                if orphans:
                    return orphans
            return set()
        time.sleep(0.05)
    raise TimeoutError("never saw two jobs running at once")


def attempts_of(backends: ScaleOutBackends, job_id: int) -> int:
    """How many times the job was claimed so far."""
    job = backends.store.get_job(job_id)
    return job.attempts if job is not None else 0


def test_fifty_jobs_survive_a_worker_killed_mid_job(
    tmp_path: Path,
    backends: ScaleOutBackends,
    processes: list[ServerProcess | WorkerProcess],
) -> None:
    started = time.monotonic()
    key = backends.add_key()
    env = backends.env
    servers = [ServerProcess(tmp_path / f"api{i}", free_port(), **env) for i in range(2)]
    workers = [WorkerProcess(tmp_path / f"w{i}", f"w{i}", **env, **metrics_env()) for i in range(2)]
    for process in [*servers, *workers]:
        processes.append(process)
        process.start()

    with WebhookReceiver() as hooks:
        accepted: dict[int, tuple[str, str]] = {}  # id -> (format, API base)
        for index in range(JOBS):
            server = servers[index % 2]
            endpoint, body = job_request(index, key, hooks.url)
            response = httpx.post(f"{server.base}/api/v6/3d/{endpoint}", json=body, timeout=30)
            assert response.status_code == 200, response.text
            created = response.json()
            assert created["status"] in ("processing", "success"), created
            accepted[created["id"]] = (str(body["output_format"]), server.base)
        assert len(accepted) == JOBS

        # crash one worker mid-job; a supervisor would start a new one, so the test does
        orphans: set[int] = set()
        kills = 0
        deadline = time.monotonic() + 60
        while not orphans and kills < 3:
            orphans = kill_a_worker_mid_job(backends, workers, deadline)
            kills += 1
            dead = next(w for w in workers if not w.alive())
            replacement = WorkerProcess(
                tmp_path / f"w{len(processes)}", f"r{kills}", **env, **metrics_env()
            )
            processes.append(replacement)
            replacement.start()
            workers[workers.index(dead)] = replacement
        assert orphans, f"{kills} kills never caught a worker mid-job"
        assert len(orphans) == 1, orphans  # concurrency 1: a dead worker held one job

        finished: dict[int, dict[str, object]] = {}
        deadline = time.monotonic() + 120
        while len(finished) < JOBS and time.monotonic() < deadline:
            for job_id, (_fmt, base) in accepted.items():
                if job_id in finished:
                    continue
                body = httpx.post(
                    f"{base}/api/v6/3d/fetch/{job_id}", json={"key": key}, timeout=10
                ).json()
                if body["status"] in ("success", "failed", "error"):
                    finished[job_id] = body
            time.sleep(0.3)
        assert len(finished) == JOBS, f"unfinished: {sorted(set(accepted) - set(finished))}"
        failed = {i: b for i, b in finished.items() if b["status"] != "success"}
        assert not failed, failed

        # one webhook per job; allow the last senders a moment
        deadline = time.monotonic() + 30
        while len(hooks.snapshot()) < JOBS and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.5)  # a duplicate would arrive now
        deliveries = hooks.snapshot()

    per_job = Counter(d["job_id"] for d in deliveries)
    assert set(per_job) == set(accepted)
    assert all(n == 1 for n in per_job.values()), {i: n for i, n in per_job.items() if n > 1}
    assert all(d["status"] == "success" for d in deliveries)
    webhook_ids = [d["webhook_id"] for d in deliveries]
    assert all(webhook_ids) and len(set(webhook_ids)) == JOBS

    # each worker process serves its own metrics: together the live ones ran jobs
    assert sum(succeeded_by(worker) for worker in workers) >= 1

    attempts = {i: backends.store.get_job(i).attempts for i in accepted}  # type: ignore[union-attr]
    assert all(n >= 1 for n in attempts.values()), attempts
    assert {i for i, n in attempts.items() if n == 2} == orphans, attempts
    assert all(n <= 2 for n in attempts.values()), attempts

    # every output downloads from either API (shared storage); the glb ones parse
    with httpx.Client(timeout=30) as client:
        for job_id, (fmt, _base) in accepted.items():
            urls = finished[job_id]["output"]
            assert isinstance(urls, list) and urls
            for url in urls:
                response = client.get(url)
                assert response.status_code == 200, url
                assert response.content, url
            if fmt == "glb":
                data = client.get(urls[0]).content
                mesh = trimesh.load(io.BytesIO(data), file_type="glb", force="mesh")
                assert len(mesh.faces) > 0
    print(f"scale-out e2e: {JOBS} jobs, {kills} kill(s), {time.monotonic() - started:.1f} s")
