"""EngineProcess and its child speak in typed messages: progress, then one result or failure."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from meshforge.engines.base import GenerationRequest
from meshforge.worker.engine_messages import EngineTask, Failure, Progress, Result, Run
from meshforge.worker.engine_process import EngineProcess


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess()
    yield process
    process.shutdown()


def task(tmp_path: Path, engine_path: str) -> EngineTask:
    request = GenerationRequest(task="text_to_3d", seed=7, prompt="a box")
    return EngineTask(engine_path, request, str(tmp_path), "model", "glb")


def test_progress_carries_the_stage_and_the_result_the_files(
    engine: EngineProcess, tmp_path: Path
) -> None:
    seen: list[tuple[float, str]] = []

    outcome = engine.run(
        task(tmp_path, "support.box_engines:BoxEngine"),
        lambda fraction, stage: seen.append((fraction, stage)),
        lambda: False,
        timeout_s=60,
    )

    assert outcome.kind == "done", outcome
    assert outcome.files[0] == "model.glb" and (tmp_path / "model.glb").is_file()
    assert outcome.meta["seed_seen"] == 7
    assert ("boxing" in {stage for _, stage in seen}) and seen[-1][1] == "writing files"
    assert [fraction for fraction, _ in seen] == sorted(fraction for fraction, _ in seen)


@pytest.mark.parametrize(
    ("engine_path", "kind", "message", "traceback"),
    [
        ("support.faulty_engines:BrokenEngine", "error", "RuntimeError: template table is", True),
        ("support.box_engines:RefusingEngine", "input_error", "The picture shows no object", False),
    ],
)
def test_a_failure_says_why_and_only_an_engine_bug_brings_its_traceback(
    engine: EngineProcess,
    tmp_path: Path,
    engine_path: str,
    kind: str,
    message: str,
    traceback: bool,
) -> None:
    outcome = engine.run(task(tmp_path, engine_path), lambda *_: None, lambda: False, 60)

    assert outcome.kind == kind
    assert outcome.message.startswith(message)
    assert ("Traceback" in outcome.meta.get("traceback", "")) is traceback


def test_an_exhausted_engine_fails_its_job_and_its_process_is_replaced(
    engine: EngineProcess, tmp_path: Path
) -> None:
    engine.run(task(tmp_path, "support.box_engines:BoxEngine"), lambda *_: None, lambda: False, 60)
    spent = engine._process

    outcome = engine.run(
        task(tmp_path, "support.faulty_engines:ExhaustedEngine"), lambda *_: None, lambda: False, 60
    )

    assert outcome.kind == "error"
    assert outcome.message == "exhausted ran out of memory on cuda:0; lower resolution"
    assert spent is not None and not spent.is_alive() and spent.exitcode == 0  # ended itself
    after = engine.run(
        task(tmp_path, "support.box_engines:BoxEngine"), lambda *_: None, lambda: False, 60
    )
    assert after.kind == "done"
    assert engine._process is not None and engine._process.pid != spent.pid


@pytest.mark.parametrize(
    "message",
    [
        Run(EngineTask("a:B", GenerationRequest(task="text_to_3d", seed=1), "/tmp", "x", "glb")),
        Progress(0.5, "carve"),
        Result(["x.glb"], {"faces": 12}, 0.1),
        Failure("input_error", "no object"),
    ],
)
def test_messages_cross_the_pipe_unchanged_and_are_frozen(message: object) -> None:
    assert pickle.loads(pickle.dumps(message)) == message  # noqa: S301 (our own bytes)
    with pytest.raises(AttributeError):
        message.stage = "changed"  # type: ignore[attr-defined]
