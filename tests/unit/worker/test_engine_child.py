"""The engine child reads its messages safely: during warm-up, and when one cannot be read."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import trimesh

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.worker.engine_messages import EngineTask
from meshforge.worker.engine_process import EngineProcess

WARM_UP_S = 1.5


class SlowWarmUpEngine:
    """Takes a while to warm up (as engines that load weights do), then reports its image."""

    name = "slow-warm-up"
    tasks = frozenset({"image_to_3d"})

    def warm_up(self) -> None:
        time.sleep(WARM_UP_S)

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        assert request.image is not None
        shape = [int(n) for n in request.image.shape]
        return GenerationResult(trimesh.creation.box(), {"image_shape": shape})


def _explode() -> None:
    raise RuntimeError("this message cannot be read here")


class Unreadable:
    """Pickles fine in the server; unpickling it in the engine process raises."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (_explode, ())


def image_task(tmp_path: Path, **params: Any) -> EngineTask:
    image = np.zeros((32, 32, 4), dtype=np.uint8)
    request = GenerationRequest(task="image_to_3d", seed=1, image=image, params=params)
    return EngineTask("test_engine_child:SlowWarmUpEngine", request, str(tmp_path), "m", "glb")


def test_a_job_sent_during_warm_up_runs_once_the_engine_is_ready(tmp_path: Path) -> None:
    process = EngineProcess(preload=("test_engine_child:SlowWarmUpEngine",))
    process.start()
    try:
        started = time.monotonic()
        outcome = process.run(image_task(tmp_path), lambda *_: None, lambda: False, 60)
        assert outcome.kind == "done", outcome
        assert outcome.meta["image_shape"] == [32, 32, 4]
        assert time.monotonic() - started >= WARM_UP_S  # it waited for the warm-up
    finally:
        process.shutdown()


def test_a_message_the_engine_cannot_read_crashes_that_job_not_the_worker(tmp_path: Path) -> None:
    process = EngineProcess()
    try:
        broken = process.run(
            image_task(tmp_path, odd=Unreadable()), lambda *_: None, lambda: False, 60
        )
        assert broken.kind == "crashed" and "exit code 1" in broken.message
        # the next job gets a fresh engine process
        fine = process.run(image_task(tmp_path), lambda *_: None, lambda: False, 60)
        assert fine.kind == "done", fine
    finally:
        process.shutdown()
