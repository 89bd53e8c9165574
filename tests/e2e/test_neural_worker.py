"""A GPU-pool worker: ``meshforge worker --engines shap-e`` serves the Shap-E queue alone.

An API server (Celery dispatch, PostgreSQL, Redis) sends a Shap-E job to the shap-e queue;
the only worker consumes that queue, runs the job on tiny Shap-E weights from the models
directory, and leaves a CPU engine's job queued for the CPU pool nobody started here.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from support.neural_models import require_neural, tiny_models
from support.serving import ScaleOutBackends, ServerProcess, WorkerProcess, free_port

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

REDIS_DB = 14  # scale-out uses 11, the queue contract 12, the poison-job test 13


@pytest.fixture
def backends(tmp_path: Path) -> Iterator[ScaleOutBackends]:
    require_neural()
    models = tiny_models(tmp_path / "models")
    backends = ScaleOutBackends(
        tmp_path, REDIS_DB, MESHFORGE_MODELS_DIR=str(models), MESHFORGE_DEVICE="cpu"
    )
    try:
        yield backends
    finally:
        backends.close()


def _fetch(base: str, key: str, job_id: int) -> dict:
    return httpx.post(f"{base}/api/v6/3d/fetch/{job_id}", json={"key": key}, timeout=10).json()


def test_a_worker_serving_only_the_neural_queue(
    tmp_path: Path, backends: ScaleOutBackends, processes: list
) -> None:
    api = ServerProcess(tmp_path / "api", free_port(), **backends.env)
    processes.append(api)
    api.start()
    worker = WorkerProcess(tmp_path / "gpu", "gpu", engines="shap-e", **backends.env)
    processes.append(worker)
    worker.start()
    key = backends.add_key()
    text = f"{api.base}/api/v6/3d/text_to_3d"
    neural = httpx.post(
        text,
        json={
            "key": key,
            "prompt": "a chair",
            "model_id": "shap-e",
            "num_inference_steps": 2,
            "grid_size": 32,
            "output_format": "stl",
        },
        timeout=10,
    ).json()
    cpu = httpx.post(text, json={"key": key, "prompt": "a chair"}, timeout=10).json()
    assert neural["meta"]["model_id"] == "shap-e" and cpu["meta"]["model_id"] == "text"

    deadline = time.monotonic() + 120
    while (done := _fetch(api.base, key, neural["id"]))["status"] == "processing":
        assert time.monotonic() < deadline, done
        time.sleep(0.3)
    assert done["status"] == "success", done
    assert done["meta"]["engine"] == "shap-e" and done["meta"]["device"] == "cpu"
    assert httpx.get(done["output"][0], timeout=10).status_code == 200
    # the CPU job waits for a CPU worker: this one never takes it
    waiting = _fetch(api.base, key, cpu["id"])
    assert waiting["status"] == "processing" and waiting["progress"] == 0, waiting
