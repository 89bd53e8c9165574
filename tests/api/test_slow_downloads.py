"""Slow image URLs must not starve other users (issue 11, item 7).

A loopback server trickles a real PNG at 10 bytes a second. Many ``image_to_3d`` requests
pointing at it used to hold every thread of Starlette's shared pool for the whole download
timeout, so another user's ``GET /out/<file>`` waited seconds. Downloads now run on a pool of
their own with per-key and total limits, and /out never needs the shared pool at all.
"""

from __future__ import annotations

import asyncio
import base64
import http.server
import io
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio.to_thread
import httpx
import pytest
import trimesh
from fastapi.testclient import TestClient
from PIL import Image

from meshforge.api.app import create_app
from meshforge.api.routes import modelslab
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.settings import Settings
from meshforge.wiring import build_runtime, open_store
from support.serving import ServerProcess, add_key, free_port, make_settings

DOWNLOAD_TIMEOUT_S = 3.0
DOWNLOAD_WORKERS = 48  # more than the shared pool's 40 threads, to prove it is not used
PER_KEY = 12
FLOOD_KEYS = 5  # 5 x 12 = 60 requests: 48 download, 12 find the pool full
TRICKLE_BYTES_PER_S = 10
SHARED_POOL_THREADS = 40  # AnyIO's default, behind Starlette's run_in_threadpool


def _png() -> bytes:
    """A real PNG of a few KB: at 10 bytes a second it would take minutes to arrive."""
    image = Image.effect_noise((48, 48), 64).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class TricklingImageServer:
    """A loopback HTTP server that sends a valid PNG at ``bytes_per_s``, counting senders."""

    def __init__(self, bytes_per_s: int = TRICKLE_BYTES_PER_S) -> None:
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        body = _png()
        sender = self
        pause_s = 1.0 / bytes_per_s

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with sender.lock:
                    sender.active += 1
                    sender.peak = max(sender.peak, sender.active)
                try:
                    self.send_response(200)
                    self.send_header("content-type", "image/png")
                    self.send_header("content-length", str(len(body)))
                    self.end_headers()
                    for index in range(len(body)):
                        if sender.stop.wait(pause_s):
                            break
                        self.wfile.write(body[index : index + 1])
                        self.wfile.flush()
                except OSError:
                    pass  # the downloader hung up: exactly what a deadline does
                finally:
                    with sender.lock:
                        sender.active -= 1

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            request_queue_size = 256  # the default 5 would drop a burst of 60 connects

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/slow.png"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> TricklingImageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def wait_for_senders(self, count: int, timeout_s: float) -> int:
        """Wait until ``count`` downloads are being trickled to; the number reached."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                if self.active >= count:
                    return self.active
            time.sleep(0.02)
        with self.lock:
            return self.active


class SlowDownloadServer:
    """A real MeshForge server (its own process: genuine concurrency) and a few keys."""

    def __init__(self, tmp_path: Path) -> None:
        data_dir = tmp_path / "data"
        store = open_store(Settings(data_dir=data_dir))
        self.keys = [generate_key() for _ in range(FLOOD_KEYS + 2)]
        for index, key in enumerate(self.keys):
            store.add_key(f"k{index}", hash_key(key), key_prefix(key))
        store.close()
        self.process = ServerProcess(
            data_dir,
            free_port(),
            MESHFORGE_ALLOW_PRIVATE_URLS="true",
            MESHFORGE_DOWNLOAD_TIMEOUT_S=str(DOWNLOAD_TIMEOUT_S),
            MESHFORGE_DOWNLOAD_WORKERS=str(DOWNLOAD_WORKERS),
            MESHFORGE_MAX_DOWNLOADS_PER_KEY=str(PER_KEY),
            MESHFORGE_MAX_REQUESTS_PER_S="10000",
        )
        self.base = self.process.base


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SlowDownloadServer]:
    """One server for the module's tests; each test waits for its own downloads to end."""
    server = SlowDownloadServer(tmp_path_factory.mktemp("slow"))
    server.process.start()
    try:
        yield server
    finally:
        server.process.stop()


@pytest.fixture
def trickle() -> Iterator[TricklingImageServer]:
    """A fresh trickling image server."""
    with TricklingImageServer() as sender:
        yield sender


def _upload_obj(client: httpx.Client, base: str, key: str) -> tuple[int, str]:
    """Store a small 3D file through base64_to_url; its job id and /out URL."""
    obj = trimesh.exchange.obj.export_obj(trimesh.creation.box()).encode()
    init_obj = "data:model/obj;base64," + base64.b64encode(obj).decode()
    answer = client.post(f"{base}/api/v6/3d/base64_to_url", json={"key": key, "init_obj": init_obj})
    assert answer.status_code == 200, answer.text
    return int(answer.json()["id"]), str(answer.json()["output"][0])


def _image_to_3d(client: httpx.Client, base: str, key: str, url: str) -> dict[str, Any]:
    """One image_to_3d request; its status, body, headers and duration."""
    started = time.monotonic()
    answer = client.post(
        f"{base}/api/v6/3d/image_to_3d", json={"key": key, "image": url}, timeout=60
    )
    return {
        "status": answer.status_code,
        "body": answer.json(),
        "retry_after": answer.headers.get("retry-after"),
        "elapsed_s": time.monotonic() - started,
    }


def _timed(call: Any) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


@pytest.mark.slow
def test_out_download_stays_fast_while_slow_image_urls_trickle(
    slow_server: SlowDownloadServer, trickle: TricklingImageServer
) -> None:
    base, keys = slow_server.base, slow_server.keys
    bystander = keys[-1]
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    with httpx.Client(limits=limits, timeout=60) as client:
        job_id, out_url = _upload_obj(client, base, bystander)
        flood = [keys[i % FLOOD_KEYS] for i in range(FLOOD_KEYS * PER_KEY)]
        with ThreadPoolExecutor(max_workers=len(flood)) as senders:
            futures = [
                senders.submit(_image_to_3d, client, base, key, trickle.url) for key in flood
            ]
            # Measure once the downloads would fill the shared pool (its 40 threads).
            in_flight = trickle.wait_for_senders(SHARED_POOL_THREADS, DOWNLOAD_TIMEOUT_S / 2)
            assert in_flight >= SHARED_POOL_THREADS, f"only {in_flight} downloads started"
            served, out_s = _timed(lambda: client.get(out_url))
            polled, poll_s = _timed(
                lambda: client.post(f"{base}/api/v6/3d/fetch/{job_id}", json={"key": bystander})
            )
            answers = [future.result() for future in futures]

    assert served.status_code == 200
    assert polled.status_code == 200, polled.text
    assert out_s < DOWNLOAD_TIMEOUT_S / 3, f"GET /out took {out_s:.2f} s behind slow downloads"
    assert poll_s < DOWNLOAD_TIMEOUT_S / 3, f"fetch took {poll_s:.2f} s behind slow downloads"

    assert trickle.peak == DOWNLOAD_WORKERS  # all at once: none waited for a thread
    timed_out = [a for a in answers if a["status"] == 400]
    refused = [a for a in answers if a["status"] == 503]
    assert len(timed_out) == DOWNLOAD_WORKERS, [a["status"] for a in answers]
    assert len(refused) == len(flood) - DOWNLOAD_WORKERS
    for answer in refused:  # a full pool answers at once, not after a download's worth
        assert answer["elapsed_s"] < DOWNLOAD_TIMEOUT_S / 3
        assert int(answer["retry_after"]) >= 1
        assert "busy" in answer["body"]["message"]


@pytest.mark.slow
def test_trickling_image_is_cut_off_at_the_total_download_timeout(
    slow_server: SlowDownloadServer, trickle: TricklingImageServer
) -> None:
    with httpx.Client() as client:
        answer = _image_to_3d(client, slow_server.base, slow_server.keys[0], trickle.url)
    assert answer["status"] == 400
    # 10 bytes a second arrive steadily, so only a deadline on the whole body can stop it
    assert f"within {DOWNLOAD_TIMEOUT_S:g} s" in answer["body"]["message"]
    assert DOWNLOAD_TIMEOUT_S - 0.5 < answer["elapsed_s"] < DOWNLOAD_TIMEOUT_S + 2


@pytest.mark.slow
def test_per_key_download_limit_answers_429(
    slow_server: SlowDownloadServer, trickle: TricklingImageServer
) -> None:
    base, key = slow_server.base, slow_server.keys[0]
    extra = 3
    with (
        httpx.Client(limits=httpx.Limits(max_connections=50)) as client,
        ThreadPoolExecutor(max_workers=PER_KEY + extra) as senders,
    ):
        futures = [
            senders.submit(_image_to_3d, client, base, key, trickle.url)
            for _ in range(PER_KEY + extra)
        ]
        answers = [future.result() for future in futures]
    limited = [a for a in answers if a["status"] == 429]
    assert len(limited) == extra, [a["status"] for a in answers]
    assert [a["status"] for a in answers].count(400) == PER_KEY
    for answer in limited:
        assert answer["elapsed_s"] < DOWNLOAD_TIMEOUT_S / 3
        assert int(answer["retry_after"]) >= 1
        assert f"at most {PER_KEY}" in answer["body"]["message"]


def test_out_is_served_while_the_shared_thread_pool_is_exhausted(tmp_path: Path) -> None:
    """/out never waits for Starlette's shared thread pool, whatever else holds it."""
    # one /out thread is enough: it is not shared with anything slow
    runtime = build_runtime(make_settings(tmp_path, file_io_workers=1), run_workers=False)
    client = TestClient(create_app(runtime))
    key = add_key(client, "bystander")
    obj = trimesh.exchange.obj.export_obj(trimesh.creation.box()).encode()
    init_obj = "data:model/obj;base64," + base64.b64encode(obj).decode()
    uploaded = client.post("/api/v6/3d/base64_to_url", json={"key": key, "init_obj": init_obj})
    name = uploaded.json()["output"][0].rsplit("/", 1)[1]

    async def fetch_with_the_pool_held() -> tuple[httpx.Response, httpx.Response]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        holders = [object() for _ in range(int(limiter.total_tokens))]
        for holder in holders:
            await limiter.acquire_on_behalf_of(holder)
        try:
            transport = httpx.ASGITransport(app=client.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
                got = await asyncio.wait_for(http.get(f"/out/{name}"), 5)
                head = await asyncio.wait_for(http.head(f"/out/{name}"), 5)
                return got, head
        finally:
            for holder in holders:
                limiter.release_on_behalf_of(holder)

    try:
        got, head = asyncio.run(fetch_with_the_pool_held())
    finally:
        runtime.stop()
    assert got.status_code == 200
    assert got.content == obj
    assert head.status_code == 200
    assert head.headers["content-length"] == str(len(obj))


@pytest.mark.parametrize("route", ["text_to_3d", "image_to_3d"])
def test_webhook_address_checks_run_on_the_download_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    """A webhook host whose DNS never answers must not hold a thread of the shared pool."""
    threads: list[str] = []
    monkeypatch.setattr(
        modelslab,
        "check_webhook_url",
        lambda *_args: threads.append(threading.current_thread().name),
    )
    image = "data:image/png;base64," + base64.b64encode(_png()).decode()
    body = {"prompt": "a mug", "init_image": image, "webhook": "https://hooks.example/x"}
    runtime = build_runtime(make_settings(tmp_path), run_workers=False)
    with TestClient(create_app(runtime)) as client:
        key = add_key(client)
        answer = client.post(f"/api/v6/3d/{route}", json={"key": key, **body})
    assert answer.status_code == 200, answer.text
    assert len(threads) == 1 and threads[0].startswith("meshforge-download"), threads
