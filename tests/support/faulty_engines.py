"""Engines that misbehave on purpose, to prove one bad job cannot hurt the server.

They are loaded by import path in the engine child process, like the real engines.
"""

from __future__ import annotations

import ctypes
import time
from typing import Any

from meshforge.engines.base import EngineExhausted, GenerationRequest, GenerationResult


class SegfaultEngine:
    """Dereferences a null pointer: the engine process dies with SIGSEGV."""

    name = "segfault"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        progress(0.1, "about to crash")
        ctypes.string_at(0)
        raise AssertionError("unreachable")


class HangingEngine:
    """Never finishes and ignores cancel: only killing its process stops it."""

    name = "hang"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        progress(0.5, "hanging")
        while True:
            time.sleep(1)


class BrokenEngine:
    """Raises an ordinary exception, as an engine bug would."""

    name = "broken"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        raise RuntimeError("template table is corrupt")


class PatientEngine:
    """Works for a long time in small steps, checking cancel between them (as real engines do)."""

    name = "patient"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        from meshforge.engines.base import GenerationCanceled

        for step in range(600):
            if cancel():
                raise GenerationCanceled
            progress(step / 600, "working")
            time.sleep(0.1)
        raise AssertionError("should have been canceled")


class WorkerKillerEngine:
    """SIGKILLs the process that started it (the worker: engine children are spawned by it),
    as an input that crashes the whole worker would: a poison job."""

    name = "worker-killer"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        import os
        import signal

        progress(0.1, "about to take the worker down")
        os.kill(os.getppid(), signal.SIGKILL)
        time.sleep(60)  # the worker is gone; its engine child follows when its pipe closes
        raise AssertionError("unreachable")


class ExhaustedEngine:
    """Runs out of device memory, as a neural engine on a small GPU does."""

    name = "exhausted"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        raise EngineExhausted("exhausted ran out of memory on cuda:0; lower resolution")


class PromptedEngine:
    """Does what the prompt says: "crash" (SIGSEGV), "slow" (waits for a cancel), else a box."""

    name = "prompted"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        from support.box_engines import BoxEngine

        if request.prompt == "crash":
            return SegfaultEngine().generate(request, progress, cancel)
        if request.prompt == "slow":
            return PatientEngine().generate(request, progress, cancel)
        return BoxEngine().generate(request, progress, cancel)
