"""The webhook outbox port: what it holds for one delivery, and what a sender asks of it.

A delivery is written in the same atomic step that ends its job (``JobStore.transition``),
so no webhook is lost to a crash; senders claim due deliveries with a lease and settle them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from meshforge.jobs.ports import JobReader

_DEFAULT_PORTS = {"http": 80, "https": 443}

#: how a delivery ends: the receiver took it, it was given up, or the receiver said "gone"
DeliveryEnd = Literal["delivered", "failed", "disabled"]


@dataclass(frozen=True)
class Delivery:
    """One webhook to send: the job it reports, where to, and how to sign it."""

    id: int
    job_id: int
    #: the key the job belonged to when the delivery was written; only that key's job is sent
    owner_id: int
    #: the job's file_prefix, unique for all time: an id alone could name a different job
    file_prefix: str
    url: str
    destination: str  #: see ``destination_of``
    message_id: str  #: stable across retries, so receivers can drop duplicates
    attempts: int
    secret: str | None


def destination_of(url: str) -> str:
    """``scheme://host:port`` of a webhook URL: deliveries to one of these go one at a time."""
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 0)
    except ValueError:  # a bad port; the send fails and says why, here it is its own destination
        return url
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def message_id_of(file_prefix: str) -> str:
    """The ``webhook-id`` of a job's delivery: the same on every retry and in every store."""
    return f"msg_{file_prefix.replace('-', '')}"


class DeliveryStore(JobReader, Protocol):
    """The outbox, and the jobs its deliveries report."""

    def claim_deliveries(
        self, limit: int, lease_s: float, skip_destinations: Collection[str] = ()
    ) -> list[Delivery]:
        """Due deliveries, each pushed ``lease_s`` into the future so that one sender takes it.

        At most one per destination, and none to ``skip_destinations`` (those the caller is
        still sending to): a receiver that hangs then holds one sender, not all of them.
        Signed with the secret of the delivery's own owner, whoever has a job of its id now.
        """
        ...

    def finish_delivery(
        self, delivery: Delivery, status: DeliveryEnd, error: str | None = None
    ) -> None:
        """Record a delivery's end, on it and on its own job (matched by owner and prefix)."""
        ...

    def retry_delivery(self, delivery: Delivery, next_attempt_at: float, error: str) -> None:
        """Count a failed attempt and schedule the next one."""
        ...

    def deliveries_for(self, job_id: int) -> list[dict[str, Any]]:
        """Every delivery of one job with all its fields, oldest first (tests, diagnostics)."""
        ...
