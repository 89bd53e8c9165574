"""How hard a sender tries: the time a request may take, retries with backoff, which hosts."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class WebhookPolicy:
    """Limits of delivery: per-request time, retry schedule, and which addresses may be called."""

    timeout_s: float = 10.0
    retry_base_s: float = 10.0
    retry_max_s: float = 3600.0
    max_attempts: int = 10
    allow_private: bool = False


def retry_delay_s(attempts: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential backoff with jitter; ``attempts`` is the number of failed sends so far."""
    ceiling = min(max_s, base_s * 2 ** max(0, attempts - 1))
    return float(ceiling / 2 + rng.uniform(0, ceiling / 2))
