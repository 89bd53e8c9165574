"""An engine for the client's stream tests, loaded by import path in the engine process:
"slow" works until canceled; anything else reports progress in steps for about two seconds,
then makes a unit box."""

from __future__ import annotations

import time

import trimesh

from meshforge.engines.base import (
    CancelFn,
    GenerationCanceled,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)

STEPS = 8
STEP_S = 0.25


class SteppingEngine:
    """Progress in steps a watcher can see, then a box; "slow" runs until canceled."""

    name = "stepping"
    tasks: frozenset[Task] = frozenset({"text_to_3d", "image_to_3d"})

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        steps = 10_000 if request.prompt == "slow" else STEPS
        for step in range(steps):
            if cancel():
                raise GenerationCanceled
            progress(step / steps, "stepping")
            time.sleep(STEP_S)
        return GenerationResult(trimesh.creation.box(extents=(1.0, 1.0, 1.0)))
