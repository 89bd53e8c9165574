"""Small engines for the run_job unit tests, loaded by import path in the engine process."""

from __future__ import annotations

import trimesh

from meshforge.engines.base import (
    CancelFn,
    EngineInputError,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)


class BoxEngine:
    """A unit box at once, after one progress report; says which seed it was given."""

    name = "box"
    tasks: frozenset[Task] = frozenset({"text_to_3d", "image_to_3d"})

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        progress(0.5, "boxing")
        box = trimesh.creation.box(extents=(1.0, 1.0, 1.0))
        return GenerationResult(box, meta={"seed_seen": request.seed, "prompt": request.prompt})


class RefusingEngine(BoxEngine):
    """Refuses every input, as an engine does with a picture it cannot use."""

    name = "refusing"

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        raise EngineInputError("The picture shows no object: try one on a plain background.")
