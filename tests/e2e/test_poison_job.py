"""A job that kills its worker every time fails after MAX_ATTEMPTS, and blocks nothing else.

The ``text`` worker runs WorkerKillerEngine (an engine override): each attempt SIGKILLs the
worker. A supervisor (this test, as systemd would) restarts it; after two attempts the
sweeper fails the job saying it was interrupted 2 times, while image jobs, served by a second
worker, succeed alongside.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from support.serving import (
    ScaleOutBackends,
    ServerProcess,
    WebhookReceiver,
    WorkerProcess,
    free_port,
    png_data_uri,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

REDIS_DB = 13  # the queue contract suite uses 12
TESTS_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture
def backends(tmp_path: Path) -> Iterator[ScaleOutBackends]:
    backends = ScaleOutBackends(tmp_path, REDIS_DB, MESHFORGE_MAX_ATTEMPTS="2")
    try:
        yield backends
    finally:
        backends.close()


def test_a_poison_job_fails_after_max_attempts_and_blocks_nothing(
    tmp_path: Path,
    backends: ScaleOutBackends,
    processes: list[ServerProcess | WorkerProcess],
) -> None:
    key = backends.add_key()
    env = backends.env
    server = ServerProcess(tmp_path / "api", free_port(), **env)
    images = WorkerProcess(tmp_path / "wi", "image", engines="image", **env)
    killer_env = {
        **env,
        "MESHFORGE_ENGINE_OVERRIDES": json.dumps(
            {"text": "support.faulty_engines:WorkerKillerEngine"}
        ),
        "PYTHONPATH": str(TESTS_DIR),
    }
    poisoned = WorkerProcess(tmp_path / "wt0", "text0", engines="text", **killer_env)
    for process in (server, images, poisoned):
        processes.append(process)
        process.start()

    with WebhookReceiver() as hooks:

        def submit(endpoint: str, body: dict[str, object]) -> int:
            response = httpx.post(
                f"{server.base}/api/v6/3d/{endpoint}",
                json={"key": key, "webhook": hooks.url, **body},
                timeout=30,
            )
            assert response.status_code == 200, response.text
            return int(response.json()["id"])

        poison = submit("text_to_3d", {"prompt": "a chair", "resolution": 128})
        normal = [
            submit("image_to_3d", {"init_image": png_data_uri(40 * i), "resolution": 128})
            for i in range(6)
        ]

        # the supervisor loop: restart the text worker whenever it dies (bounded)
        restarts = 0
        finished: dict[int, dict[str, object]] = {}
        deadline = time.monotonic() + 90
        while len(finished) < 1 + len(normal) and time.monotonic() < deadline:
            if not poisoned.alive() and restarts < 5:
                restarts += 1
                poisoned = WorkerProcess(
                    tmp_path / f"wt{restarts}", f"text{restarts}", engines="text", **killer_env
                )
                processes.append(poisoned)
                poisoned.start()
            for job_id in [poison, *normal]:
                if job_id not in finished:
                    body = httpx.post(
                        f"{server.base}/api/v6/3d/fetch/{job_id}", json={"key": key}, timeout=10
                    ).json()
                    if body["status"] in ("success", "failed", "error"):
                        finished[job_id] = body
            time.sleep(0.3)
        assert len(finished) == 1 + len(normal), f"unfinished after {restarts} restarts"

        deadline = time.monotonic() + 20
        while len(hooks.snapshot()) < 1 + len(normal) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)
        deliveries = hooks.snapshot()

    body = finished[poison]
    assert body["status"] in ("failed", "error"), body
    assert "interrupted 2 times" in str(body.get("message")), body
    job = backends.store.get_job(poison)
    assert job is not None and job.status.value == "failed" and job.attempts == 2
    assert restarts >= 2  # each attempt took a worker down
    for job_id in normal:
        assert finished[job_id]["status"] == "success", finished[job_id]
    # once per outcome: the failure is reported by one webhook too
    assert sorted(d["job_id"] for d in deliveries) == sorted([poison, *normal])
    assert [d["status"] for d in deliveries if d["job_id"] == poison] in (["failed"], ["error"])
