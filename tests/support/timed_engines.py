"""An engine with a known, steady run time: the workload for testing queue ETAs."""

from __future__ import annotations

import time
from typing import Any

import trimesh

from meshforge.engines.base import GenerationRequest, GenerationResult

#: seconds every job takes
STEADY_S = 1.2


class SteadyEngine:
    """Takes STEADY_S seconds per job (in small steps, honouring cancel) and returns a box."""

    name = "steady"
    tasks = frozenset({"text_to_3d", "image_to_3d"})

    def generate(self, request: GenerationRequest, progress: Any, cancel: Any) -> GenerationResult:
        for step in range(12):
            if cancel():
                from meshforge.engines.base import GenerationCanceled

                raise GenerationCanceled
            progress(step / 12, "working")
            time.sleep(STEADY_S / 12)
        return GenerationResult(trimesh.creation.box(extents=(1.0, 1.0, 1.0)))
