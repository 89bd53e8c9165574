"""SIGTERM lets a running job finish (within the grace period) before the server exits."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path

import httpx
import numpy as np
from PIL import Image

from support.serving import ServerProcess, create_key_with_cli, free_port


def _photo_data_uri() -> str:
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 255, (384, 384, 3), dtype=np.uint8)
    pixels[96:288, 96:288] = (200, 40, 40)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_sigterm_waits_for_the_running_job(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    key = create_key_with_cli(data_dir)
    server = ServerProcess(data_dir, free_port(), MESHFORGE_SHUTDOWN_GRACE_S="60")
    server.start()
    try:
        job = httpx.post(
            f"{server.base}/api/v6/3d/image_to_3d",
            json={"key": key, "init_image": _photo_data_uri(), "resolution": 512},
            timeout=30,
        ).json()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            body = httpx.post(f"{server.base}/api/v6/3d/fetch/{job['id']}", json={"key": key})
            if body.json().get("progress", 0) > 0:
                break
            time.sleep(0.02)
        server.process.terminate()
        # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status says why
        assert server.wait_for_exit(timeout_s=60) in (0, -15)
        server.start()
        done = httpx.post(f"{server.base}/api/v6/3d/fetch/{job['id']}", json={"key": key}).json()
        assert done["status"] == "success", done  # finished before the exit, not rerun after
    finally:
        server.stop()
