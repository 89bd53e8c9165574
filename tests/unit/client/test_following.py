"""``wait`` over MeshForge's event stream, against scripted answers (httpx's MockTransport):
events become updates, and a server without a stream, a cut or silent stream, or a 429 from
the stream cap make it poll ``fetch`` instead, with the same result."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from meshforge.client import AsyncClient, Client, Job, JobFailedError, RetryPolicy, StreamPolicy
from meshforge.client.following import EventParser
from meshforge.client.protocol import ServerEvent

STREAM, FETCH = "/api/v6/3d/stream/7", "/api/v6/3d/fetch/7"
QUEUED = {
    "status": "processing",
    "id": 7,
    "eta": 9,
    "output": [],
    "progress": 0,
    "queue_position": 2,
}
RUNNING = {**QUEUED, "queue_position": 0, "progress": 40, "eta": 3}
SUCCESS = {"status": "success", "id": 7, "output": ["http://mf.test/out/a.glb"], "progress": 100}
FAILED = {"status": "failed", "id": 7, "message": "The engine crashed.", "output": []}


def sse(*events: tuple[str, dict[str, Any]]) -> bytes:
    """Events as MeshForge sends them: a retry line, then ``event``/``data`` pairs."""
    lines = ["retry: 2000", ""]
    for name, body in events:
        lines += [f"event: {name}", f"data: {json.dumps(body)}", ""]
    return ("\n".join(lines) + "\n").encode()


class CutStream(httpx.SyncByteStream):
    """A response body that sends ``first`` and then fails as a dropped connection does."""

    def __init__(self, first: bytes, error: Exception) -> None:
        self.first, self.error = first, error

    def __iter__(self) -> Iterator[bytes]:
        if self.first:
            yield self.first
        raise self.error


def event_stream(body: bytes | httpx.SyncByteStream) -> httpx.Response:
    headers = {"content-type": "text/event-stream; charset=utf-8"}
    if isinstance(body, bytes):
        return httpx.Response(200, headers=headers, content=body)
    return httpx.Response(200, headers=headers, stream=body)


class Server:
    """Answers by route: a list of replies per path, taken in order; remembers every request."""

    def __init__(self, **routes: Sequence[httpx.Response | Exception]) -> None:
        self.routes = {STREAM: list(routes.get("stream", [])), FETCH: list(routes.get("fetch", []))}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.routes[request.url.path].pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    @property
    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


def client_for(server: Server) -> tuple[Client, list[float]]:
    slept: list[float] = []
    retry = RetryPolicy(backoff_base_s=0.01, backoff_max_s=0.02)
    transport = httpx.MockTransport(server)
    return Client(
        "http://mf.test", "k-1", transport=transport, sleep=slept.append, retry=retry
    ), slept


def test_wait_follows_the_stream_and_returns_the_final_body() -> None:
    server = Server(
        stream=[event_stream(sse(("status", QUEUED), ("status", RUNNING), ("done", SUCCESS)))]
    )
    client, slept = client_for(server)
    seen: list[Job] = []

    job = client.wait(7, on_update=seen.append)

    assert job.succeeded and job.output == ("http://mf.test/out/a.glb",) and job.raw == SUCCESS
    assert [(state.queue_position, state.progress) for state in seen] == [
        (2, 0),
        (0, 40),
        (None, 100),
    ]
    assert server.paths == [STREAM] and slept == []  # no polling at all
    (request,) = server.requests
    # the key in the body, never in the URL (proxies log URLs)
    assert request.method == "POST" and json.loads(request.content) == {"key": "k-1"}
    assert "k-1" not in str(request.url)
    assert request.headers["accept"] == "text/event-stream"


def test_a_failure_on_the_stream_raises_with_the_servers_message() -> None:
    server = Server(stream=[event_stream(sse(("status", RUNNING), ("done", FAILED)))])
    client, _ = client_for(server)
    with pytest.raises(JobFailedError, match="The engine crashed"):
        client.wait(7)
    assert server.paths == [STREAM]


@pytest.mark.parametrize("status", [404, 405])
def test_a_server_without_the_stream_route_is_polled(status: int) -> None:
    # ModelsLab's hosted API: no such route
    missing = [httpx.Response(status, json={"message": "Not Found"}) for _ in range(2)]
    answers = [RUNNING, RUNNING, SUCCESS, SUCCESS]
    server = Server(stream=missing, fetch=[httpx.Response(200, json=body) for body in answers])
    client, slept = client_for(server)
    seen: list[int | None] = []

    assert client.wait(7, on_update=lambda job: seen.append(job.progress)).succeeded
    assert server.paths == [STREAM, FETCH, FETCH, FETCH] and len(slept) == 2
    assert seen == [40, 40, 100]

    # a 405 says the route is missing, so the next wait polls at once; a 404 may only mean
    # "no such job", so the stream is tried again
    client.wait(7)
    assert server.paths[4:] == ([FETCH] if status == 405 else [STREAM, FETCH])


def test_a_stream_cut_mid_job_reconnects_then_polls_and_still_finishes() -> None:
    cut = CutStream(sse(("status", RUNNING)), httpx.RemoteProtocolError("peer closed connection"))
    server = Server(
        stream=[event_stream(cut), httpx.ConnectError("Connection refused")],
        fetch=[httpx.Response(200, json=SUCCESS)],
    )
    client, _ = client_for(server)
    seen: list[Job] = []
    job = client.wait(7, on_update=seen.append)
    assert job.succeeded
    assert server.paths == [STREAM, STREAM, FETCH]
    assert [state.progress for state in seen] == [40, 100]


def test_a_reconnect_that_hears_events_goes_on_streaming() -> None:
    cut = CutStream(sse(("status", QUEUED)), httpx.ReadError("connection reset"))
    server = Server(
        stream=[event_stream(cut), event_stream(sse(("status", RUNNING), ("done", SUCCESS)))]
    )
    client, _ = client_for(server)
    assert client.wait(7).succeeded
    assert server.paths == [STREAM, STREAM]


def test_a_silent_stream_is_a_buffering_proxy_polling_takes_over_for_good() -> None:
    silent = CutStream(b"", httpx.ReadTimeout("timed out"))
    server = Server(
        stream=[event_stream(silent)],
        fetch=[httpx.Response(200, json=SUCCESS)] * 2,
    )
    client, _ = client_for(server)
    assert client.wait(7).succeeded
    assert client.wait(7).succeeded
    assert server.paths == [STREAM, FETCH, FETCH]


def test_429_from_the_stream_cap_polls_this_wait_and_streams_the_next() -> None:
    capped = httpx.Response(429, json={"status": "error", "message": "Too many open streams"})
    server = Server(
        stream=[capped, event_stream(sse(("done", SUCCESS)))],
        fetch=[httpx.Response(200, json=SUCCESS)],
    )
    client, _ = client_for(server)
    assert client.wait(7).succeeded
    assert client.wait(7).succeeded
    assert server.paths == [STREAM, FETCH, STREAM]


def test_streaming_can_be_turned_off() -> None:
    server = Server(fetch=[httpx.Response(200, json=SUCCESS)])
    client = Client(
        "http://mf.test",
        "k",
        stream=StreamPolicy(enabled=False),
        transport=httpx.MockTransport(server),
    )
    assert client.wait(7).succeeded
    assert server.paths == [FETCH]


def test_the_async_client_follows_the_same_stream() -> None:
    body = sse(("status", QUEUED), ("status", RUNNING), ("done", SUCCESS))
    server = Server(stream=[event_stream(body)])

    async def run() -> tuple[Job, list[int | None]]:
        seen: list[int | None] = []
        async with AsyncClient(
            "http://mf.test", "k", transport=httpx.MockTransport(server)
        ) as client:
            return await client.wait(7, on_update=lambda job: seen.append(job.progress)), seen

    job, seen = asyncio.run(run())
    assert job.succeeded and seen == [0, 40, 100]
    assert server.paths == [STREAM]


def test_the_event_parser_follows_the_sse_rules() -> None:
    parser = EventParser()
    lines = [
        "retry: 2000",
        "",  # no data: no event
        ": keep-alive",
        "",
        "event: status",
        'data: {"a":',
        "data:1}",  # the space after the colon is optional
        "",
        "data: plain",
        "",
    ]
    events = [event for line in lines if (event := parser.feed(line)) is not None]
    assert events == [ServerEvent("status", '{"a":\n1}'), ServerEvent("message", "plain")]
