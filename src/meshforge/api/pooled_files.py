"""Responses that do their blocking file and storage work on an executor of their own.

Starlette's FileResponse and StreamingResponse read through AnyIO's shared thread pool, the
same 40 threads every sync route and run_in_threadpool call competes for. /out is what users
download their models from; these keep it answering whatever else holds that pool.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Executor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import IO, TypeVar

import anyio
from starlette.responses import FileResponse

T = TypeVar("T")


async def run_on(executor: Executor, call: Callable[[], T]) -> T:
    """Run ``call`` on ``executor`` and wait for it without blocking the event loop."""
    return await asyncio.get_running_loop().run_in_executor(executor, call)


def _open_for_reading(path: Path) -> IO[bytes]:
    return path.open("rb")


class PooledFile(anyio.AsyncFile[bytes]):
    """A binary file whose read, seek and close (all FileResponse uses) run on ``executor``."""

    def __init__(self, fp: IO[bytes], executor: Executor) -> None:
        super().__init__(fp)
        self._executor = executor

    async def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` bytes on the executor."""
        return await run_on(self._executor, lambda: self.wrapped.read(size))

    async def seek(self, offset: int, whence: int | None = os.SEEK_SET) -> int:
        """Move to ``offset`` on the executor."""
        origin = os.SEEK_SET if whence is None else whence
        return await run_on(self._executor, lambda: self.wrapped.seek(offset, origin))

    async def aclose(self) -> None:
        """Close on the executor, even when the transfer is being cancelled."""
        with anyio.CancelScope(shield=True):
            await run_on(self._executor, self.wrapped.close)


class PooledFileResponse(FileResponse):
    """A FileResponse (ranges, HEAD, ETag) whose file is opened and read on ``executor``.

    ``stat_result`` is required: FileResponse would otherwise stat in the shared pool.
    """

    def __init__(
        self,
        path: Path,
        *,
        executor: Executor,
        stat_result: os.stat_result,
        media_type: str,
        headers: dict[str, str],
    ) -> None:
        super().__init__(path, media_type=media_type, headers=headers, stat_result=stat_result)
        self._path = path
        self._executor = executor

    # Overrides FileResponse's own opening hook (Starlette 1.x). Should a Starlette upgrade
    # stop calling it, files would silently go back to the shared pool; the test
    # test_out_is_served_while_the_shared_thread_pool_is_exhausted then fails.
    @asynccontextmanager
    async def _open_file(self) -> AsyncIterator[anyio.AsyncFile[bytes]]:
        path = self._path
        fp = await run_on(self._executor, lambda: _open_for_reading(path))
        file = PooledFile(fp, self._executor)
        try:
            yield file
        finally:
            await file.aclose()


async def pooled_chunks(chunks: Iterator[bytes], executor: Executor) -> AsyncIterator[bytes]:
    """Pull a blocking iterator (e.g. an S3 body) one chunk at a time on ``executor``."""
    while True:
        chunk = await run_on(executor, lambda: next(chunks, None))
        if chunk is None:
            return
        yield chunk
