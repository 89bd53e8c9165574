"""The job queue contract, run against the embedded queue and Celery on Redis and RabbitMQ.

Each case submits through the public API of an in-process server; with Celery, jobs run in a
real ``meshforge worker`` process consuming a private Redis database.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.engines.registry import engine_paths
from meshforge.jobs.model import JobKind, JobStatus
from meshforge.jobs.ports import NewJob
from meshforge.settings import Settings
from meshforge.wiring import build_runtime
from support.services import rabbitmq_queues, redis_db
from support.serving import add_key, make_settings, meshforge_command, wait_for

TEXT = "/api/v6/3d/text_to_3d"


class Deployment:
    """An API server and, for Celery, a worker process, sharing one data directory."""

    def __init__(self, client: TestClient, settings: Settings) -> None:
        self.client, self.settings = client, settings
        self.key = add_key(client)

    @property
    def store(self) -> Any:
        return self.client.app.state.runtime.store  # type: ignore[attr-defined]

    @property
    def queue(self) -> Any:
        return self.client.app.state.runtime.queue  # type: ignore[attr-defined]

    def submit(self, prompt: str = "a chair", **fields: Any) -> int:
        body = self.client.post(TEXT, json={"key": self.key, "prompt": prompt, **fields}).json()
        assert body["status"] == "processing", body
        return int(body["id"])


def _start_worker(settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    env = {
        "PATH": "/usr/bin:/bin",
        "MESHFORGE_QUEUE_URL": settings.queue_url,
        "MESHFORGE_LEASE_S": str(settings.lease_s),
    }
    with log.open("ab") as out:
        return subprocess.Popen(
            meshforge_command("worker", "--concurrency", "1", "--data-dir", str(settings.data_dir)),
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


@pytest.fixture(params=["local", "celery-redis", "celery-rabbitmq"])
def deployment(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Deployment]:
    overrides: dict[str, Any] = {"lease_s": 4.0}
    if request.param == "celery-redis":
        overrides["queue_url"] = redis_db(12)
    elif request.param == "celery-rabbitmq":
        overrides["queue_url"] = rabbitmq_queues([f"meshforge.{e}" for e in engine_paths()])
    settings = make_settings(tmp_path, **overrides)
    with TestClient(create_app(build_runtime(settings))) as client:
        worker = _start_worker(settings, tmp_path / "worker.log") if settings.uses_celery else None
        try:
            yield Deployment(client, settings)
        finally:
            if worker is not None:
                worker.terminate()
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()
                    worker.wait(timeout=10)


def test_a_submitted_job_runs_to_success(deployment: Deployment) -> None:
    job_id = deployment.submit(output_format="stl")
    body = wait_for(deployment.client, job_id, deployment.key, timeout_s=90)
    assert body["status"] == "success", body
    assert body["output"][0].endswith(".stl")
    job = deployment.store.get_job(job_id)
    assert job.attempts == 1 and job.engine == "text"


def test_a_job_canceled_while_queued_never_runs(deployment: Deployment) -> None:
    # hold the only worker with a slow job, so the next one is still queued when canceled
    busy = deployment.submit("a castle", resolution=512, render=True)
    waiting = deployment.submit("a mug")
    canceled = deployment.client.post(
        f"/api/v6/3d/cancel/{waiting}", json={"key": deployment.key}
    ).json()
    assert canceled["status"] == "failed" and "canceled" in canceled["message"]
    assert wait_for(deployment.client, busy, deployment.key, timeout_s=120)["status"] == "success"
    job = deployment.store.get_job(waiting)
    assert job.status is JobStatus.CANCELED and job.attempts == 0 and job.files == []


def test_a_second_delivery_of_a_finished_job_changes_nothing(deployment: Deployment) -> None:
    job_id = deployment.submit()
    assert wait_for(deployment.client, job_id, deployment.key, timeout_s=90)["status"] == "success"
    before = deployment.store.get_job(job_id)
    deployment.queue.enqueue(before)  # what a broker redelivery or a re-dispatch amounts to
    probe = deployment.submit("a vase")  # runs after the duplicate on the single worker
    assert wait_for(deployment.client, probe, deployment.key, timeout_s=90)["status"] == "success"
    after = deployment.store.get_job(job_id)
    assert (after.attempts, after.files, after.finished_at) == (
        before.attempts,
        before.files,
        before.finished_at,
    )


def test_a_job_whose_worker_died_is_taken_again(deployment: Deployment) -> None:
    """A claimed job whose lease runs out (its worker was killed) is requeued and finished."""
    job_id = deployment.submit()
    wait_for(deployment.client, job_id, deployment.key, timeout_s=90)
    # pretend a worker claimed the next job and died at once: a claim with an expired lease
    lost = deployment.store.add_job(
        NewJob(
            owner_id=deployment.store.get_job(job_id).owner_id,
            kind=JobKind.TEXT_TO_3D,
            file_prefix="0b5e7d3a-1111-4c3e-9d1b-5a0c2e4f6a7b",
            output_format="glb",
            params={"prompt": "a lamp", "model_id": "text", "seed": 7, "resolution": 256},
            engine="text",
        )
    )
    assert deployment.store.claim(lost.id, lease_s=-1) is not None
    deadline = time.monotonic() + 60
    while (job := deployment.store.get_job(lost.id)).status is not JobStatus.SUCCEEDED:
        assert time.monotonic() < deadline, f"not retaken: {job}"
        time.sleep(0.2)
    assert job.attempts == 2


def test_the_queue_answers_readiness(deployment: Deployment) -> None:
    deployment.queue.ping()
    deadline = time.monotonic() + 60
    # the live workers' capacity, from their heartbeats (a worker process needs a moment)
    while (ready := deployment.client.get("/readyz").json())["slots"] < 1:
        assert time.monotonic() < deadline, ready
        time.sleep(0.2)
    assert ready["status"] == "ok"


def test_an_unreachable_broker_fails_readiness_by_name(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, queue_url="redis://127.0.0.1:1/0")
    with TestClient(create_app(build_runtime(settings))) as client:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert "broker" in response.json()["message"]
        # jobs are still accepted: the sweeper dispatches them once the broker is back
        key = add_key(client)
        body = client.post(TEXT, json={"key": key, "prompt": "a chair"}).json()
        assert body["status"] == "processing"
