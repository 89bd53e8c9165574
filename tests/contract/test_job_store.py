"""The job store contract, run against SQLite and PostgreSQL through the same code.

PostgreSQL runs on every developer and CI machine of this project (127.0.0.1:5432, database
`test`). In CI a missing server fails the run; elsewhere its tests skip with the reason.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import ApiKey, JobStatus
from meshforge.store.schema import metadata
from meshforge.store.sql import SqlJobStore

POSTGRES_URL = os.environ.get(
    "MESHFORGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_store() -> SqlJobStore:
    store = SqlJobStore(POSTGRES_URL)
    try:
        store.ping()
    except Exception as exc:
        store.close()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI and unreachable at {POSTGRES_URL}: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    # a private schema per test keeps runs independent
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with store.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store.close()
    store = SqlJobStore(POSTGRES_URL)
    store.engine.update_execution_options(schema_translate_map={None: schema})
    store.schema_name = schema  # type: ignore[attr-defined]
    return store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlJobStore]:
    if request.param == "sqlite":
        store = SqlJobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
    else:
        store = _postgres_store()
    metadata.create_all(store.engine)
    yield store
    if request.param == "postgresql":
        with store.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{store.schema_name}" CASCADE'))  # type: ignore[attr-defined]
    store.close()


def owner(store: SqlJobStore, name: str = "alice") -> ApiKey:
    key = generate_key()
    return store.add_key(name, hash_key(key), key_prefix(key))


def add(store: SqlJobStore, who: ApiKey, **values: object) -> int:
    values = {
        "owner_id": who.id,
        "kind": "text_to_3d",
        "file_prefix": str(uuid.uuid4()),
        "output_format": "glb",
        "params": {"prompt": "a chair"},
        **values,
    }
    return store.add_job(**values).id


def test_keys_are_found_by_hash_and_revoked_by_name(store: SqlJobStore) -> None:
    key = generate_key()
    record = store.add_key("alice", hash_key(key), key_prefix(key))
    assert store.find_key(hash_key(key)) == record
    assert store.find_key(hash_key("other")) is None
    assert [r.name for r in store.revoke_key("alice")] == ["alice"]
    assert store.find_key(hash_key(key)) is None
    assert store.revoke_key("alice") == []


def test_jobs_are_scoped_to_their_owner(store: SqlJobStore) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    job_id = add(store, alice)
    assert store.get_job(job_id, owner_id=alice.id) is not None
    assert store.get_job(job_id, owner_id=bob.id) is None
    assert store.count_active(alice.id) == 1 and store.count_active(bob.id) == 0


def test_claims_take_the_oldest_queued_job_once(store: SqlJobStore) -> None:
    alice = owner(store)
    first, second = add(store, alice), add(store, alice)
    claimed = store.claim_next(lease_s=60)
    assert claimed is not None and claimed.id == first
    assert claimed.status is JobStatus.PROCESSING and claimed.attempts == 1
    assert store.queue_ahead(second) == (0, 0.0)
    assert store.claim_next(lease_s=60).id == second  # type: ignore[union-attr]
    assert store.claim_next(lease_s=60) is None


def test_concurrent_claims_never_hand_out_a_job_twice(store: SqlJobStore) -> None:
    alice = owner(store)
    ids = {add(store, alice) for _ in range(30)}
    claimed: list[int] = []
    lock = threading.Lock()

    def claim_all() -> None:
        while (job := store.claim_next(lease_s=60)) is not None:
            with lock:
                claimed.append(job.id)

    threads = [threading.Thread(target=claim_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == sorted(ids)


def test_transitions_follow_the_state_machine(store: SqlJobStore) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    assert store.transition(job_id, JobStatus.SUCCEEDED) is None  # queued cannot succeed
    store.claim_next(lease_s=60)
    done = store.transition(job_id, JobStatus.SUCCEEDED, files=["a.glb"], progress=100)
    assert done is not None and done.files == ["a.glb"] and done.finished_at is not None
    assert store.transition(job_id, JobStatus.FAILED, message="late") is None  # terminal stays


def test_interrupted_jobs_are_requeued_then_given_up(store: SqlJobStore) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    for attempt in range(1, 3):
        assert store.claim_next(lease_s=-1).attempts == attempt  # type: ignore[union-attr]
        (requeued,) = store.recover_interrupted(max_attempts=3)
        assert requeued.id == job_id and requeued.status is JobStatus.QUEUED
    store.claim_next(lease_s=-1)
    (given_up,) = store.recover_interrupted(max_attempts=3)
    assert given_up.status is JobStatus.FAILED
    assert "interrupted 3 times" in (given_up.message or "")


def test_a_live_lease_is_not_recovered(store: SqlJobStore) -> None:
    alice = owner(store)
    add(store, alice)
    store.claim_next(lease_s=60)
    assert store.recover_interrupted(max_attempts=3) == []
    assert len(store.recover_interrupted(max_attempts=3, only_expired=False)) == 1


def test_progress_is_recorded_only_while_running(store: SqlJobStore) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    assert store.report_progress(job_id, 50, lease_s=60) is False
    store.claim_next(lease_s=60)
    assert store.report_progress(job_id, 50, lease_s=60) is True
    assert store.get_job(job_id).progress == 50  # type: ignore[union-attr]


def test_delete_removes_only_the_owners_job(store: SqlJobStore) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    job_id = add(store, alice)
    assert store.delete_job(job_id, bob.id) is False
    assert store.delete_job(job_id, alice.id) is True
    assert store.get_job(job_id) is None


def test_ending_a_job_writes_its_webhook_to_the_outbox_once(store: SqlJobStore) -> None:
    alice = owner(store)
    with_hook = add(store, alice, webhook="https://example.com/hook")
    without = add(store, alice)
    for _ in range(2):
        store.claim_next(lease_s=60)
    done = store.transition(with_hook, JobStatus.SUCCEEDED, files=["x.glb"])
    assert done is not None and done.webhook_status == "pending"
    assert store.transition(without, JobStatus.FAILED, message="x").webhook_status == ""  # type: ignore[union-attr]
    (delivery,) = store.claim_deliveries(limit=10, lease_s=60)
    assert delivery.job_id == with_hook and delivery.secret and delivery.secret.startswith("whsec_")
    assert store.claim_deliveries(limit=10, lease_s=60) == []  # leased: nobody else takes it
    store.finish_delivery(delivery, "delivered")
    assert store.get_job(with_hook).webhook_status == "delivered"  # type: ignore[union-attr]
    assert len(store.deliveries_for(with_hook)) == 1
