"""run_job on the in-memory store, with local files and one real engine process for the module."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import Job, JobKind, JobStatus
from meshforge.jobs.ports import JobUpdate, NewJob
from meshforge.settings import Settings
from meshforge.storage.local import LocalStorage
from meshforge.store.memory import MemoryJobStore
from meshforge.worker.engine_process import EngineProcess
from meshforge.worker.run_job import WorkerContext, run_job

ENGINES = {
    "box": "support.box_engines:BoxEngine",
    "refusing": "support.box_engines:RefusingEngine",
    "broken": "support.faulty_engines:BrokenEngine",
    "patient": "support.faulty_engines:PatientEngine",
}


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineProcess]:
    """One engine process for every test here (it keeps its imports warm between jobs)."""
    process = EngineProcess(preload=("support.box_engines:BoxEngine",))
    process.start()
    yield process
    process.shutdown()


@pytest.fixture
def ctx(tmp_path: Path) -> WorkerContext:
    """A memory store, local files in ``tmp_path`` and the test engines."""
    settings = Settings(data_dir=tmp_path, lease_s=30, job_timeout_s=30)
    return WorkerContext(MemoryJobStore(), LocalStorage(tmp_path / "files"), settings, ENGINES)


def claimed(ctx: WorkerContext, model_id: str, webhook: str | None = None) -> Job:
    """A text job for ``model_id``, queued and claimed as a queue would hand it to run_job."""
    key = generate_key()
    owner = ctx.store.add_key("alice", hash_key(key), key_prefix(key))
    prefix = str(uuid.uuid4())
    params = {"prompt": "a box", "model_id": model_id, "seed": 7, "file_prefix": prefix}
    new = NewJob(
        owner_id=owner.id,
        kind=JobKind.TEXT_TO_3D,
        file_prefix=prefix,
        output_format="glb",
        params=params,
        engine=model_id,
        webhook=webhook,
    )
    ctx.store.add_job(new)
    job = ctx.store.claim_next(ctx.settings.lease_s)
    assert job is not None and job.file_prefix == prefix
    return job


def outputs(ctx: WorkerContext) -> list[str]:
    """Published output names."""
    assert isinstance(ctx.storage, LocalStorage)
    return sorted(p.name for p in ctx.storage.out_dir.iterdir())


def test_a_finished_job_has_its_files_meta_and_webhook(
    ctx: WorkerContext, engine: EngineProcess
) -> None:
    job = claimed(ctx, "box", webhook="https://example.com/hook")
    done = run_job(job, ctx, engine)
    assert done is not None and done.status is JobStatus.SUCCEEDED
    assert done.files[0] == f"{job.file_prefix}.glb" and outputs(ctx) == sorted(done.files)
    assert done.progress == 100 and done.generation_time_s is not None
    assert done.params["seed_seen"] == 7 and done.params["faces"] == 12
    assert done.params["prompt"] == "a box" and "traceback" not in done.params
    assert done.webhook_status == "pending" and len(ctx.store.deliveries_for(job.id)) == 1
    assert list((ctx.settings.data_dir / "files" / "staging").iterdir()) == []


@pytest.mark.parametrize(
    ("model_id", "message"),
    [
        # an engine bug: said to be the generation's failure, with the exception
        ("broken", "Generation failed: RuntimeError: template table is corrupt"),
        # an input the engine cannot use: its own words, which say what to change
        ("refusing", "The picture shows no object: try one on a plain background."),
        # a bug around the engine (here: a job for an engine no longer registered)
        ("retired", "Internal error while running the job: 'retired'"),
    ],
)
def test_a_failed_run_fails_its_job_and_nothing_else(
    ctx: WorkerContext, engine: EngineProcess, model_id: str, message: str
) -> None:
    failed = run_job(claimed(ctx, model_id), ctx, engine)
    assert failed is not None and failed.status is JobStatus.FAILED
    assert failed.message == message and outputs(ctx) == []
    # the same engine process runs the next job
    done = run_job(claimed(ctx, "box"), ctx, engine)
    assert done is not None and done.status is JobStatus.SUCCEEDED


def test_a_job_canceled_while_it_runs_stops_and_keeps_no_files(
    ctx: WorkerContext, engine: EngineProcess
) -> None:
    job = claimed(ctx, "patient")
    result: list[Job | None] = []
    runner = threading.Thread(target=lambda: result.append(run_job(job, ctx, engine)))
    runner.start()
    time.sleep(0.3)  # the engine is working
    update = JobUpdate(message="The job was canceled.")
    assert ctx.store.transition(job.id, JobStatus.CANCELED, update) is not None
    runner.join(timeout=20)
    assert not runner.is_alive()
    (ended,) = result
    assert ended is not None and ended.status is JobStatus.CANCELED
    assert outputs(ctx) == []


def test_a_run_that_lost_its_lease_leaves_the_job_to_the_next_run(
    ctx: WorkerContext, engine: EngineProcess
) -> None:
    stale = claimed(ctx, "box")
    # its worker stalled: the lease ran out and another worker took the job
    (requeued,) = ctx.store.recover_interrupted(ctx.settings.max_attempts, only_expired=False)
    assert requeued.status is JobStatus.QUEUED
    fresh = ctx.store.claim(stale.id, ctx.settings.lease_s)
    assert fresh is not None and fresh.attempts == 2
    # the engine may finish first (its result is refused) or be stopped: either way, nothing
    run_job(stale, ctx, engine)
    current = ctx.store.get_job(stale.id)
    assert current is not None
    assert (current.status, current.attempts) == (JobStatus.PROCESSING, 2)
    assert outputs(ctx) == []  # the overtaken run's files are not left for the winner to find
