"""A long-lived child process that runs engines, so a crash or a hang costs one job, not the server.

The child is started with ``spawn`` (never ``fork``: the server has threads and open
database connections) and keeps its imports warm between jobs. When an engine crashes the
child, exceeds its time limit or ignores a cancel, the parent kills it and starts another.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal

from meshforge.engines.base import (
    CancelFn,
    EngineInputError,
    GenerationCanceled,
    GenerationRequest,
    ProgressFn,
)
from meshforge.engines.registry import load_engine

#: scheduling niceness of engine processes (0 = same priority as the API)
ENGINE_NICENESS = 5

#: read by numpy's BLAS (and OpenMP) when the engine process imports numpy
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

#: how long an engine may keep running after a cancel before its process is killed
CANCEL_GRACE_S = 1.0

#: "interrupted": the server is shutting down; the job is left for the next start to take again
OutcomeKind = Literal[
    "done", "canceled", "input_error", "error", "crashed", "timeout", "interrupted"
]


@dataclass(frozen=True)
class EngineTask:
    """One generation for the child: what to make and where to write it."""

    engine_path: str
    request: GenerationRequest
    staging_dir: str
    stem: str
    output_format: str
    render: bool = False  #: also write a turntable video and a thumbnail


@dataclass(frozen=True)
class EngineOutcome:
    """How a task ended; ``files`` (main file first) and ``meta`` are set when it is done."""

    kind: OutcomeKind
    message: str = ""
    files: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


def _execute(
    task: EngineTask, engines: dict[str, Any], conn: Connection, cancel: threading.Event
) -> EngineOutcome:
    # Imported here so the parent process never loads the mesh stack.
    from meshforge.worker.outputs import write_outputs

    started = time.perf_counter()
    engine = engines.get(task.engine_path)
    if engine is None:
        engine = engines[task.engine_path] = load_engine(task.engine_path)
    # the engine's own 0..1 is the larger share of the bar; files and previews take the rest
    engine_share = 0.75 if task.render else 0.95

    def report(fraction: float) -> None:
        conn.send(("progress", min(max(float(fraction), 0.0), 1.0), ""))

    result = engine.generate(
        task.request, lambda fraction, _stage: report(fraction * engine_share), cancel.is_set
    )
    if cancel.is_set():
        raise GenerationCanceled
    report(engine_share)
    files, added = write_outputs(
        result.mesh,
        result.meta,
        task.output_format,
        Path(task.staging_dir),
        task.stem,
        task.render,
        lambda fraction, _stage: report(engine_share + fraction * (0.99 - engine_share)),
    )
    meta = {**result.meta, **added}
    meta.setdefault("faces", len(result.mesh.faces))
    return EngineOutcome("done", files=files, meta=meta, seconds=time.perf_counter() - started)


def _preload(paths: tuple[str, ...]) -> dict[str, Any]:
    engines: dict[str, Any] = {}
    for path in paths:
        # a broken engine is not fatal here: it fails its own jobs when they load it
        with contextlib.suppress(Exception):
            engines[path] = load_engine(path)
            # engines with slow first use (model weights, embeddings) pay for it here, not in a job
            if callable(warm_up := getattr(engines[path], "warm_up", None)):
                warm_up()
    return engines


def _run_task(
    task: EngineTask, engines: dict[str, Any], conn: Connection, cancel: threading.Event
) -> EngineOutcome:
    try:
        return _execute(task, engines, conn, cancel)
    except GenerationCanceled:
        return EngineOutcome("canceled", "The job was canceled.")
    except EngineInputError as exc:
        return EngineOutcome("input_error", str(exc))
    except Exception as exc:  # any engine bug becomes this job's failure, with its trace
        return EngineOutcome(
            "error", f"{type(exc).__name__}: {exc}", meta={"traceback": traceback.format_exc()}
        )


def _child_main(conn: Connection, preload: tuple[str, ...]) -> None:
    # Ctrl-C goes to the whole process group; the parent decides when this child stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Engines are batch work: the API answering polls on the same cores comes first.
    os.nice(ENGINE_NICENESS)
    tasks: queue.SimpleQueue[EngineTask | None] = queue.SimpleQueue()
    cancel = threading.Event()

    def read_messages() -> None:
        try:
            while True:
                message = conn.recv()
                if message[0] == "run":
                    cancel.clear()
                    tasks.put(message[1])
                elif message[0] == "cancel":
                    cancel.set()
                else:
                    break
        except (EOFError, OSError):
            # The parent is gone (killed, or it closed the pipe): stop at once, mid-job too, so
            # no orphan keeps writing files after a new server has started and tidied up.
            os._exit(0)
        tasks.put(None)

    # Listen before preloading: if the server dies during a slow warm-up, this child exits at once.
    threading.Thread(target=read_messages, daemon=True).start()
    engines = _preload(preload)
    while (task := tasks.get()) is not None:
        outcome = _run_task(task, engines, conn, cancel)
        # Meshes hold reference cycles (~100 MB per image job) that only the cycle collector
        # frees; without this the engine process grew to 1.3 GB over 40 jobs.
        gc.collect()
        try:
            conn.send(("outcome", outcome))
        except (BrokenPipeError, OSError):
            return


class EngineProcess:
    """The parent's handle on one engine child: run a task, watch it, replace it if needed."""

    def __init__(self, preload: tuple[str, ...] = ()) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._preload = preload
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        self._shutting_down = False

    def start(self) -> None:
        """Start the child if it is not running."""
        if self._process is not None and self._process.is_alive():
            return
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_child_main,
            args=(child_end, self._preload),
            daemon=True,
            name="meshforge-engine",
        )
        # One BLAS thread per engine process: there is one engine process per core already,
        # and oversubscribed BLAS threads made embedding latency ten times worse under load.
        saved = {name: os.environ.get(name) for name in _THREAD_VARIABLES}
        os.environ.update(dict.fromkeys(_THREAD_VARIABLES, "1"))
        try:
            process.start()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        child_end.close()
        self._conn, self._process = parent_end, process

    def shutdown(self) -> None:
        """Kill the child for good; a task it was running ends as "interrupted"."""
        self._shutting_down = True
        self.stop()

    def stop(self) -> None:
        """Kill the child (used on timeout, crash and ignored cancel)."""
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._conn = self._process = None

    def run(
        self,
        task: EngineTask,
        on_progress: ProgressFn,
        is_canceled: CancelFn,
        timeout_s: float,
    ) -> EngineOutcome:
        """Run one task to its end; never raises for anything the engine does."""
        if self._shutting_down:
            return EngineOutcome("interrupted", "The server is shutting down.")
        self.start()
        conn, process = self._conn, self._process
        if conn is None or process is None:  # start() always sets both; this satisfies mypy
            return EngineOutcome("crashed", "The engine process could not be started.")
        conn.send(("run", task))
        deadline = time.monotonic() + timeout_s
        cancel_sent_at: float | None = None
        while True:
            try:
                ready = conn.poll(0.1)
                message = conn.recv() if ready else None
            except (EOFError, OSError):
                message, ready = None, False
                process.join(timeout=2)
            if message is not None:
                if message[0] == "progress":
                    on_progress(message[1], message[2])
                    continue
                outcome: EngineOutcome = message[1]
                return outcome
            if self._shutting_down:
                return EngineOutcome("interrupted", "The server is shutting down.")
            if not process.is_alive():
                code = process.exitcode
                self.stop()
                return EngineOutcome(
                    "crashed",
                    f"The engine process crashed (exit code {code}) while generating this model.",
                )
            now = time.monotonic()
            if now > deadline:
                self.stop()
                return EngineOutcome(
                    "timeout", f"The engine took longer than {timeout_s:g} s and was stopped."
                )
            if cancel_sent_at is None and is_canceled():
                conn.send(("cancel",))
                cancel_sent_at = now
            elif cancel_sent_at is not None and now - cancel_sent_at > CANCEL_GRACE_S:
                self.stop()
                return EngineOutcome("canceled", "The job was canceled.")


class EnginePool:
    """``size`` engine processes shared by the threads of a Celery worker, one job each."""

    def __init__(self, size: int, preload: tuple[str, ...] = ()) -> None:
        self._all = [EngineProcess(preload) for _ in range(size)]
        self._idle: queue.SimpleQueue[EngineProcess] = queue.SimpleQueue()
        for engine in self._all:
            self._idle.put(engine)

    def start(self) -> None:
        """Start every engine process (they warm up in the background)."""
        for engine in self._all:
            engine.start()

    @contextlib.contextmanager
    def engine(self) -> Iterator[EngineProcess]:
        """An idle engine process for the length of one job."""
        engine = self._idle.get()
        try:
            yield engine
        finally:
            self._idle.put(engine)

    def shutdown(self) -> None:
        """Stop every engine process; a job still running ends as "interrupted"."""
        for engine in self._all:
            engine.shutdown()
