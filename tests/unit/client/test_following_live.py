"""``wait`` against a live MeshForge server (uvicorn in a thread, real engine processes):
it follows the job's event stream, falls back to polling where the stream is missing, cut or
refused by the 8-stream cap, and keeps to its timeout. ``meshforge generate`` shows the live
states."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from meshforge.api.app import create_app
from meshforge.cli import app as cli_app
from meshforge.client import Client, Job, WaitTimeoutError, commands
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.wiring import build_runtime
from support.serving import free_port, make_settings

ENGINE = "unit.client.stepping_engine:SteppingEngine"


class Live:
    """A server's address and a key of it."""

    def __init__(self, base: str, key: str) -> None:
        self.base, self.key = base, key


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = make_settings(tmp_path_factory.mktemp("follow"), public_url=base)
    runtime = build_runtime(settings, engine_paths={"text": ENGINE})
    key = generate_key()
    runtime.store.add_key("follow", hash_key(key), key_prefix(key), is_admin=False)
    config = uvicorn.Config(create_app(runtime), port=port, log_level="critical", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive(), "the server did not start"
            time.sleep(0.02)
        yield Live(base, key)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


class Recording(httpx.BaseTransport):
    """The real network, remembering each request's path; ``stream_reply`` may stand in for
    the stream route (a server or proxy without it)."""

    def __init__(self, stream_reply: httpx.Response | Exception | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.stream_reply = stream_reply
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path.split("/3d/")[1].split("/")[0])  # "stream", ...
        if self.stream_reply is not None and "/stream/" in request.url.path:
            if isinstance(self.stream_reply, Exception):
                raise self.stream_reply
            return self.stream_reply
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_wait_follows_the_stream_with_intermediate_progress(live: Live) -> None:
    transport = Recording()
    seen: list[Job] = []
    with Client(live.base, live.key, transport=transport) as client:
        created = client.text_to_3d("a crate")
        done = client.wait(created, timeout_s=60, on_update=seen.append)
        fetched = client.fetch(created)

    assert done.succeeded and done.raw == fetched.raw  # the final fetch body
    progress = [job.progress or 0 for job in seen[:-1]]
    assert progress == sorted(progress) and seen[-1] == done
    # the stream passes on the steps as they happen (the engine makes 8 in 2 s)
    assert len({p for p in progress if 0 < p < 100}) >= 2, progress
    assert transport.paths == ["text_to_3d", "stream", "fetch"]  # no polling


def test_a_server_without_the_stream_route_is_polled(live: Live) -> None:
    transport = Recording(httpx.Response(404, json={"message": "Not Found"}))
    with Client(live.base, live.key, transport=transport) as client:
        done = client.wait(client.text_to_3d("a crate"), timeout_s=60)
    assert done.succeeded
    assert transport.paths[:2] == ["text_to_3d", "stream"]
    assert set(transport.paths[2:]) == {"fetch"} and len(transport.paths) >= 4


def test_a_stream_cut_mid_job_falls_back_and_still_finishes(live: Live) -> None:
    transport = Recording()
    with Client(live.base, live.key, transport=transport) as client:
        created = client.text_to_3d("a crate")

        def cut_after_the_first_event(job: Job) -> None:
            if transport.stream_reply is None:
                # the stream open now is cut by the next read; its reconnect is refused
                transport.inner.close()
                transport.stream_reply = httpx.ConnectError("Connection refused")

        done = client.wait(created, timeout_s=60, on_update=cut_after_the_first_event)
    assert done.succeeded
    assert transport.paths[:3] == ["text_to_3d", "stream", "stream"]
    assert "fetch" in transport.paths[3:]


def test_429_from_the_stream_cap_polls_instead(live: Live) -> None:
    with Client(live.base, live.key) as client:
        created = client.text_to_3d("a crate")
    watchers = httpx.Client(base_url=live.base, timeout=30)
    held = [
        watchers.stream("POST", f"/api/v6/3d/stream/{created.id}", json={"key": live.key})
        for _ in range(8)
    ]
    responses = [stream.__enter__() for stream in held]
    try:
        assert all(response.status_code == 200 for response in responses)
        transport = Recording()
        with Client(live.base, live.key, transport=transport) as client:
            done = client.wait(created, timeout_s=60)
        assert done.succeeded
        assert transport.paths[0] == "stream" and set(transport.paths[1:]) == {"fetch"}
    finally:
        for stream in held:
            stream.__exit__(None, None, None)
        watchers.close()


def test_the_timeout_still_raises_with_the_last_state(live: Live) -> None:
    with Client(live.base, live.key) as client:
        created = client.text_to_3d("slow")
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError, match=r"still processing after 1\.5 s") as raised:
            client.wait(created, timeout_s=1.5)
        took = time.monotonic() - started
        client.cancel(created)
    assert 1.5 <= took < 4.0
    assert raised.value.job.id == created.id and raised.value.job.status == "processing"


def test_generate_moves_its_bar_with_each_state(
    live: Live, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, int | None]] = []
    stage_of = commands.stage_of

    def recorded(job: Job) -> str:
        shown.append((stage_of(job), job.progress))
        return stage_of(job)

    monkeypatch.setattr(commands, "stage_of", recorded)
    target = tmp_path / "crate.glb"
    env = {"MESHFORGE_URL": live.base, "MESHFORGE_KEY": live.key}
    result = CliRunner().invoke(
        cli_app, ["generate", "text", "a crate", "-o", str(target)], env=env
    )
    assert result.exit_code == 0, result.output
    assert target.is_file() and shown[-1] == ("done", 100)
    generating = {progress for stage, progress in shown if stage == "generating"}
    assert len(generating) >= 2, shown
