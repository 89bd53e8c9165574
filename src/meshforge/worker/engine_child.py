"""The engine process's side of the pipe: load engines, run one task at a time, report back.

``serve`` is the child's main function (started by ``EngineProcess``); it never raises for
anything an engine does: every task ends in one ``Result`` or ``Failure`` message.
"""

from __future__ import annotations

import contextlib
import gc
import os
import queue
import signal
import threading
import time
import traceback
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from meshforge.engines.base import EngineExhausted, EngineInputError, GenerationCanceled
from meshforge.engines.registry import load_engine
from meshforge.worker.engine_messages import (
    Cancel,
    EngineTask,
    Failure,
    Progress,
    Result,
    Run,
)

#: scheduling niceness of engine processes (0 = same priority as the API)
ENGINE_NICENESS = 5


def _execute(
    task: EngineTask, engines: dict[str, Any], conn: Connection, cancel: threading.Event
) -> Result:
    # Imported here so the parent process never loads the mesh stack.
    from meshforge.worker.outputs import write_outputs

    started = time.perf_counter()
    engine = engines.get(task.engine_path)
    if engine is None:
        engine = engines[task.engine_path] = load_engine(task.engine_path)
    # the engine's own 0..1 is the larger share of the bar; files and previews take the rest
    engine_share = 0.75 if task.render else 0.95

    def report(fraction: float, stage: str) -> None:
        conn.send(Progress(min(max(float(fraction), 0.0), 1.0), stage))

    result = engine.generate(
        task.request, lambda fraction, stage: report(fraction * engine_share, stage), cancel.is_set
    )
    if cancel.is_set():
        raise GenerationCanceled
    report(engine_share, "writing files")
    files, added = write_outputs(
        result.mesh,
        result.meta,
        task.output_format,
        Path(task.staging_dir),
        task.stem,
        task.render,
        lambda fraction, stage: report(engine_share + fraction * (0.99 - engine_share), stage),
        texture_size=task.request.texture_size,
        face_limit=task.request.face_limit,
    )
    meta = {**result.meta, **added}
    meta.setdefault("faces", len(result.mesh.faces))  # write_outputs sets it after a face limit
    return Result(files, meta, time.perf_counter() - started)


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
) -> Result | Failure:
    try:
        return _execute(task, engines, conn, cancel)
    except GenerationCanceled:
        return Failure("canceled", "The job was canceled.")
    except EngineInputError as exc:
        return Failure("input_error", str(exc))
    except EngineExhausted as exc:
        return Failure("error", str(exc), replace_process=True)
    except Exception as exc:  # any engine bug becomes this job's failure, with its trace
        return Failure("error", f"{type(exc).__name__}: {exc}", traceback.format_exc())


def serve(conn: Connection, preload: tuple[str, ...]) -> None:
    """The child's main loop: run each task it is sent, answer with its progress and end."""
    # Ctrl-C goes to the whole process group; the parent decides when this child stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Engines are batch work: the API answering polls on the same cores comes first.
    os.nice(ENGINE_NICENESS)
    tasks: queue.SimpleQueue[EngineTask | None] = queue.SimpleQueue()
    cancel = threading.Event()
    preloaded = threading.Event()

    def read_messages() -> None:
        try:
            while True:
                raw = conn.recv_bytes()
                # Unpickle only once the engines are imported: a task carries numpy arrays, and
                # numpy imported from this thread while the main thread imports it too fails
                # half-initialised (seen on a job sent the moment a server started).
                preloaded.wait()
                match ForkingPickler.loads(raw):
                    case Run(task):
                        cancel.clear()
                        tasks.put(task)
                    case Cancel():
                        cancel.set()
                    case _:  # not a message of ours: stop taking work
                        break
        except (EOFError, OSError):
            # The parent is gone (killed, or it closed the pipe): stop at once, mid-job too, so
            # no orphan keeps writing files after a new server has started and tidied up.
            os._exit(0)
        except BaseException:
            # a message this process cannot read: end the process, so the parent reports the
            # job as crashed and starts a fresh one, rather than wait for an answer forever
            traceback.print_exc()
            os._exit(1)
        tasks.put(None)

    # Listen before preloading: if the server dies during a slow warm-up, this child exits at once.
    threading.Thread(target=read_messages, daemon=True).start()
    engines = _preload(preload)
    preloaded.set()
    while (task := tasks.get()) is not None:
        ended = _run_task(task, engines, conn, cancel)
        # Meshes hold reference cycles (~100 MB per image job) that only the cycle collector
        # frees; without this the engine process grew to 1.3 GB over 40 jobs.
        gc.collect()
        try:
            conn.send(ended)
        except (BrokenPipeError, OSError):
            return
        if isinstance(ended, Failure) and ended.replace_process:
            return  # this process is spent (e.g. GPU memory): the parent starts a fresh one
