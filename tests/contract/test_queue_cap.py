"""The per-key queue cap holds under synchronised submits (issue 11, item 2), on every store."""

from __future__ import annotations

import threading

import pytest

from contract.stores import owner
from meshforge.errors import QueueFull
from meshforge.jobs.model import JobKind
from meshforge.jobs.parameters import JobParameters
from meshforge.jobs.service import JobService, JobSpec
from meshforge.store import Store

CAP = 10
SUBMITTERS = 40


class MemoryFiles:
    """File storage in a dict, so the test can see which inputs were left behind."""

    def __init__(self) -> None:
        self.inputs: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def save_input(self, name: str, data: bytes) -> None:
        with self._lock:
            self.inputs[name] = data

    def delete_input(self, name: str) -> None:
        with self._lock:
            self.inputs.pop(name, None)

    def save_output(self, name: str, data: bytes) -> None:
        raise NotImplementedError

    def delete_outputs(self, names: list[str]) -> None:
        raise NotImplementedError


def _service(store: Store, files: MemoryFiles) -> JobService:
    return JobService(store, files, max_queued_per_key=CAP, temp_retention_s=60, workers=1)


SPEC = JobSpec(
    kind=JobKind.IMAGE_TO_3D,
    params=JobParameters(model_id="image", seed=1),
    estimated_s=1.0,
    input_png=b"\x89PNG fake",
)


def test_synchronised_submits_never_exceed_the_cap(store: Store) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    files = MemoryFiles()
    service = _service(store, files)
    barrier = threading.Barrier(SUBMITTERS)
    accepted: list[int] = []
    refused: list[QueueFull] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def submit() -> None:
        barrier.wait(timeout=30)
        try:
            job = service.submit(alice, SPEC)
        except QueueFull as exc:
            with lock:
                refused.append(exc)
        except BaseException as exc:
            with lock:
                errors.append(exc)
        else:
            with lock:
                accepted.append(job.id)

    threads = [threading.Thread(target=submit) for _ in range(SUBMITTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(accepted) == CAP and len(refused) == SUBMITTERS - CAP
    assert store.count_active(alice.id) == CAP
    # a refused submit leaves no input image behind; each accepted job has its own
    assert sorted(files.inputs) == sorted(
        job.input_name for job in store.list_jobs(alice.id, limit=100) if job.input_name
    )
    # the cap is per key: another key is not held back by alice's full queue
    assert service.submit(bob, SPEC).owner_id == bob.id


def test_a_refused_submit_stores_nothing(store: Store) -> None:
    alice = owner(store)
    files = MemoryFiles()
    service = _service(store, files)
    for _ in range(CAP):
        service.submit(alice, SPEC)
    with pytest.raises(QueueFull, match=f"Maximum {CAP} queued"):
        service.submit(alice, SPEC)
    assert len(store.list_jobs(alice.id, limit=100)) == CAP
    assert len(files.inputs) == CAP
