"""DownloadPool: a thread now or a 'busy' answer at once, per key and in total."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator

import pytest

from meshforge.inputs.download_pool import DownloadPool, KeyBusy, PoolFull


@pytest.fixture
def pool() -> Iterator[DownloadPool]:
    """Three threads, at most two for one key."""
    downloads = DownloadPool(workers=3, per_key=2)
    yield downloads
    downloads.shutdown()


def _blocker(release: threading.Event, started: threading.Semaphore) -> Callable[[], str]:
    def task() -> str:
        started.release()
        release.wait(10)
        return "done"

    return task


def test_per_key_limit_and_total_limit_refuse_at_once(pool: DownloadPool) -> None:
    release, started = threading.Event(), threading.Semaphore(0)
    task = _blocker(release, started)

    async def scenario() -> list[str]:
        first = asyncio.ensure_future(pool.run(task, key="a"))
        second = asyncio.ensure_future(pool.run(task, key="a"))
        await asyncio.sleep(0)  # both admitted
        with pytest.raises(KeyBusy):
            await pool.run(task, key="a")
        third = asyncio.ensure_future(pool.run(task, key="b"))
        await asyncio.sleep(0)
        assert (pool.running(), pool.running("a"), pool.running("b")) == (3, 2, 1)
        with pytest.raises(PoolFull):
            await pool.run(task, key="c")
        with pytest.raises(PoolFull):
            await pool.run(task, key=None)  # no key still needs a thread
        release.set()
        return list(await asyncio.gather(first, second, third))

    assert asyncio.run(asyncio.wait_for(scenario(), 10)) == ["done"] * 3
    assert pool.running() == 0
    assert pool.running("a") == 0


def test_unkeyed_tasks_count_only_against_the_pool(pool: DownloadPool) -> None:
    release, started = threading.Event(), threading.Semaphore(0)
    task = _blocker(release, started)

    async def scenario() -> None:
        held = [asyncio.ensure_future(pool.run(task, key=None)) for _ in range(2)]
        await asyncio.sleep(0)
        assert pool.running("a") == 0
        keyed = asyncio.ensure_future(pool.run(task, key="a"))
        await asyncio.sleep(0)
        assert pool.running() == 3
        release.set()
        await asyncio.gather(*held, keyed)

    asyncio.run(asyncio.wait_for(scenario(), 10))
    assert pool.running() == 0


def test_errors_of_the_task_reach_the_caller_and_free_the_thread(pool: DownloadPool) -> None:
    def fail() -> None:
        raise ValueError("bad image")

    async def scenario() -> None:
        for _ in range(5):  # more than the pool: each failure gave its thread back
            with pytest.raises(ValueError, match="bad image"):
                await pool.run(fail, key="a")

    asyncio.run(scenario())
    assert pool.running() == 0


def test_a_cancelled_request_keeps_its_slot_until_the_thread_is_done(pool: DownloadPool) -> None:
    """The thread stays busy after the client leaves; counting it free would overfill the pool."""
    release, started = threading.Event(), threading.Semaphore(0)
    task = _blocker(release, started)

    async def scenario() -> None:
        request = asyncio.ensure_future(pool.run(task, key="a"))
        await asyncio.to_thread(started.acquire, True, 5)
        request.cancel()
        with pytest.raises(asyncio.CancelledError):
            await request
        assert pool.running("a") == 1
        release.set()
        for _ in range(200):
            if pool.running() == 0:
                return
            await asyncio.sleep(0.01)

    asyncio.run(asyncio.wait_for(scenario(), 10))
    assert pool.running() == 0


def test_after_shutdown_the_pool_answers_full() -> None:
    downloads = DownloadPool(workers=1, per_key=1)
    downloads.shutdown()
    with pytest.raises(PoolFull):
        asyncio.run(downloads.run(lambda: None, key="a"))
    assert downloads.running() == 0
