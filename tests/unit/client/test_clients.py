"""Client and AsyncClient against scripted answers (httpx's MockTransport): what they send,
how they retry, poll and download, with sleeps recorded instead of slept."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from meshforge.client import (
    MODELSLAB_BASE_URL,
    AsyncClient,
    Client,
    Job,
    JobFailedError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServerUnreachableError,
    WaitTimeoutError,
)

Reply = httpx.Response | Exception
FAST = RetryPolicy(backoff_base_s=0.01, backoff_max_s=0.02)


class Script:
    """Answers requests in order and remembers them."""

    def __init__(self, replies: list[Reply | Callable[[httpx.Request], Reply]]) -> None:
        self.replies: Iterator[Reply | Callable[[httpx.Request], Reply]] = iter(replies)
        self.requests: list[httpx.Request] = []
        self.bodies: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(json.loads(request.content) if request.content else {})
        reply = next(self.replies)
        if callable(reply) and not isinstance(reply, httpx.Response):
            reply = reply(request)
        if isinstance(reply, Exception):
            raise reply
        return reply

    @property
    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


def ok(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json=body)


def error(status: int, message: str, **extra: Any) -> httpx.Response:
    headers = {"Retry-After": str(extra["retry_after"])} if "retry_after" in extra else {}
    return httpx.Response(
        status, json={"status": "error", "message": message, **extra}, headers=headers
    )


PROCESSING = {"status": "processing", "id": 7, "eta": 30, "output": [], "progress": 10}
SUCCESS = {
    "status": "success",
    "id": 7,
    "output": ["http://mf.test/out/abc.glb"],
    "extra_assets": ["http://mf.test/out/abc.png"],
}


def client_for(script: Script, **kwargs: Any) -> tuple[Client, list[float]]:
    slept: list[float] = []
    client = Client(
        "http://mf.test",
        key="k-1",
        transport=httpx.MockTransport(script),
        sleep=slept.append,
        retry=kwargs.pop("retry", FAST),
        **kwargs,
    )
    return client, slept


def test_text_to_3d_sends_the_key_and_set_fields_only() -> None:
    script = Script([ok(PROCESSING)])
    client, _ = client_for(script)
    job = client.text_to_3d("a red chair", seed=5, output_format="obj", texture_size=512)
    assert script.paths == ["/api/v6/3d/text_to_3d"]
    assert script.bodies[0] == {
        "key": "k-1",
        "prompt": "a red chair",
        "seed": 5,
        "output_format": "obj",
        "texture_size": 512,
    }
    assert job.id == 7 and job.eta_s == 30 and job.progress == 10


def test_the_modelslab_base_url_reaches_the_same_routes() -> None:
    script = Script([ok(PROCESSING)])
    client = Client(MODELSLAB_BASE_URL + "/api/", key="k", transport=httpx.MockTransport(script))
    client.text_to_3d("a mug")
    assert str(script.requests[0].url) == "https://modelslab.com/api/v6/3d/text_to_3d"


def test_key_and_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MESHFORGE_URL", "http://env.test:9000/")
    monkeypatch.setenv("MESHFORGE_KEY", "from-env")
    script = Script([ok(PROCESSING)])
    Client(transport=httpx.MockTransport(script)).text_to_3d("a mug")
    assert str(script.requests[0].url).startswith("http://env.test:9000/api/v6/")
    assert script.bodies[0]["key"] == "from-env"
    monkeypatch.delenv("MESHFORGE_KEY")
    with pytest.raises(ValueError, match="MESHFORGE_KEY"):
        Client()


def test_429_is_waited_out_as_the_server_asks_then_sent_again() -> None:
    script = Script([error(429, "Rate limit exceeded.", retry_after=3), ok(PROCESSING)])
    client, slept = client_for(script)
    assert client.text_to_3d("a mug").id == 7
    assert slept == [3.0]
    assert script.paths == ["/api/v6/3d/text_to_3d"] * 2


def test_429_beyond_the_budget_raises_with_retry_after() -> None:
    script = Script([error(429, "Maximum 5 queued requests.", retry_after=30)] * 3)
    client, slept = client_for(script, retry=RetryPolicy(max_retries=2))
    with pytest.raises(RateLimitError, match="Maximum 5 queued requests") as raised:
        client.text_to_3d("a mug")
    assert raised.value.retry_after_s == 30
    assert slept == [30.0, 30.0]


def test_a_500_on_create_is_not_sent_twice_but_on_fetch_it_is() -> None:
    script = Script([error(500, "Internal server error.")])
    client, _ = client_for(script)
    with pytest.raises(ServerError):
        client.text_to_3d("a mug")
    assert len(script.requests) == 1

    script = Script([error(500, "Internal server error."), ok(SUCCESS)])
    client, slept = client_for(script)
    assert client.fetch(7).succeeded
    assert len(slept) == 1


def test_transient_failures_spend_a_bounded_budget() -> None:
    script = Script([error(503, "shutting down")] * 10)
    client, slept = client_for(script, retry=RetryPolicy(max_retries=3, backoff_base_s=0.01))
    with pytest.raises(ServerError, match="503"):
        client.fetch(7)
    assert len(script.requests) == 4 and len(slept) == 3


def test_a_server_that_is_gone_raises_unreachable_naming_it() -> None:
    script = Script([httpx.ConnectError("Connection refused")] * 5)
    client, slept = client_for(script)
    with pytest.raises(ServerUnreachableError, match=r"http://mf.test .*5 attempt") as raised:
        client.fetch(7)
    assert "Is the server running" in str(raised.value)
    assert len(slept) == 4


def test_a_create_cut_off_mid_answer_is_not_sent_again() -> None:
    script = Script([httpx.ReadError("connection reset by peer"), ok(PROCESSING)])
    client, _ = client_for(script)
    with pytest.raises(ServerUnreachableError):
        client.text_to_3d("a mug")
    assert len(script.requests) == 1


def no_stream() -> httpx.Response:
    """ModelsLab's hosted API has no event stream: wait polls there."""
    return httpx.Response(404, json={"message": "Not Found"})


def test_wait_polls_by_the_eta_until_success() -> None:
    nearly = {**PROCESSING, "eta": 3, "progress": 80}
    script = Script([no_stream(), ok(PROCESSING), ok(nearly), ok(SUCCESS)])
    client, slept = client_for(script)
    seen: list[int | None] = []
    job = client.wait(7, on_update=lambda j: seen.append(j.progress))
    assert job.succeeded and job.output == ("http://mf.test/out/abc.glb",)
    assert script.paths == ["/api/v6/3d/stream/7"] + ["/api/v6/3d/fetch/7"] * 3
    assert all(body == {"key": "k-1"} for body in script.bodies)
    # eta 30 s: wait 10 s (the ceiling), not 0.5 s; eta 3 s: half of it
    assert slept == [10.0, 1.5]
    assert seen == [10, 80, None]


def test_wait_stops_on_failure_with_the_servers_message() -> None:
    failed = {"status": "failed", "id": 7, "message": "The picture shows no object.", "output": []}
    client, _ = client_for(Script([no_stream(), ok(PROCESSING), ok(failed)]))
    with pytest.raises(JobFailedError, match="Job 7 failed: The picture shows no object") as raised:
        client.wait(7)
    assert raised.value.job.status == "failed"


def test_wait_times_out_with_the_last_state() -> None:
    client, _ = client_for(Script([ok(PROCESSING)]))
    with pytest.raises(WaitTimeoutError, match="still processing") as raised:
        client.wait(7, timeout_s=0)
    assert raised.value.job.progress == 10


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (8, 8), (255, 0, 0, 255)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_local_image_is_uploaded_first_and_its_url_sent(tmp_path: Path) -> None:
    picture = tmp_path / "mug.png"
    picture.write_bytes(png_bytes())
    uploaded = ok({"status": "success", "id": 3, "output": ["http://mf.test/out/up.png"]})
    script = Script([uploaded, ok(PROCESSING)])
    client, _ = client_for(script)
    client.image_to_3d(picture, output_format="stl")
    assert script.paths == ["/api/v6/base64_to_url", "/api/v6/3d/image_to_3d"]
    sent = script.bodies[0]["base64_string"]
    assert sent.startswith("data:image/png;base64,")
    assert base64.b64decode(sent.split(",", 1)[1]) == png_bytes()
    assert script.bodies[1] == {
        "key": "k-1",
        "init_image": "http://mf.test/out/up.png",
        "output_format": "stl",
    }


def test_a_url_goes_straight_to_image_to_3d() -> None:
    script = Script([ok(PROCESSING)])
    client, _ = client_for(script)
    client.image_to_3d("https://example.com/mug.png")
    assert script.paths == ["/api/v6/3d/image_to_3d"]
    assert script.bodies[0]["init_image"] == "https://example.com/mug.png"


def test_a_list_of_views_becomes_one_multi_image_strip() -> None:
    view_url = "https://example.com/back.png"
    uploaded = ok({"status": "success", "id": 3, "output": ["http://mf.test/out/strip.png"]})
    script = Script([httpx.Response(200, content=png_bytes()), uploaded, ok(PROCESSING)])
    client, _ = client_for(script)
    front = Image.new("RGBA", (8, 8), (0, 0, 255, 255))
    client.image_to_3d([front, view_url])
    assert str(script.requests[0].url) == view_url
    strip_uri = script.bodies[1]["base64_string"]
    strip = Image.open(io.BytesIO(base64.b64decode(strip_uri.split(",", 1)[1])))
    assert strip.height == 8 and strip.width == 8 + 8 + 3 * 8
    assert script.bodies[2]["multi_image"] is True


def test_download_saves_every_file_and_nothing_on_error(tmp_path: Path) -> None:
    script = Script([httpx.Response(200, content=b"glb!"), httpx.Response(200, content=b"png!")])
    client, _ = client_for(script)
    finished = Job.from_body(SUCCESS)
    paths = client.download(finished, tmp_path / "models")
    assert [p.name for p in paths] == ["abc.glb", "abc.png"]
    assert paths[0].read_bytes() == b"glb!" and paths[1].read_bytes() == b"png!"

    script = Script([error(404, "File not found: abc.glb has expired.")])
    client, _ = client_for(script)
    with pytest.raises(NotFoundError, match="expired"):
        client.download(finished, tmp_path / "again")
    assert list((tmp_path / "again").iterdir()) == []


def test_the_async_client_runs_the_same_plans() -> None:
    script = Script(
        [
            ok(PROCESSING),
            no_stream(),
            ok(PROCESSING),
            error(429, "slow", retry_after=2),
            ok(SUCCESS),
        ]
    )
    slept: list[float] = []

    async def record(seconds: float) -> None:
        slept.append(seconds)

    async def run() -> tuple[Any, Any]:
        async with AsyncClient(
            "http://mf.test", key="k", transport=httpx.MockTransport(script), sleep=record
        ) as client:
            created = await client.text_to_3d("a mug")
            return created, await client.wait(created)

    created, done = asyncio.run(run())
    assert created.id == 7 and done.succeeded
    assert slept == [10.0, 2.0]
    assert (
        script.paths
        == ["/api/v6/3d/text_to_3d", "/api/v6/3d/stream/7"] + ["/api/v6/3d/fetch/7"] * 3
    )


def test_a_job_failure_reported_as_a_200_error_ends_the_wait_as_a_failed_job() -> None:
    # compat: ModelsLab's legacy answers put failures in HTTP 200 bodies with status "error"
    legacy = {"status": "error", "id": 7, "messege": "Out of memory on the GPU."}
    client, _ = client_for(Script([ok(legacy), no_stream(), ok(legacy)]))
    assert client.fetch(7).failed
    with pytest.raises(JobFailedError, match="Out of memory"):
        client.wait(7)
