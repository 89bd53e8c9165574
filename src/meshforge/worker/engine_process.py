"""A long-lived child process that runs engines, so a crash or a hang costs one job, not the server.

The child is started with ``spawn`` (never ``fork``: the server has threads and open
database connections) and keeps its imports warm between jobs. When an engine crashes the
child, exceeds its time limit or ignores a cancel, the parent kills it and starts another.
This module is the parent's side; the child runs ``engine_child.serve``, and the two speak in
the typed messages of ``engine_messages``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Literal

from meshforge.engines.base import CancelFn, ProgressFn
from meshforge.telemetry.metrics import ENGINE_RESTARTS
from meshforge.worker.engine_child import serve
from meshforge.worker.engine_messages import Cancel, EngineTask, Failure, Progress, Result, Run

#: read by numpy's BLAS (and OpenMP) when the engine process imports numpy
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

#: how long an engine may keep running after a cancel before its process is killed
CANCEL_GRACE_S = 1.0

#: "interrupted": the server is shutting down; the job is left for the next start to take again
OutcomeKind = Literal[
    "done", "canceled", "input_error", "error", "crashed", "timeout", "interrupted"
]


@dataclass(frozen=True)
class EngineOutcome:
    """How a task ended; ``files`` (main file first) and ``meta`` are set when it is done."""

    kind: OutcomeKind
    message: str = ""
    files: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


def _receive(conn: Connection, process: BaseProcess) -> object:
    """The child's next message, or None after 0.1 s of silence or when its pipe broke."""
    try:
        return conn.recv() if conn.poll(0.1) else None
    except (EOFError, OSError):
        process.join(timeout=2)  # a broken pipe means the child is dying: let it finish
        return None


def _outcome(ended: Result | Failure) -> EngineOutcome:
    """The child's last message about a task, as the outcome ``run`` reports."""
    if isinstance(ended, Result):
        return EngineOutcome("done", files=ended.files, meta=ended.meta, seconds=ended.seconds)
    return EngineOutcome(
        ended.kind, ended.message, meta={"traceback": ended.traceback} if ended.traceback else {}
    )


class EngineProcess:
    """The parent's handle on one engine child: run a task, watch it, replace it if needed."""

    def __init__(self, preload: tuple[str, ...] = ()) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._preload = preload
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        self._shutting_down = False
        self._started = False  #: a child ran before: the next start replaces it

    def start(self) -> None:
        """Start the child if it is not running."""
        if self._process is not None and self._process.is_alive():
            return
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=serve,
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
        if self._started:
            ENGINE_RESTARTS.inc()
        self._started = True

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
        conn.send(Run(task))
        deadline = time.monotonic() + timeout_s
        cancel_sent_at: float | None = None
        while True:
            match _receive(conn, process):
                case Progress(fraction, stage):
                    # no `continue`: an engine that reports progress all the time must still
                    # be timed out and canceled
                    on_progress(fraction, stage)
                case Failure(replace_process=True) as ended:
                    # the child ends itself after this message; a fresh one serves the next job
                    process.join(timeout=5)
                    self.stop()
                    return _outcome(ended)
                case Result() | Failure() as ended:
                    return _outcome(ended)
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
                conn.send(Cancel())
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
