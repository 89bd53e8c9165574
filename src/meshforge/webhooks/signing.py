"""Standard Webhooks signatures (``webhook-id``, ``webhook-timestamp``, ``webhook-signature``)."""

from __future__ import annotations

from datetime import UTC, datetime

from standardwebhooks import Webhook


def signed_headers(
    secret: str, message_id: str, body: str, now: datetime | None = None
) -> dict[str, str]:
    """The three headers a receiver verifies with its copy of ``secret``."""
    timestamp = now or datetime.now(tz=UTC)
    signature = Webhook(secret).sign(message_id, timestamp, body)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signature,
        "content-type": "application/json",
    }
