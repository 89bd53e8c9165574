"""The job store contract, run against SQLite, PostgreSQL and the in-memory store alike.

The ``store`` fixture (conftest.py) gives each test every adapter; see stores.py.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from contract.stores import add, drop_schema, owner, postgres_store, postgres_url_in_schema
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import JobStatus
from meshforge.jobs.ports import JobUpdate
from meshforge.store import Store


def test_keys_are_found_by_hash_and_revoked_by_name(store: Store) -> None:
    key = generate_key()
    record = store.add_key("alice", hash_key(key), key_prefix(key))
    assert store.find_key(hash_key(key)) == record
    assert store.find_key(hash_key("other")) is None
    assert [r.name for r in store.revoke_key("alice")] == ["alice"]
    assert store.find_key(hash_key(key)) is None
    assert store.revoke_key("alice") == []


def test_jobs_are_scoped_to_their_owner(store: Store) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    job_id = add(store, alice)
    assert store.get_job(job_id, owner_id=alice.id) is not None
    assert store.get_job(job_id, owner_id=bob.id) is None
    assert store.count_active(alice.id) == 1 and store.count_active(bob.id) == 0


def test_claims_take_the_oldest_queued_job_once(store: Store) -> None:
    alice = owner(store)
    first, second = add(store, alice), add(store, alice)
    assert store.queue_load(second, ["text"]).ahead == 1
    claimed = store.claim_next(lease_s=60)
    assert claimed is not None and claimed.id == first
    assert claimed.status is JobStatus.PROCESSING and claimed.attempts == 1
    assert store.queue_load(second, ["text"]).ahead == 0
    assert store.claim_next(lease_s=60).id == second  # type: ignore[union-attr]
    assert store.claim_next(lease_s=60) is None


def test_concurrent_claims_never_hand_out_a_job_twice(store: Store) -> None:
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


def test_transitions_follow_the_state_machine(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    assert store.transition(job_id, JobStatus.SUCCEEDED) is None  # queued cannot succeed
    store.claim_next(lease_s=60)
    done = store.transition(job_id, JobStatus.SUCCEEDED, JobUpdate(files=["a.glb"], progress=100))
    assert done is not None and done.files == ["a.glb"] and done.finished_at is not None
    late = JobUpdate(message="late")
    assert store.transition(job_id, JobStatus.FAILED, late) is None  # terminal stays


def test_interrupted_jobs_are_requeued_then_given_up(store: Store) -> None:
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


def test_a_live_lease_is_not_recovered(store: Store) -> None:
    alice = owner(store)
    add(store, alice)
    store.claim_next(lease_s=60)
    assert store.recover_interrupted(max_attempts=3) == []
    assert len(store.recover_interrupted(max_attempts=3, only_expired=False)) == 1


def test_progress_is_recorded_only_while_running(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    assert store.report_progress(job_id, 50, lease_s=60) is False
    store.claim_next(lease_s=60)
    assert store.report_progress(job_id, 50, lease_s=60) is True
    assert store.get_job(job_id).progress == 50  # type: ignore[union-attr]


def test_delete_removes_only_the_owners_job(store: Store) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    job_id = add(store, alice)
    assert store.delete_job(job_id, bob.id) is False
    assert store.delete_job(job_id, alice.id) is True
    assert store.get_job(job_id) is None


def test_ending_a_job_writes_its_webhook_to_the_outbox_once(store: Store) -> None:
    alice = owner(store)
    with_hook = add(store, alice, webhook="https://example.com/hook")
    without = add(store, alice)
    for _ in range(2):
        store.claim_next(lease_s=60)
    done = store.transition(with_hook, JobStatus.SUCCEEDED, JobUpdate(files=["x.glb"]))
    assert done is not None and done.webhook_status == "pending"
    failed = store.transition(without, JobStatus.FAILED, JobUpdate(message="x"))
    assert failed is not None and failed.webhook_status == ""
    (delivery,) = store.claim_deliveries(limit=10, lease_s=60)
    assert delivery.job_id == with_hook and delivery.secret and delivery.secret.startswith("whsec_")
    assert delivery.owner_id == alice.id and delivery.file_prefix == done.file_prefix
    assert store.claim_deliveries(limit=10, lease_s=60) == []  # leased: nobody else takes it
    store.finish_delivery(delivery, "delivered")
    assert store.get_job(with_hook).webhook_status == "delivered"  # type: ignore[union-attr]
    assert len(store.deliveries_for(with_hook)) == 1


def test_deliveries_are_claimed_one_per_destination(store: Store) -> None:
    alice = owner(store)
    urls = [
        "https://a.example/1",
        "https://A.example:443/2",
        "https://b.example/",
        "http://a.example/",
    ]
    for url in urls:
        job_id = add(store, alice, webhook=url)
        store.claim(job_id, lease_s=60)
        store.transition(job_id, JobStatus.SUCCEEDED, JobUpdate(files=["x.glb"]))
    first = store.claim_deliveries(limit=10, lease_s=60)
    # https://a.example/2 waits: the same host and port as /1, which goes first
    assert [(d.url, d.destination) for d in first] == [
        ("https://a.example/1", "https://a.example:443"),
        ("https://b.example/", "https://b.example:443"),
        ("http://a.example/", "http://a.example:80"),
    ]
    for delivery in first:
        store.retry_delivery(delivery, next_attempt_at=0, error="try again")
    # a sender still busy with a destination asks for the others only
    busy = {"https://a.example:443", "http://a.example:80"}
    (other,) = store.claim_deliveries(limit=10, lease_s=60, skip_destinations=busy)
    assert other.destination == "https://b.example:443"
    (second,) = store.claim_deliveries(limit=1, lease_s=60)
    assert second.url == "https://a.example/1"  # the oldest due one of its destination


def test_claiming_a_named_job_happens_once(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    first = store.claim(job_id, lease_s=60)
    assert first is not None and first.attempts == 1
    # a broker delivering the same message again finds the job taken
    assert store.claim(job_id, lease_s=60) is None
    store.transition(job_id, JobStatus.SUCCEEDED, JobUpdate(files=["a.glb"]))
    assert store.claim(job_id, lease_s=60) is None


def test_claim_next_serves_only_the_engines_asked_for(store: Store) -> None:
    alice = owner(store)
    text_job = add(store, alice, engine="text")
    image_job = add(store, alice, engine="image")
    assert store.claim_next(lease_s=60, engines=["image"]).id == image_job  # type: ignore[union-attr]
    assert store.claim_next(lease_s=60, engines=["image"]) is None
    assert store.claim_next(lease_s=60, engines=["text", "multiview"]).id == text_job  # type: ignore[union-attr]


def test_a_run_that_lost_its_lease_changes_nothing(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice)
    stale = store.claim(job_id, lease_s=-1)
    assert stale is not None
    (requeued,) = store.recover_interrupted(max_attempts=3)
    assert requeued.status is JobStatus.QUEUED and requeued.attempts == 1
    fresh = store.claim(job_id, lease_s=60)
    assert fresh is not None and fresh.attempts == 2
    # the first worker comes back to life: its progress and its result are refused
    assert not store.report_progress(job_id, 80, lease_s=60, attempt=stale.attempts)
    assert store.transition(job_id, JobStatus.SUCCEEDED, attempt=stale.attempts) is None
    assert store.report_progress(job_id, 80, lease_s=60, attempt=fresh.attempts)
    done = store.transition(
        job_id, JobStatus.SUCCEEDED, JobUpdate(files=["x.glb"]), attempt=fresh.attempts
    )
    assert done is not None and done.attempts == 2


def test_requeued_jobs_are_dispatched_again(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice, engine="text", created_at=time.time() - 60)
    assert store.undispatched(older_than_s=5, stale_after_s=600) == [(job_id, "text")]
    store.mark_dispatched(job_id)
    assert store.undispatched(older_than_s=5, stale_after_s=600) == []
    # an old message the broker may have lost is sent again
    assert store.undispatched(older_than_s=5, stale_after_s=-1) == [(job_id, "text")]
    store.claim(job_id, lease_s=-1)
    store.recover_interrupted(max_attempts=3)
    assert store.undispatched(older_than_s=5, stale_after_s=600) == [(job_id, "text")]


def test_workers_are_live_while_they_beat(store: Store) -> None:
    store.heartbeat("w1", "host-a", 11, ["text", "image"], 2)
    store.heartbeat("w2", "host-b", 12, ["image"], 1)
    store.heartbeat("w1", "host-a", 11, ["text", "image"], 3)  # a beat updates, never duplicates
    live = {w.id: w for w in store.live_workers(max_age_s=30)}
    assert set(live) == {"w1", "w2"}
    assert live["w1"].engines == ("image", "text") and live["w1"].concurrency == 3
    assert store.live_workers(max_age_s=-1) == []
    store.forget_worker("w1")
    assert [w.id for w in store.live_workers(max_age_s=30)] == ["w2"]


def test_queue_load_counts_work_of_the_pool_only(store: Store) -> None:
    alice = owner(store)
    running = add(store, alice, engine="image", eta_s=4.0)
    store.claim(running, lease_s=60)
    store.report_progress(running, 50, lease_s=60)
    add(store, alice, engine="image", eta_s=1.0)
    add(store, alice, engine="text", eta_s=7.0)
    mine = add(store, alice, engine="image", eta_s=1.0)
    add(store, alice, engine="image", eta_s=9.0)  # behind it: not counted
    load = store.queue_load(mine, ["image"])
    assert (load.ahead, load.ahead_s, load.running, load.running_s) == (1, 1.0, 1, 2.0)
    assert store.queue_load(mine, ["image", "text"]).ahead_s == 8.0


def test_recent_slowdowns_compare_real_and_estimated_time(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice, engine="text", eta_s=2.0)
    store.claim(job_id, lease_s=60)
    store.transition(job_id, JobStatus.SUCCEEDED, JobUpdate(generation_time_s=3.0))
    assert store.recent_slowdowns("text") == [pytest.approx(1.5)]
    assert store.recent_slowdowns("image") == []


def test_postgres_connections_are_pooled_as_the_setting_says(tmp_path: Path) -> None:
    from meshforge.settings import Settings
    from meshforge.wiring import open_store

    made = postgres_store()
    schema = made.schema_name  # type: ignore[attr-defined]
    made.close()
    settings = Settings(
        data_dir=tmp_path, database_url=postgres_url_in_schema(schema), database_pool_size=3
    )
    store = open_store(settings)
    try:
        assert store.engine.pool.size() == 3  # type: ignore[attr-defined]
    finally:
        store.close()
        drop_schema(schema)
