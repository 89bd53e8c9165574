"""WebhookSender on the in-memory store, against a loopback receiver: sign, retry, give up."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest
from standardwebhooks import Webhook

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.jobs.model import ApiKey, Job, JobKind, JobStatus
from meshforge.jobs.ports import JobUpdate, NewJob
from meshforge.store.memory import MemoryJobStore
from meshforge.webhooks.policy import WebhookPolicy, retry_delay_s
from meshforge.webhooks.ports import message_id_of
from meshforge.webhooks.sender import USER_AGENT, WebhookSender
from support.webhook_receiver import Receiver

#: quick retries; loopback receivers need private addresses allowed
POLICY = WebhookPolicy(
    timeout_s=5, retry_base_s=0.01, retry_max_s=0.02, max_attempts=3, allow_private=True
)


def _body(job: Job) -> dict[str, Any]:
    return {"id": job.id, "status": job.status.value, "track_id": job.track_id}


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    """One loopback receiver for the module (closing one takes half a second)."""
    made = Receiver()
    yield made
    made.close()


@pytest.fixture
def hook(receiver: Receiver) -> Receiver:
    """The receiver with no calls recorded and no scripted answers."""
    receiver.calls.clear()
    receiver.statuses.clear()
    receiver.arrived.clear()
    return receiver


class Outbox:
    """A memory store with one key, and a sender working off its outbox."""

    def __init__(self, policy: WebhookPolicy = POLICY) -> None:
        self.store = MemoryJobStore()
        key = generate_key()
        self.alice: ApiKey = self.store.add_key("alice", hash_key(key), key_prefix(key))
        self.sender = WebhookSender(self.store, _body, policy)

    def end_job(self, url: str) -> Job:
        """A job of alice's with a webhook to ``url``, run and ended: its delivery is due."""
        new = NewJob(
            owner_id=self.alice.id,
            kind=JobKind.TEXT_TO_3D,
            file_prefix=f"prefix-{time.monotonic_ns()}",
            output_format="glb",
            webhook=url,
            track_id="order-7",
        )
        job = self.store.add_job(new)
        assert self.store.claim(job.id, lease_s=60) is not None
        ended = self.store.transition(job.id, JobStatus.SUCCEEDED, JobUpdate(files=["a.glb"]))
        assert ended is not None and ended.webhook_status == "pending"
        return ended

    def status(self, job: Job) -> str:
        """The job's webhook status as the store has it now."""
        current = self.store.get_job(job.id)
        assert current is not None
        return current.webhook_status

    def send_until_settled(self) -> None:
        """Send due deliveries until none is pending (retries are due within milliseconds)."""
        for _ in range(100):
            self.sender.send_due()
            if not [d for d in self.store.tables.deliveries.values() if d.status == "pending"]:
                return
            time.sleep(0.01)
        raise AssertionError("deliveries still pending")


def test_a_delivery_is_signed_with_the_owners_secret(hook: Receiver) -> None:
    outbox = Outbox()
    job = outbox.end_job(hook.url)
    assert outbox.sender.send_due() == 1
    (call,) = hook.calls
    secret = outbox.store.webhook_secret(outbox.alice.id)
    assert secret is not None
    payload = Webhook(secret).verify(call["body"], call["headers"])
    assert payload == {"id": job.id, "status": "succeeded", "track_id": "order-7"}
    headers = {name.lower(): value for name, value in call["headers"].items()}
    assert headers["webhook-id"] == message_id_of(job.file_prefix)
    assert headers["user-agent"] == USER_AGENT
    assert outbox.status(job) == "delivered"
    assert outbox.sender.send_due() == 0  # delivered once, never again


def test_a_failed_send_is_retried_with_the_same_webhook_id(hook: Receiver) -> None:
    hook.statuses.extend([500, 503])
    outbox = Outbox()
    job = outbox.end_job(hook.url)
    outbox.send_until_settled()
    assert [c["headers"]["webhook-id"] for c in hook.calls] == [message_id_of(job.file_prefix)] * 3
    (delivery,) = outbox.store.deliveries_for(job.id)
    assert delivery["attempts"] == 3 and delivery["status"] == "delivered"
    assert outbox.status(job) == "delivered"


def test_a_receiver_that_keeps_failing_is_given_up(hook: Receiver) -> None:
    hook.statuses.extend([500] * POLICY.max_attempts)
    outbox = Outbox()
    job = outbox.end_job(hook.url)
    outbox.send_until_settled()
    assert len(hook.calls) == POLICY.max_attempts
    (delivery,) = outbox.store.deliveries_for(job.id)
    assert delivery["status"] == "failed"
    assert delivery["last_error"] == "the receiver answered HTTP 500"
    assert outbox.status(job) == "failed"


def test_410_gone_disables_the_webhook_at_once(hook: Receiver) -> None:
    hook.statuses.append(410)
    outbox = Outbox()
    job = outbox.end_job(hook.url)
    outbox.send_until_settled()
    assert len(hook.calls) == 1 and outbox.status(job) == "disabled"


def test_a_private_address_is_refused_without_a_request(hook: Receiver) -> None:
    outbox = Outbox(WebhookPolicy(timeout_s=5, retry_base_s=60, allow_private=False))
    job = outbox.end_job(hook.url)
    assert outbox.sender.send_due() == 1
    assert hook.calls == []
    (delivery,) = outbox.store.deliveries_for(job.id)
    assert delivery["status"] == "pending" and delivery["attempts"] == 1
    assert delivery["next_attempt_at"] > time.time() + 20  # backed off, not hammered
    assert delivery["last_error"]


def test_a_deleted_job_sends_nothing(hook: Receiver) -> None:
    outbox = Outbox()
    job = outbox.end_job(hook.url)
    assert outbox.store.delete_job(job.id, outbox.alice.id)
    assert outbox.sender.send_due() == 0 and hook.calls == []


def test_deliveries_sent_by_the_loop_arrive(hook: Receiver) -> None:
    outbox = Outbox()
    sender = WebhookSender(outbox.store, _body, POLICY, poll_s=0.05)
    sender.start()
    try:
        job = outbox.end_job(hook.url)
        sender.notify()
        assert hook.arrived.wait(10)
        for _ in range(200):
            if outbox.status(job) == "delivered":
                break
            time.sleep(0.01)
        assert outbox.status(job) == "delivered"
        assert json.loads(hook.calls[0]["body"])["id"] == job.id
    finally:
        sender.stop()


@pytest.mark.parametrize("attempts", [1, 2, 5, 30])
def test_backoff_doubles_with_jitter_up_to_the_cap(attempts: int) -> None:
    ceiling = min(100.0, 2.0 * 2 ** (attempts - 1))
    for seed in range(20):
        delay = retry_delay_s(attempts, base_s=2.0, max_s=100.0, rng=random.Random(seed))
        assert ceiling / 2 <= delay <= ceiling
