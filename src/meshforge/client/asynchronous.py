"""AsyncClient: the asyncio MeshForge (and ModelsLab) 3D client, the same operations as Client."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx

from meshforge.client.following import STREAM_HEADERS, StreamPolicy
from meshforge.client.operations import JobRef, Operations
from meshforge.client.protocol import (
    END_OF_STREAM,
    Answer,
    Listen,
    NextEvent,
    Plan,
    PollPolicy,
    Reply,
    RetryPolicy,
    Send,
    Sleep,
    is_event_stream,
)
from meshforge.client.results import Job, Upload
from meshforge.client.sources import FileLike, ImageInput
from meshforge.client.transport import (
    DEFAULT_TIMEOUT_S,
    USER_AGENT,
    AsyncEventReader,
    PartialFile,
    http_timeout,
    resolve_base_url,
    resolve_key,
)

T = TypeVar("T")


class AsyncClient:
    """Generate 3D models on a MeshForge server or ModelsLab's hosted API.

    ``Client``'s operations as coroutines (``await client.wait(job)``); use it with
    ``async with``, or ``await aclose()``.
    """

    def __init__(
        self,
        base_url: str | None = None,
        key: str | None = None,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        retry: RetryPolicy | None = None,
        poll: PollPolicy | None = None,
        stream: StreamPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.base_url = resolve_base_url(base_url)
        self._ops = Operations(
            self.base_url, resolve_key(key), retry or RetryPolicy(), poll or PollPolicy(), stream
        )
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=http_timeout(timeout_s),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=True,  # S3-served outputs answer with a redirect
            transport=transport,
        )
        self._sleep = sleep

    # ---- operations ---------------------------------------------------------------------

    async def text_to_3d(
        self,
        prompt: str,
        *,
        output_format: str | None = None,
        seed: int | None = None,
        model_id: str | None = None,
        negative_prompt: str | None = None,
        resolution: int | None = None,
        render: bool | None = None,
        temp: bool | None = None,
        webhook: str | None = None,
        track_id: Any = None,
        **fields: Any,
    ) -> Job:
        """Queue a text-to-3D job; ``wait`` for it. Other ModelsLab fields go in ``fields``."""
        named = {
            "output_format": output_format,
            "seed": seed,
            "model_id": model_id,
            "negative_prompt": negative_prompt,
            "resolution": resolution,
            "render": render,
            "temp": temp,
            "webhook": webhook,
            "track_id": track_id,
        }
        return await self._run(self._ops.text_to_3d(prompt, {**named, **fields}))

    async def image_to_3d(
        self,
        image: ImageInput,
        *,
        output_format: str | None = None,
        seed: int | None = None,
        model_id: str | None = None,
        resolution: int | None = None,
        render: bool | None = None,
        temp: bool | None = None,
        webhook: str | None = None,
        track_id: Any = None,
        **fields: Any,
    ) -> Job:
        """Queue an image-to-3D job from a URL, a path, bytes, a PIL image, or a list of 2-4
        views (front, right, back, left, each on a transparent background).

        Anything but a URL is uploaded with ``base64_to_url`` first.
        """
        named = {
            "output_format": output_format,
            "seed": seed,
            "model_id": model_id,
            "resolution": resolution,
            "render": render,
            "temp": temp,
            "webhook": webhook,
            "track_id": track_id,
        }
        return await self._run(self._ops.image_to_3d(image, {**named, **fields}))

    async def base64_to_url(self, file: FileLike) -> Upload:
        """Upload a file (image, audio, video or 3D; a path, bytes or PIL image): its URL."""
        return await self._run(self._ops.upload(file))

    async def fetch(self, job: JobRef) -> Job:
        """The job's current state."""
        return await self._run(self._ops.fetch(job))

    async def wait(
        self,
        job: JobRef,
        *,
        timeout_s: float | None = 600.0,
        on_update: Callable[[Job], None] | None = None,
    ) -> Job:
        """Wait until the job succeeds and return it; ``on_update`` sees every new state.

        Follows the job's event stream where the server has one (MeshForge), so each change
        arrives as it happens; polls ``fetch`` where it has not (ModelsLab) or when the stream
        fails. Raises JobFailedError with the server's message when the job fails, and
        WaitTimeoutError after ``timeout_s`` (None waits for ever).
        """
        return await self._run(self._ops.wait(job, timeout_s, on_update))

    async def download(self, job: Job, directory: str | Path = ".") -> list[Path]:
        """Save a succeeded job's files (the model first) into ``directory``."""
        return await self._run(self._ops.download(job, Path(directory)))

    async def cancel(self, job: JobRef) -> Job:
        """Cancel a queued or running job (MeshForge's own route); returns its state."""
        return await self._run(self._ops.cancel(job))

    async def list(self, *, page: int = 1, per_page: int = 10) -> list[Job]:
        """The key's jobs, newest first (MeshForge's own route)."""
        return await self._run(self._ops.list_jobs(page, per_page))

    # ---- carrying plans out -------------------------------------------------------------

    async def _run(self, plan: Plan[T]) -> T:
        events: AsyncEventReader | None = None
        try:
            step = next(plan)
            while True:
                reply: Reply = None
                if isinstance(step, NextEvent):
                    reply = await events.next_event() if events is not None else END_OF_STREAM
                else:
                    if events is not None:  # the plan moved on: the stream is done with
                        await events.close()
                        events = None
                    if isinstance(step, Sleep):
                        await self._sleep(step.seconds)
                    elif isinstance(step, Listen):
                        events, reply = await self._listen(step)
                    else:
                        reply = await self._send(step)
                step = plan.send(reply)
        except StopIteration as done:
            result: T = done.value
            return result
        finally:
            if events is not None:
                await events.close()

    async def _listen(self, listen: Listen) -> tuple[AsyncEventReader | None, Answer | Exception]:
        send = listen.send
        request = self._http.build_request(
            send.method,
            send.path,
            json=send.json,
            headers=STREAM_HEADERS,
            timeout=http_timeout(listen.read_timeout_s),
        )
        try:
            response = await self._http.send(request, stream=True)
        except httpx.TransportError as exc:
            return None, exc
        answer = Answer(response.status_code, response.headers)
        if is_event_stream(answer):
            return AsyncEventReader(response), answer
        try:
            return None, Answer(response.status_code, response.headers, await response.aread())
        except httpx.TransportError as exc:
            return None, exc
        finally:
            await response.aclose()

    async def _send(self, send: Send) -> Answer | Exception:
        try:
            if send.save_to is None:
                response = await self._http.request(send.method, send.path, json=send.json)
                return Answer(response.status_code, response.headers, response.content)
            async with self._http.stream(send.method, send.path, json=send.json) as response:
                if response.status_code >= 400:
                    return Answer(response.status_code, response.headers, await response.aread())
                partial = PartialFile(send.save_to)
                try:
                    async for chunk in response.aiter_bytes():
                        partial.write(chunk)
                except BaseException:
                    partial.discard()
                    raise
                partial.commit()
                return Answer(response.status_code, response.headers)
        except httpx.TransportError as exc:
            return exc

    # ---- lifetime -----------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
