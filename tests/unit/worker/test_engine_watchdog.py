"""The worker's watch over an engine holds even when the engine reports progress non-stop."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.worker.engine_messages import EngineTask
from meshforge.worker.engine_process import EngineProcess


class ChattyEngine:
    """Reports progress every few milliseconds and never ends nor looks at cancel."""

    name = "chatty"
    tasks = frozenset({"text_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        while True:
            progress(0.5, "chattering")
            time.sleep(0.005)


@pytest.fixture
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess()
    yield process
    process.shutdown()


def chatty_task(tmp_path: Path) -> EngineTask:
    request = GenerationRequest(task="text_to_3d", seed=1, prompt="anything")
    return EngineTask("test_engine_watchdog:ChattyEngine", request, str(tmp_path), "m", "glb")


def test_a_chatty_engine_is_still_timed_out(engine: EngineProcess, tmp_path: Path) -> None:
    outcome = engine.run(chatty_task(tmp_path), lambda *_: None, lambda: False, timeout_s=2)
    assert outcome.kind == "timeout" and "longer than 2 s" in outcome.message


def test_a_chatty_engine_is_still_canceled(engine: EngineProcess, tmp_path: Path) -> None:
    asked = time.monotonic() + 1.0
    outcome = engine.run(
        chatty_task(tmp_path), lambda *_: None, lambda: time.monotonic() > asked, timeout_s=60
    )
    assert outcome.kind == "canceled"
