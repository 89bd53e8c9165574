"""Threads of their own for work a remote party can stretch: downloads and address checks.

A URL that trickles bytes holds its thread for the whole download timeout. Run in Starlette's
shared pool (40 threads, also behind every sync route and every file read of /out), a few
dozen such URLs stall every user; here they can fill only this pool, one key only its share.

Admission is decided at once, never queued: a waiting request would still hold its
connection and its body (up to the body limit) for as long as a slow download ahead of it,
which is the resource exhaustion this pool exists to prevent. So a request either gets a
thread now or a "busy" answer the client may retry.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class DownloadPoolBusy(Exception):
    """No thread of the download pool may be taken now; the request can be sent again."""


class KeyBusy(DownloadPoolBusy):
    """The caller already has its maximum number of downloads running."""


class PoolFull(DownloadPoolBusy):
    """Every thread of the download pool is busy."""


class DownloadPool:
    """A fixed number of threads, at most ``per_key`` of them working for one caller at once."""

    def __init__(self, workers: int, per_key: int) -> None:
        self.workers = workers
        self.per_key = per_key
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="meshforge-download")
        self._lock = threading.Lock()  # callers may live on several event loops (tests)
        self._running = 0
        self._running_by_key: dict[Hashable, int] = {}

    def _admit(self, key: Hashable | None) -> None:
        with self._lock:
            if key is not None and self._running_by_key.get(key, 0) >= self.per_key:
                raise KeyBusy(f"this key already has {self.per_key} downloads running")
            if self._running >= self.workers:
                raise PoolFull(f"all {self.workers} download threads are busy")
            self._running += 1
            if key is not None:
                self._running_by_key[key] = self._running_by_key.get(key, 0) + 1

    def _release(self, key: Hashable | None) -> None:
        with self._lock:
            self._running -= 1
            if key is not None:
                left = self._running_by_key[key] - 1
                if left:
                    self._running_by_key[key] = left
                else:
                    del self._running_by_key[key]

    def running(self, key: Hashable | None = None) -> int:
        """Tasks holding a thread: all of them, or those counted against ``key``."""
        with self._lock:
            return self._running if key is None else self._running_by_key.get(key, 0)

    async def run(self, task: Callable[[], T], *, key: Hashable | None) -> T:
        """Run ``task`` on a pool thread; raises KeyBusy or PoolFull at once instead of waiting.

        ``key`` names the caller whose share the task counts against; None counts it only
        against the pool (work no remote party can slow down, such as decoding an upload).
        """
        self._admit(key)
        try:
            future: Future[T] = self._executor.submit(task)
        except RuntimeError:  # shut down: the server is stopping
            self._release(key)
            raise PoolFull("the server is shutting down") from None
        # Released when the thread is done with the task, not when the awaiting request goes
        # away: a cancelled request leaves its download running until the deadline ends it.
        future.add_done_callback(lambda _done: self._release(key))
        return await asyncio.wrap_future(future)

    def shutdown(self) -> None:
        """Take no more tasks; running downloads end by their own deadline."""
        self._executor.shutdown(wait=False, cancel_futures=True)
