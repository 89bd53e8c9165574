"""What the outbox holds for one delivery, and when to try a failed one again."""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


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


def retry_delay_s(attempts: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential backoff with jitter; ``attempts`` is the number of failed sends so far."""
    ceiling = min(max_s, base_s * 2 ** max(0, attempts - 1))
    return float(ceiling / 2 + rng.uniform(0, ceiling / 2))
