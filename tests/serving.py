"""Building test servers: settings in a temporary directory, keys, polling a job to its end."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.settings import Settings

TERMINAL = {"success", "failed", "error"}


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test server: a private data dir, one worker, local URLs allowed."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "workers": 1,
        "public_url": "http://testserver",
        "allow_private_urls": True,
        # tests fire requests back to back with one key; the limit has its own test
        "max_requests_per_s": 1000,
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
        self.env = {**os.environ, "MESHFORGE_WORKERS": "1", **env}
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
