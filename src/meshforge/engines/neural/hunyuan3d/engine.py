"""Hunyuan3DEngine: Hunyuan3D-2's shape model, image → 3D (the torch code: pipeline.py).

This module imports no torch, so every engine process can build the engine (and report its
weights missing) on a machine where the ``neural`` extra is not installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from meshforge.engines.base import (
    CancelFn,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)
from meshforge.engines.neural.engine import NeuralEngine
from meshforge.engines.neural.hunyuan3d.parameters import WEIGHTS

if TYPE_CHECKING:
    from meshforge.engines.neural.runtime import Placement


class Hunyuan3DEngine(NeuralEngine):
    """Hunyuan3D-2 (Tencent) shape generation on the device the settings name."""

    name = "hunyuan3d-2"
    tasks: ClassVar[frozenset[Task]] = frozenset({"image_to_3d"})
    weights = WEIGHTS
    memory_hint = "octree_resolution (for example to 128)"

    def load_pipeline(self, task: Task, folder: Path, placement: Placement) -> Any:  # noqa: ARG002
        """hy3dgen's flow-matching pipeline from ``folder`` (one model: image_to_3d only)."""
        from meshforge.engines.neural.hunyuan3d import pipeline

        return pipeline.load(folder, placement)

    def run(
        self,
        pipeline: Any,
        request: GenerationRequest,
        progress: ProgressFn,
        cancel: CancelFn,
        placement: Placement,
    ) -> GenerationResult:
        """Sample a shape latent from the picture and mesh the occupancy it decodes to."""
        from meshforge.engines.neural.hunyuan3d import pipeline as hunyuan

        return hunyuan.generate(pipeline, request, progress, cancel, placement)
