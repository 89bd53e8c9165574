"""run_job while the database is away: the job is neither failed nor mixed up with the next one.

A progress report or cancel check that raises would leave the engine process busy with the
job while EngineProcess.run returns, and the next job sent to it would read the first one's
messages; a result that cannot be recorded must leave the job to its lease, not end the
worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from meshforge.errors import DatabaseUnavailable, StorageUnavailable
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import Job, JobKind, JobStatus
from meshforge.jobs.ports import NewJob
from meshforge.settings import Settings
from meshforge.storage.local import LocalStorage
from meshforge.store.memory import MemoryJobStore
from meshforge.worker import run_job as run_job_module
from meshforge.worker.engine_process import EngineProcess
from meshforge.worker.run_job import WorkerContext, run_job

ENGINES = {"box": "support.box_engines:BoxEngine"}


class FlakyStore(MemoryJobStore):
    """The memory store, except that while ``down`` every call a running job makes raises."""

    down = False

    def _check(self) -> None:
        if self.down:
            raise DatabaseUnavailable()

    def report_progress(self, *args: Any, **kwargs: Any) -> bool:
        self._check()
        return super().report_progress(*args, **kwargs)

    def get_job(self, *args: Any, **kwargs: Any) -> Job | None:
        self._check()
        return super().get_job(*args, **kwargs)

    def transition(self, *args: Any, **kwargs: Any) -> Job | None:
        self._check()
        return super().transition(*args, **kwargs)


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess(preload=(ENGINES["box"],))
    process.start()
    yield process
    process.shutdown()


def claim_box_job(ctx: WorkerContext, output_format: str = "glb") -> Job:
    key = generate_key()
    owner = ctx.store.add_key("alice", hash_key(key), key_prefix(key))
    prefix = str(uuid.uuid4())
    params = {"prompt": "a box", "model_id": "box", "seed": 7, "file_prefix": prefix}
    ctx.store.add_job(
        NewJob(
            owner_id=owner.id,
            kind=JobKind.TEXT_TO_3D,
            file_prefix=prefix,
            output_format=output_format,
            params=params,
            engine="box",
        )
    )
    job = ctx.store.claim_next(ctx.settings.lease_s)
    assert job is not None
    return job


def test_an_outage_leaves_the_job_to_its_lease_and_the_next_job_gets_its_own_result(
    tmp_path: Path, engine: EngineProcess
) -> None:
    store = FlakyStore()
    settings = Settings(data_dir=tmp_path, lease_s=30, job_timeout_s=30)
    ctx = WorkerContext(store, LocalStorage(tmp_path / "files"), settings, ENGINES)
    first = claim_box_job(ctx)
    store.down = True
    assert run_job(first, ctx, engine) is None  # nothing raised out of it
    store.down = False
    still = store.get_job(first.id)
    assert still is not None and still.status is JobStatus.PROCESSING  # its lease brings it back

    second = claim_box_job(ctx)
    done = run_job(second, ctx, engine)
    assert done is not None and done.status is JobStatus.SUCCEEDED
    assert done.files == [f"{second.file_prefix}.glb"]


class AwayStorage(LocalStorage):
    """Local files, except that the first ``away_for`` publishes find the storage away."""

    def __init__(self, root: Path, away_for: int) -> None:
        super().__init__(root)
        self.away_for = away_for
        self.tries = 0

    def publish(self, staging: Path, names: list[str]) -> list[str]:
        self.tries += 1
        if self.tries <= self.away_for:
            # what S3Storage raises for a bucket that does not answer, after one companion
            # went up: the retry (or the failure) must not leave it half-published
            if len(names) > 1:
                (self.out_dir / names[1]).write_bytes(b"partial")
            raise StorageUnavailable("The file storage is not answering (test)")
        return super().publish(staging, names)


def box_ctx(tmp_path: Path, storage: LocalStorage, job_timeout_s: float) -> WorkerContext:
    settings = Settings(data_dir=tmp_path, lease_s=30, job_timeout_s=job_timeout_s)
    return WorkerContext(MemoryJobStore(), storage, settings, ENGINES)


def test_publishing_is_retried_while_the_storage_is_away(
    tmp_path: Path, engine: EngineProcess
) -> None:
    storage = AwayStorage(tmp_path / "files", away_for=2)
    ctx = box_ctx(tmp_path, storage, job_timeout_s=30)
    job = claim_box_job(ctx)
    done = run_job(job, ctx, engine)
    assert done is not None and done.status is JobStatus.SUCCEEDED, done
    assert storage.tries == 3
    assert sorted(p.name for p in storage.out_dir.iterdir()) == sorted(done.files)


def test_a_storage_away_past_the_budget_fails_the_job_saying_so_and_publishes_nothing(
    tmp_path: Path, engine: EngineProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_job_module, "PUBLISH_BACKOFF_S", (0.5,))
    storage = AwayStorage(tmp_path / "files", away_for=1000)
    ctx = box_ctx(tmp_path, storage, job_timeout_s=5)
    job = claim_box_job(ctx, output_format="obj")
    # obj: the main file has companions, so one of them "went up" before the storage failed
    ended = run_job(job, ctx, engine)
    assert ended is not None and ended.status is JobStatus.FAILED
    assert "Could not store the model's files" in (ended.message or "")
    assert "5 s budget" in (ended.message or "")
    assert storage.tries > 2
    assert list(storage.out_dir.iterdir()) == []
