"""The rest of the store contract: lookups, listing, typed updates, cancel-all, retention, keys.

Run on every adapter (conftest.py), so the in-memory store cannot drift from SQL in these either.
"""

from __future__ import annotations

import time

from contract.stores import add, new_job, owner
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import JobKind, JobStatus
from meshforge.jobs.ports import JobUpdate
from meshforge.store import Store


def _end(store: Store, job_id: int) -> None:
    """Claim a queued job and let it succeed."""
    assert store.claim(job_id, lease_s=60) is not None
    update = JobUpdate(files=[f"{job_id}.glb"])
    assert store.transition(job_id, JobStatus.SUCCEEDED, update) is not None


def test_a_new_job_is_stored_as_given(store: Store) -> None:
    alice = owner(store)
    new = new_job(
        alice,
        kind=JobKind.UPLOAD,
        status=JobStatus.SUCCEEDED,
        params={"sizes": (1, 2), "nested": {"a": [1]}},
        files=["u.glb"],
        progress=100,
        finished_at=123.0,
        expires_at=456.0,
        track_id={"order": 7},
        input_name="in.png",
        eta_s=3.5,
        engine="",
    )
    job = store.add_job(new)
    assert store.get_job(job.id) == job
    assert (job.kind, job.status, job.files, job.progress) == (
        JobKind.UPLOAD,
        JobStatus.SUCCEEDED,
        ["u.glb"],
        100,
    )
    # parameters come back as JSON does: tuples as lists
    assert job.params == {"sizes": [1, 2], "nested": {"a": [1]}}
    assert (job.finished_at, job.expires_at, job.track_id) == (123.0, 456.0, {"order": 7})
    assert (job.input_name, job.eta_s, job.engine, job.attempts) == ("in.png", 3.5, "", 0)
    assert job.webhook_status == "" and job.created_at > time.time() - 60
    assert store.find_by_prefix(new.file_prefix) == job
    assert store.find_by_prefix("no-such-prefix") is None


def test_the_cap_counts_running_jobs_too(store: Store) -> None:
    alice = owner(store)
    first = store.add_job_within_cap(2, new_job(alice))
    assert first is not None
    store.claim(first.id, lease_s=60)
    assert store.add_job_within_cap(2, new_job(alice)) is not None
    assert store.add_job_within_cap(2, new_job(alice)) is None
    assert store.transition(first.id, JobStatus.SUCCEEDED) is not None
    assert store.add_job_within_cap(2, new_job(alice)) is not None


def test_jobs_are_listed_newest_first_in_pages(store: Store) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    ids = [add(store, alice) for _ in range(5)]
    bobs = add(store, bob)
    assert [j.id for j in store.list_jobs(alice.id, limit=2)] == ids[:-3:-1]
    assert [j.id for j in store.list_jobs(alice.id, limit=2, offset=2)] == ids[2:0:-1]
    assert [j.id for j in store.list_jobs(alice.id, limit=10, offset=5)] == []
    _end(store, ids[1])
    assert [j.id for j in store.jobs_with_status([JobStatus.SUCCEEDED])] == [ids[1]]
    waiting = store.jobs_with_status([JobStatus.QUEUED, JobStatus.FAILED])
    assert [j.id for j in waiting] == [ids[0], *ids[2:], bobs]  # oldest first, every owner


def test_an_update_writes_only_what_it_sets(store: Store) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    job_id = add(store, alice, params={"prompt": "a chair"})
    store.claim(job_id, lease_s=60)
    assert store.transition(job_id, JobStatus.CANCELED, owner_id=bob.id) is None
    failed = store.transition(
        job_id, JobStatus.FAILED, JobUpdate(message="boom", params={"prompt": "x", "faces": 12})
    )
    assert failed is not None and failed.message == "boom" and failed.files == []
    assert failed.params == {"prompt": "x", "faces": 12} and failed.progress == 0


def test_clearing_the_queue_cancels_waiting_jobs_only(store: Store) -> None:
    alice = owner(store)
    waiting = add(store, alice, webhook="https://example.com/hook")
    running = add(store, alice)
    store.claim(running, lease_s=60)
    assert store.cancel_queued("cleared") == 1
    canceled = store.get_job(waiting)
    assert canceled is not None and canceled.status is JobStatus.CANCELED
    assert canceled.message == "cleared" and canceled.finished_at is not None
    assert canceled.webhook_status == "pending" and len(store.deliveries_for(waiting)) == 1
    assert store.get_job(running).status is JobStatus.PROCESSING  # type: ignore[union-attr]
    assert store.queue_totals() == (0, 0.0)


def test_a_job_given_up_after_interruptions_sends_its_webhook(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice, webhook="https://example.com/hook")
    store.claim(job_id, lease_s=-1)
    (given_up,) = store.recover_interrupted(max_attempts=1)
    assert given_up.status is JobStatus.FAILED and given_up.webhook_status == "pending"
    (delivery,) = store.claim_deliveries(limit=10, lease_s=60)
    assert delivery.job_id == job_id


def test_queue_totals_sum_the_waiting_estimates(store: Store) -> None:
    alice = owner(store)
    add(store, alice, eta_s=2.0)
    add(store, alice, eta_s=3.5)
    store.claim(add(store, alice, eta_s=100.0), lease_s=60)
    assert store.queue_totals() == (2, 5.5)


def test_retention_finds_ended_jobs_past_their_time(store: Store) -> None:
    alice = owner(store)
    now = time.time()
    late, early, kept, waiting = (
        add(store, alice, expires_at=now - 1),
        add(store, alice, expires_at=now - 100),
        add(store, alice, expires_at=now + 100),
        add(store, alice, expires_at=now - 50),  # not ended: its files are still coming
    )
    for job_id in (late, early, kept):
        _end(store, job_id)
    assert [j.id for j in store.expired_jobs(now)] == [early, late]
    assert [j.id for j in store.expired_jobs(now, limit=1)] == [early]
    store.mark_purged(early)
    assert [j.id for j in store.expired_jobs(now)] == [late]
    purged = store.get_job(early)
    assert purged is not None and purged.purged_at is not None
    ended = [j.id for j in store.finished_before(time.time() + 1)]
    assert sorted(ended) == sorted([late, early, kept]) and waiting not in ended
    assert store.finished_before(now - 3600) == []


def test_keys_are_revoked_by_prefix_and_listed_with_their_state(store: Store) -> None:
    key = generate_key()
    record = store.add_key("ci", hash_key(key), key_prefix(key), is_admin=True, webhook_secret="s")
    other = owner(store, "other")
    assert record.is_admin and store.webhook_secret(record.id) == "s"
    secret = store.webhook_secret(other.id)
    assert secret is not None and secret.startswith("whsec_")
    assert store.webhook_secret(other.id + 100) is None
    (revoked,) = store.revoke_key(key_prefix(key))
    assert revoked.id == record.id and revoked.revoked_at is not None
    assert [(k.name, k.is_active) for k in store.list_keys()] == [("ci", False), ("other", True)]
