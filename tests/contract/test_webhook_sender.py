"""The webhook sender: a hanging receiver holds up only its own deliveries (issue 11, item 8)."""

from __future__ import annotations

import threading
from typing import Any

from contract.stores import add, owner
from meshforge import __version__
from meshforge.jobs.model import Job, JobStatus
from meshforge.jobs.ports import JobUpdate
from meshforge.store import Store
from meshforge.webhooks.sender import WebhookPolicy, WebhookSender
from support.webhook_receiver import Receiver


def _body(job: Job) -> dict[str, Any]:
    return {"id": job.id, "status": job.status.value}


def _end(store: Store, job_id: int) -> None:
    assert store.claim(job_id, lease_s=60) is not None
    assert store.transition(job_id, JobStatus.SUCCEEDED, JobUpdate(files=["x.glb"])) is not None


def test_a_hanging_receiver_does_not_hold_up_other_destinations(
    store: Store,
) -> None:
    alice, bob = owner(store, "alice"), owner(store, "bob")
    release = threading.Event()
    slow, fast = Receiver(hold=release), Receiver()
    # the request timeout is far beyond the test's waits: only concurrency can let fast through
    policy = WebhookPolicy(timeout_s=60, allow_private=True)
    sender = WebhookSender(store, _body, policy, poll_s=0.05)
    sender.start()
    try:
        first_slow = add(store, alice, webhook=slow.url)
        _end(store, first_slow)
        assert slow.arrived.wait(30), "the slow receiver was never called"
        second_slow = add(store, alice, webhook=slow.url)
        _end(store, second_slow)
        quick = add(store, bob, webhook=fast.url)
        _end(store, quick)
        assert fast.arrived.wait(30), "a hanging receiver held up another key's webhook"
        assert not release.is_set()  # the slow receiver is still hanging
        # one delivery in flight per destination: the second one to the slow receiver waits,
        # unclaimed (another process may take it), instead of taking a second sender slot
        assert len(slow.calls) == 1
        (waiting,) = store.deliveries_for(second_slow)
        assert waiting["status"] == "pending" and waiting["attempts"] == 0
        release.set()
        for job_id in (first_slow, second_slow, quick):
            _wait_delivered(store, job_id)
        assert len(slow.calls) == 2
    finally:
        release.set()
        sender.stop()
        slow.close()
        fast.close()


def test_webhooks_say_they_come_from_meshforge(store: Store) -> None:
    receiver = Receiver()
    try:
        job_id = add(store, owner(store), webhook=receiver.url)
        _end(store, job_id)
        sender = WebhookSender(store, _body, WebhookPolicy(timeout_s=10, allow_private=True))
        assert sender.send_due() == 1
        (call,) = receiver.calls
        headers = {name.lower(): value for name, value in call["headers"].items()}
        assert headers["user-agent"] == f"MeshForge/{__version__}"
    finally:
        receiver.close()


def _wait_delivered(store: Store, job_id: int) -> None:
    done = threading.Event()
    for _ in range(600):
        if store.get_job(job_id).webhook_status == "delivered":  # type: ignore[union-attr]
            return
        done.wait(0.05)
    raise AssertionError(f"job {job_id}: webhook not delivered")
