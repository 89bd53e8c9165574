"""One key never sees another's job through a reused id (issue 11, item 1), on every store."""

from __future__ import annotations

import json
from typing import Any

from standardwebhooks import Webhook

from contract.stores import add, new_job, owner, replace_behind_the_stores_back
from meshforge.jobs.model import Job, JobStatus
from meshforge.jobs.ports import JobUpdate
from meshforge.store import Store
from meshforge.webhooks.sender import WebhookPolicy, WebhookSender
from support.webhook_receiver import Receiver


def _body(job: Job) -> dict[str, Any]:
    return {"id": job.id, "prompt": job.params["prompt"], "track_id": job.track_id}


def _sender(store: Store) -> WebhookSender:
    return WebhookSender(store, _body, WebhookPolicy(timeout_s=10, allow_private=True))


def _end(store: Store, job_id: int) -> None:
    assert store.claim(job_id, lease_s=60) is not None
    assert store.transition(job_id, JobStatus.FAILED, JobUpdate(message="boom")) is not None


def test_the_id_of_a_deleted_job_is_never_given_again(store: Store) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    add(store, alice)
    newest = add(store, alice)
    assert store.delete_job(newest, alice.id)
    assert add(store, bob) > newest


def test_deleting_a_job_deletes_its_webhook_deliveries(store: Store) -> None:
    alice = owner(store)
    job_id = add(store, alice, webhook="http://127.0.0.1:9/hook")
    _end(store, job_id)
    assert len(store.deliveries_for(job_id)) == 1
    assert store.delete_job(job_id, alice.id)
    assert store.deliveries_for(job_id) == []
    assert store.claim_deliveries(limit=10, lease_s=60) == []


def test_a_delivery_never_carries_another_keys_job(store: Store) -> None:
    """Even if an id came back (a row removed behind the store's back), A gets nothing of B's."""
    alice, bob = owner(store, "alice"), owner(store, "bob")
    alice_hook, bob_hook = Receiver(), Receiver()
    try:
        job_id = add(store, alice, webhook=alice_hook.url, params={"prompt": "alice's secret"})
        _end(store, job_id)  # alice's delivery is now pending in the outbox
        # the worst case: the row goes without its deliveries and bob's job takes its id
        bobs = new_job(
            bob, webhook=bob_hook.url, params={"prompt": "bob's secret"}, track_id="bob-order"
        )
        replace_behind_the_stores_back(store, job_id, bobs)
        _end(store, job_id)
        _sender(store).send_due()
        assert alice_hook.calls == []
        (call,) = bob_hook.calls
        bob_secret = store.webhook_secret(bob.id)
        assert bob_secret is not None
        payload = Webhook(bob_secret).verify(call["body"], call["headers"])
        assert payload["prompt"] == "bob's secret"
        # alice's orphaned delivery is closed, and bob's job shows only its own outcome
        (orphan, mine) = sorted(store.deliveries_for(job_id), key=lambda d: int(d["id"]))
        assert orphan["status"] == "failed" and mine["status"] == "delivered"
        assert store.get_job(job_id).webhook_status == "delivered"  # type: ignore[union-attr]
        assert json.loads(call["body"])["track_id"] == "bob-order"
    finally:
        alice_hook.close()
        bob_hook.close()
