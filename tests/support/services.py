"""The project's services (PostgreSQL, Redis): required in CI, skipped with a reason elsewhere."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

POSTGRES_URL = os.environ.get(
    "MESHFORGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("MESHFORGE_TEST_REDIS_URL", "redis://127.0.0.1:6379")


def require(service: str, url: str, probe: Callable[[], object]) -> None:
    """Run ``probe``; if it fails, fail the test in CI and skip it elsewhere, saying why."""
    try:
        probe()
    except Exception as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{service} is required in CI and unreachable at {url}: {exc}")
        pytest.skip(f"{service} not reachable at {url}")


def redis_db(db: int) -> str:
    """A Redis URL on database ``db``, emptied first (each suite takes its own number)."""
    import redis

    url = f"{REDIS_URL}/{db}"

    def flush() -> None:
        client = redis.Redis.from_url(url, socket_connect_timeout=2)
        try:
            client.flushdb()
        finally:
            client.close()

    require("Redis", url, flush)
    return url


RABBITMQ_URL = os.environ.get("MESHFORGE_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672//")


def rabbitmq_queues(names: list[str]) -> str:
    """The RabbitMQ URL, with ``names`` declared and emptied (messages of earlier runs gone)."""
    from kombu import Connection, Queue

    def purge() -> None:
        with Connection(RABBITMQ_URL, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1)
            channel = conn.default_channel
            for name in names:
                queue = Queue(name, channel=channel)
                queue.declare()
                queue.purge()

    require("RabbitMQ", RABBITMQ_URL, purge)
    return RABBITMQ_URL
