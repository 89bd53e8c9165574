"""WebhookSender: works off the outbox; a failing receiver never touches the job.

Deliveries to different destinations go out in parallel (a bounded number at once) and to one
destination one at a time, so a receiver that hangs costs only its own deliveries.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from meshforge import __version__
from meshforge.inputs.addresses import check_url, system_resolver
from meshforge.inputs.errors import InputError
from meshforge.inputs.fetch import DEFAULT_ALLOWED_PORTS
from meshforge.inputs.pinned import pinned_client
from meshforge.jobs.model import Job
from meshforge.telemetry.metrics import WEBHOOK_DELIVERIES
from meshforge.webhooks.policy import WebhookPolicy, retry_delay_s
from meshforge.webhooks.ports import Delivery, DeliveryStore
from meshforge.webhooks.signing import signed_headers

log = logging.getLogger("meshforge.webhooks")

#: webhook receivers get the same port allow-list as image downloads (80 and 443); the
#: private-address setting for local development lifts it, as it does for downloads
WEBHOOK_PORTS = DEFAULT_ALLOWED_PORTS
#: receivers see who calls them (and which version), not the HTTP library
USER_AGENT = f"MeshForge/{__version__}"


def post_webhook(url: str, body: str, headers: dict[str, str], policy: WebhookPolicy) -> int:
    """POST ``body`` to a checked, pinned address; returns the status (no redirects followed)."""
    deadline = time.monotonic() + policy.timeout_s
    target = check_url(
        url,
        allow_private=policy.allow_private,
        allowed_ports=WEBHOOK_PORTS,
        resolver=system_resolver,
        deadline_monotonic_s=deadline,
    )
    with pinned_client(
        target, deadline_monotonic_s=deadline, headers={"user-agent": USER_AGENT}
    ) as client:
        return client.post(target.url, content=body.encode(), headers=headers).status_code


class WebhookSender:
    """Sends due deliveries, retries failures with backoff and jitter, gives up after a bound."""

    def __init__(
        self,
        store: DeliveryStore,
        build_body: Callable[[Job], dict[str, Any]],
        policy: WebhookPolicy,
        poll_s: float = 0.5,
        concurrency: int = 8,
    ) -> None:
        self._store = store
        self._build_body = build_body
        self._policy = policy
        self._poll_s = poll_s
        self._concurrency = max(1, concurrency)
        self._rng = random.Random()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        #: the send under way to each destination: at most one, and at most ``concurrency``
        self._sending: dict[str, threading.Thread] = {}
        self._sending_lock = threading.Lock()
        self._claim_lock = threading.Lock()

    def start(self) -> None:
        """Run the delivery loop in a daemon thread."""
        self._thread = threading.Thread(target=self._loop, name="meshforge-webhooks", daemon=True)
        self._thread.start()

    def notify(self) -> None:
        """A job just ended: look at the outbox now rather than at the next poll."""
        self._wake.set()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the loop and let sends under way finish within ``timeout_s``.

        A send still hanging then is abandoned (its thread is a daemon); its lease runs out and
        the delivery is sent again after the next start, with the same webhook-id.
        """
        deadline = time.monotonic() + timeout_s
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=timeout_s)
        with self._sending_lock:
            under_way = list(self._sending.values())
        for thread in under_way:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))

    def send_due(self) -> int:
        """Send the deliveries due now and wait for them; returns how many were attempted."""
        started = self._start_due()
        for thread in started:
            thread.join()
        return len(started)

    def _start_due(self) -> list[threading.Thread]:
        """Claim due deliveries for the free slots, skipping busy destinations; start them."""
        with self._claim_lock:
            with self._sending_lock:
                free = self._concurrency - len(self._sending)
                busy = set(self._sending)
            if free <= 0:
                return []
            deliveries = self._store.claim_deliveries(
                limit=free, lease_s=self._policy.timeout_s + 30, skip_destinations=busy
            )
            started = []
            for delivery in deliveries:
                thread = threading.Thread(
                    target=self._send_then_release,
                    args=(delivery,),
                    name=f"meshforge-webhook-{delivery.id}",
                    daemon=True,
                )
                with self._sending_lock:
                    self._sending[delivery.destination] = thread
                thread.start()
                started.append(thread)
            return started

    def _loop(self) -> None:
        while not self._stopping.is_set():
            # cleared before looking, so a send that ends meanwhile wakes the wait below
            self._wake.clear()
            try:
                if self._start_due():
                    continue
            except Exception:
                log.exception("webhook loop error; retrying")
            self._wake.wait(self._poll_s)

    def _send_then_release(self, delivery: Delivery) -> None:
        try:
            self._send(delivery)
        except Exception:
            # the delivery stays leased and pending: it is sent again when the lease runs out
            log.exception("webhook delivery %s: unexpected error", delivery.id)
        finally:
            with self._sending_lock:
                self._sending.pop(delivery.destination, None)
            self._wake.set()  # a slot and a destination are free again

    def _send(self, delivery: Delivery) -> None:
        job = self._store.get_job(delivery.job_id, owner_id=delivery.owner_id)
        if job is None or job.file_prefix != delivery.file_prefix:
            # the job is gone; a job holding its id now (if ids ever came back) is not its to send
            self._store.finish_delivery(delivery, "failed", "the job was deleted")
            return
        body = json.dumps(self._build_body(job))
        headers = (
            signed_headers(delivery.secret, delivery.message_id, body)
            if delivery.secret
            else {"content-type": "application/json", "webhook-id": delivery.message_id}
        )
        try:
            status = post_webhook(delivery.url, body, headers, self._policy)
            error = f"the receiver answered HTTP {status}"
        except InputError as exc:
            status, error = 0, str(exc)
        except httpx.HTTPError as exc:
            status, error = 0, f"could not reach the receiver ({type(exc).__name__})"
        if 200 <= status < 300:
            self._store.finish_delivery(delivery, "delivered")
            WEBHOOK_DELIVERIES.labels("delivered").inc()
        elif status == 410:  # Standard Webhooks: the receiver asks us to stop
            self._store.finish_delivery(delivery, "disabled", error)
            WEBHOOK_DELIVERIES.labels("disabled").inc()
        elif delivery.attempts + 1 >= self._policy.max_attempts:
            self._store.finish_delivery(delivery, "failed", error)
            WEBHOOK_DELIVERIES.labels("failed").inc()
            log.warning("job %s: webhook given up after %s attempts", job.id, delivery.attempts + 1)
        else:
            WEBHOOK_DELIVERIES.labels("retry").inc()
            delay_s = retry_delay_s(
                delivery.attempts + 1,
                self._policy.retry_base_s,
                self._policy.retry_max_s,
                self._rng,
            )
            self._store.retry_delivery(delivery, time.time() + delay_s, error)


def check_webhook_url(url: str, allow_private: bool, timeout_s: float = 5.0) -> None:
    """Refuse a webhook URL at submit time if it could never be called (checked again on send)."""
    try:
        check_url(
            url,
            allow_private=allow_private,
            allowed_ports=WEBHOOK_PORTS,
            resolver=system_resolver,
            deadline_monotonic_s=time.monotonic() + timeout_s,
        )
    except InputError as exc:
        raise InputError(f"webhook: {exc}") from exc
