"""What the outbox holds for one delivery, and when to try a failed one again."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Delivery:
    """One webhook to send: the job it reports, where to, and how to sign it."""

    id: int
    job_id: int
    url: str
    message_id: str  #: stable across retries, so receivers can drop duplicates
    attempts: int
    secret: str | None


def retry_delay_s(attempts: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential backoff with jitter; ``attempts`` is the number of failed sends so far."""
    ceiling = min(max_s, base_s * 2 ** max(0, attempts - 1))
    return float(ceiling / 2 + rng.uniform(0, ceiling / 2))
