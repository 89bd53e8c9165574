"""JobService on the in-memory store: submit, look up, cancel, delete, ETAs (no database)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from meshforge.errors import NotFound, QueueFull, Unavailable
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import ApiKey, Job, JobKind, JobStatus
from meshforge.jobs.parameters import JobParameters
from meshforge.jobs.ports import JobUpdate
from meshforge.jobs.service import JobService, JobSpec, QueueInfo
from meshforge.storage.local import LocalStorage
from meshforge.store.memory import MemoryJobStore

CAP = 3
RETENTION_S = 600.0


def _spec(**changes: object) -> JobSpec:
    fields: dict[str, object] = {
        "kind": JobKind.TEXT_TO_3D,
        "params": JobParameters(model_id="text", prompt="a chair"),
        "estimated_s": 2.0,
        **changes,
    }
    return JobSpec(**fields)  # type: ignore[arg-type]


class World:
    """A service over a memory store and local files, with one key and the jobs it submitted."""

    def __init__(self, root: Path) -> None:
        self.store = MemoryJobStore()
        self.files = LocalStorage(root)
        self.submitted: list[Job] = []
        self.service = JobService(
            self.store,
            self.files,
            max_queued_per_key=CAP,
            temp_retention_s=RETENTION_S,
            workers=2,
            on_submit=self.submitted.append,
        )
        self.alice = self.key("alice")

    def key(self, name: str) -> ApiKey:
        key = generate_key()
        return self.store.add_key(name, hash_key(key), key_prefix(key))

    def run(self, job: Job, seconds: float) -> None:
        """Claim ``job`` and finish it as if the engine took ``seconds``."""
        claimed = self.store.claim(job.id, lease_s=60)
        assert claimed is not None
        update = JobUpdate(files=[f"{job.file_prefix}.glb"], generation_time_s=seconds)
        assert self.store.transition(job.id, JobStatus.SUCCEEDED, update) is not None


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_submit_queues_the_job_with_a_seed_and_tells_the_queue(world: World) -> None:
    job = world.service.submit(world.alice, _spec(webhook="https://example.com/hook"))
    assert job.status is JobStatus.QUEUED and job.owner_id == world.alice.id
    assert job.params["seed"] != 0 and job.params["file_prefix"] == job.file_prefix
    assert job.engine == "text" and job.eta_s == 2.0 and job.webhook == "https://example.com/hook"
    assert job.expires_at is None
    assert world.submitted == [job]
    assert world.service.get(world.alice, job.id) == job


def test_a_seed_asked_for_is_kept_and_temp_outputs_expire(world: World) -> None:
    params = JobParameters(model_id="text", prompt="a lamp", seed=42)
    job = world.service.submit(world.alice, _spec(params=params, temp=True))
    assert job.params["seed"] == 42
    assert job.expires_at is not None
    assert job.expires_at == pytest.approx(time.time() + RETENTION_S, abs=5)


def test_the_cap_refuses_and_leaves_no_input_behind(world: World) -> None:
    spec = _spec(kind=JobKind.IMAGE_TO_3D, input_png=b"\x89PNG not really")
    accepted = [world.service.submit(world.alice, spec) for _ in range(CAP)]
    with pytest.raises(QueueFull, match=f"Maximum {CAP} queued") as refused:
        world.service.submit(world.alice, spec)
    assert refused.value.retry_after_s >= 5
    inputs = sorted(p.name for p in world.files.inputs_dir.iterdir())
    assert inputs == sorted(str(job.input_name) for job in accepted)
    # the cap is per key
    assert world.service.submit(world.key("bob"), spec).status is JobStatus.QUEUED


def test_a_draining_server_takes_no_new_jobs(world: World) -> None:
    world.service.draining = True
    with pytest.raises(Unavailable, match="shutting down"):
        world.service.submit(world.alice, _spec())
    assert world.store.count_active(world.alice.id) == 0


def test_another_keys_job_is_reported_as_missing(world: World) -> None:
    job = world.service.submit(world.alice, _spec())
    bob = world.key("bob")
    with pytest.raises(NotFound):
        world.service.get(bob, job.id)
    with pytest.raises(NotFound):
        world.service.cancel(bob, job.id)
    with pytest.raises(NotFound):
        world.service.get(world.alice, job.id + 1)


def test_cancel_ends_a_waiting_job_and_leaves_a_finished_one(world: World) -> None:
    waiting = world.service.submit(world.alice, _spec())
    canceled = world.service.cancel(world.alice, waiting.id)
    assert canceled.status is JobStatus.CANCELED and canceled.message == "The job was canceled."
    finished = world.service.submit(world.alice, _spec())
    world.run(finished, seconds=1.0)
    assert world.service.cancel(world.alice, finished.id).status is JobStatus.SUCCEEDED


def test_delete_removes_the_job_its_files_and_its_input(world: World) -> None:
    job = world.service.submit(world.alice, _spec(kind=JobKind.IMAGE_TO_3D, input_png=b"png"))
    world.run(job, seconds=1.0)
    world.files.save_output(f"{job.file_prefix}.glb", b"model")
    world.service.delete(world.alice, job.id)
    assert world.store.get_job(job.id) is None
    assert not world.files.has_output(f"{job.file_prefix}.glb")
    assert list(world.files.inputs_dir.iterdir()) == []


def test_an_upload_is_stored_finished_and_expiring(world: World) -> None:
    job = world.service.store_upload(world.alice, "glb", b"glTF model bytes")
    assert job.kind is JobKind.UPLOAD and job.status is JobStatus.SUCCEEDED
    assert job.files == [f"{job.file_prefix}.glb"] and job.progress == 100
    assert job.params == {"file_prefix": job.file_prefix, "bytes": 16}
    assert job.expires_at is not None and world.files.has_output(job.files[0])


def test_list_is_newest_first_and_clear_queue_cancels_every_key(world: World) -> None:
    first, second = (world.service.submit(world.alice, _spec()) for _ in range(2))
    bobs = world.service.submit(world.key("bob"), _spec())
    assert [j.id for j in world.service.list(world.alice, limit=10, offset=0)] == [
        second.id,
        first.id,
    ]
    assert world.service.clear_queue() == 3
    assert world.store.get_job(bobs.id).status is JobStatus.CANCELED  # type: ignore[union-attr]


def test_the_eta_shares_the_work_ahead_among_the_live_slots(world: World) -> None:
    jobs = [world.service.submit(world.alice, _spec(estimated_s=10.0)) for _ in range(3)]
    # no worker has beaten yet: one per configured worker is assumed (2), both free slots
    assert world.service.queue_info(jobs[1]).eta_s == 10
    world.store.heartbeat("w1", "host", 1, ["text"], 1)
    world.service = JobService(
        world.store, world.files, max_queued_per_key=CAP, temp_retention_s=60, workers=2
    )
    # one live slot, busy with two jobs ahead: 20 s of work in front, then its own 10 s
    info = world.service.queue_info(jobs[2])
    assert info == QueueInfo(position=2, eta_s=30)
    assert world.service.queue_seconds() == 30


def test_the_eta_follows_how_long_the_engine_really_took(world: World) -> None:
    done = world.service.submit(world.alice, _spec(estimated_s=2.0))
    world.run(done, seconds=4.0)  # twice the estimate
    running = world.service.submit(world.alice, _spec(estimated_s=2.0))
    world.store.claim(running.id, lease_s=60)
    world.store.report_progress(running.id, 50, lease_s=60)
    now_running = world.service.get(world.alice, running.id)
    assert world.service.queue_info(now_running) == QueueInfo(0, 2)  # half of 2 s x 2 left
