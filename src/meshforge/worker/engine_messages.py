"""What a worker and its engine process say to each other over their pipe, one type per message.

Parent → child: ``Run`` a task, ``Cancel`` it. Child → parent: ``Progress`` while it runs, then
exactly one ``Result`` or ``Failure``. All are frozen and picklable (they cross a process
boundary), so a receiver matches on the type instead of unpacking tuples by position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from meshforge.engines.base import GenerationRequest


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
class Run:
    """Start ``task``; the child runs one task at a time."""

    task: EngineTask


@dataclass(frozen=True)
class Cancel:
    """Stop the running task at the engine's next cancel check."""


@dataclass(frozen=True)
class Progress:
    """The running task is ``fraction`` (0..1) done, now in ``stage``."""

    fraction: float
    stage: str = ""


@dataclass(frozen=True)
class Result:
    """The task finished: its files in the staging directory (main file first) and meta."""

    files: list[str]
    meta: dict[str, Any]
    seconds: float


@dataclass(frozen=True)
class Failure:
    """The task ended without a model; ``message`` says why, ``traceback`` for engine bugs."""

    kind: Literal["canceled", "input_error", "error"]
    message: str
    traceback: str = ""
    #: the child ends after sending this and the parent starts a fresh one (``EngineExhausted``)
    replace_process: bool = False


#: what the parent sends
ToEngine = Run | Cancel
#: what the child sends
FromEngine = Progress | Result | Failure
