"""Building test servers: settings in a temporary directory, keys, polling a job to its end."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.settings import Settings

TERMINAL = {"success", "failed", "error"}
#: the engines' cache shared by the test servers of this machine (keyed by what it holds)
SHARED_CACHE = Path(tempfile.gettempdir()) / f"meshforge-test-cache-{os.getuid()}"


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test server: a private data dir, one worker, local URLs allowed."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "workers": 1,
        "public_url": "http://testserver",
        "allow_private_urls": True,
        # tests fire requests back to back with one key; the limit has its own test
        "max_requests_per_s": 1000,
        # one phrase-embedding cache for every test server: each would embed the catalog's
        # 4,800 phrases again (several seconds an engine process) in its own data dir
        "cache_dir": SHARED_CACHE,
    }
    values.update(overrides)
    return Settings(**values)


def add_key(client: TestClient, name: str = "test", admin: bool = False) -> str:
    """Create a key in the client's server and return it."""
    key = generate_key()
    client.app.state.runtime.store.add_key(name, hash_key(key), key_prefix(key), is_admin=admin)  # type: ignore[attr-defined]
    return key


def wait_for(client: TestClient, job_id: int, key: str, timeout_s: float = 60) -> dict[str, Any]:
    """Poll fetch until the job is finished; return the last body."""
    deadline = time.monotonic() + timeout_s
    while True:
        body = client.post(f"/api/v6/3d/fetch/{job_id}", json={"key": key}).json()
        if body["status"] in TERMINAL or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def meshforge_command(*args: str) -> list[str]:
    """The installed ``meshforge`` script of this interpreter's environment."""
    import sys

    return [str(Path(sys.executable).with_name("meshforge")), *args]


def create_key_with_cli(data_dir: Path) -> str:
    """Run ``meshforge keys create`` and return the printed key."""
    import subprocess

    result = subprocess.run(
        meshforge_command("keys", "create", "--name", "e2e", "--data-dir", str(data_dir)),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


class ServerProcess:
    """``meshforge serve`` in a child process, for tests that need a real server to kill."""

    def __init__(self, data_dir: Path, port: int, **env: str) -> None:
        import os

        self.data_dir, self.port = data_dir, port
        self.base = f"http://127.0.0.1:{port}"
        self.env = {
            **os.environ,
            "MESHFORGE_WORKERS": "1",
            "MESHFORGE_CACHE_DIR": str(SHARED_CACHE),
            **env,
        }
        self.process: Any = None
        self.log: Any = None

    def start(self, timeout_s: float = 60) -> None:
        """Start and wait until /healthz answers."""
        import subprocess

        import httpx

        if self.log is None:
            self.log = open(self.data_dir.parent / f"server-{self.port}.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            meshforge_command("serve", "--port", str(self.port), "--data-dir", str(self.data_dir)),
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise TimeoutError("server did not start")

    def wait_for_exit(self, timeout_s: float) -> int:
        """The exit status; past ``timeout_s``, fail with every thread's stack and the log."""
        import signal
        import subprocess

        try:
            return int(self.process.wait(timeout=timeout_s))
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGUSR1)  # faulthandler: all stacks to the log
            time.sleep(1)
            self.log.flush()
            log_path = self.data_dir.parent / f"server-{self.port}.log"
            tail = log_path.read_text(errors="replace")[-12000:]
            raise AssertionError(
                f"server still running after {timeout_s} s; log:\n{tail}"
            ) from None

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs."""
        import signal

        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM and wait."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except Exception:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()
            self.log = None


class WorkerProcess:
    """``meshforge worker`` in a child process (its own session, so its engine children can
    be cleaned up with it), for scale-out tests that kill workers."""

    def __init__(
        self, data_dir: Path, name: str, engines: str = "", concurrency: int = 1, **env: str
    ) -> None:
        import os

        self.data_dir, self.name = data_dir, name
        self.engines, self.concurrency = engines, concurrency
        self.env = {**os.environ, "MESHFORGE_CACHE_DIR": str(SHARED_CACHE), **env}
        self.process: Any = None
        self.log_path = data_dir.parent / f"worker-{name}.log"
        self.log: Any = None

    @property
    def pid(self) -> int:
        return int(self.process.pid)

    def start(self, timeout_s: float = 60, wait_ready: bool = True) -> None:
        """Start; with ``wait_ready``, wait until Celery logs that it consumes."""
        import subprocess

        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.log is None:
            self.log = open(self.log_path, "ab")  # noqa: SIM115
        start_offset = self.log_path.stat().st_size
        args = ["worker", "--concurrency", str(self.concurrency), "--data-dir", str(self.data_dir)]
        if self.engines:
            args += ["--engines", self.engines]
        self.process = subprocess.Popen(
            meshforge_command(*args),
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if not wait_ready:
            return
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker {self.name} exited with {self.process.returncode}")
            with open(self.log_path, "rb") as log:
                log.seek(start_offset)
                if b" ready." in log.read():
                    return
            time.sleep(0.1)
        raise TimeoutError(f"worker {self.name} did not become ready")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the worker process alone, as a crash would (its engine children notice)."""
        import signal

        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM and wait, then SIGKILL whatever is left of its process group."""
        import contextlib
        import os
        import signal

        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=20)
                except Exception:
                    self.process.kill()
                    self.process.wait(timeout=10)
            # engine children of a killed worker, if any outlived it
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
        if self.log is not None:
            self.log.close()
            self.log = None


class WebhookReceiver:
    """An HTTP server on loopback that records every webhook it receives."""

    def __init__(self) -> None:
        import http.server
        import json
        import threading

        self.lock = threading.Lock()
        self.deliveries: list[dict[str, Any]] = []  #: {"job_id", "webhook_id", "status"}
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                with receiver.lock:
                    receiver.deliveries.append(
                        {
                            "job_id": body.get("id"),
                            "status": body.get("status"),
                            "webhook_id": self.headers.get("webhook-id"),
                        }
                    )
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def snapshot(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.deliveries)


def postgres_schema_url(base_url: str, schema: str) -> str:
    """``base_url`` with ``search_path`` set to ``schema`` (every table lands there)."""
    return f"{base_url}?options=-csearch_path%3D{schema}"


class ScaleOutBackends:
    """A private PostgreSQL schema and an emptied Redis database for one scale-out test.

    ``env`` holds the MESHFORGE_* variables every API and worker process of the test shares
    (database, broker, one storage directory, a short lease). Unreachable services fail the
    test in CI and skip it elsewhere (tests/support/services.py).
    """

    def __init__(self, tmp_path: Path, redis_db: int, **env: str) -> None:
        import uuid

        from meshforge.store.sql import SqlJobStore
        from support.services import POSTGRES_URL, require
        from support.services import redis_db as flushed_redis_db

        admin = SqlJobStore(POSTGRES_URL)
        try:
            require("PostgreSQL", POSTGRES_URL, admin.ping)
        finally:
            admin.close()
        self.redis_url = flushed_redis_db(redis_db)
        self.schema = f"e2e_{uuid.uuid4().hex[:12]}"
        self._admin_url = POSTGRES_URL
        self._run_sql(f'CREATE SCHEMA "{self.schema}"')
        self.database_url = postgres_schema_url(POSTGRES_URL, self.schema)
        self.store = SqlJobStore(self.database_url)
        self.store.create_schema()  # once, before any process races to migrate
        files = tmp_path / "files"
        files.mkdir(parents=True, exist_ok=True)
        self.env = {
            "MESHFORGE_DATABASE_URL": self.database_url,
            "MESHFORGE_QUEUE_URL": self.redis_url,
            "MESHFORGE_STORAGE_URL": f"file://{files}",
            "MESHFORGE_LEASE_S": "4",
            "MESHFORGE_ALLOW_PRIVATE_URLS": "true",
            "MESHFORGE_MAX_QUEUED_PER_KEY": "1000",
            "MESHFORGE_MAX_REQUESTS_PER_S": "10000",
            "MESHFORGE_WEBHOOK_RETRY_BASE_S": "1",
            **env,
        }

    def _run_sql(self, statement: str) -> None:
        from sqlalchemy import text

        from meshforge.store.sql import SqlJobStore

        admin = SqlJobStore(self._admin_url)
        try:
            with admin.engine.begin() as conn:
                conn.execute(text(statement))
        finally:
            admin.close()

    def add_key(self) -> str:
        key = generate_key()
        self.store.add_key("e2e", hash_key(key), key_prefix(key), is_admin=True)
        return key

    def close(self) -> None:
        """Drop the schema and empty the Redis database."""
        import redis

        self.store.close()
        self._run_sql(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')
        client = redis.Redis.from_url(self.redis_url, socket_connect_timeout=2)
        try:
            client.flushdb()
        finally:
            client.close()


def png_data_uri(hue: int) -> str:
    """An opaque-on-transparent blob, different per ``hue``."""
    import base64
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (160, 160), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 30, 140, 130), fill=(hue, 255 - hue, 90, 255))
    draw.rectangle((60, 10, 100, 150), fill=(200, 40, hue, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
