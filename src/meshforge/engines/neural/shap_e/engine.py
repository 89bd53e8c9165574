"""ShapEEngine: Shap-E text → 3D and image → 3D through diffusers (the torch code: pipeline.py).

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
from meshforge.engines.neural.shap_e.parameters import WEIGHTS

if TYPE_CHECKING:
    from meshforge.engines.neural.runtime import Placement


class ShapEEngine(NeuralEngine):
    """Shap-E (OpenAI, MIT) on the device the settings name."""

    name = "shap-e"
    tasks: ClassVar[frozenset[Task]] = frozenset({"text_to_3d", "image_to_3d"})
    weights = WEIGHTS
    memory_hint = "grid_size (for example to 64)"

    def load_pipeline(self, task: Task, folder: Path, placement: Placement) -> Any:
        """ShapEPipeline (text) or ShapEImg2ImgPipeline (image) from ``folder``."""
        from meshforge.engines.neural.shap_e import pipeline

        return pipeline.load(task, folder, placement)

    def run(
        self,
        pipeline: Any,
        request: GenerationRequest,
        progress: ProgressFn,
        cancel: CancelFn,
        placement: Placement,
    ) -> GenerationResult:
        """Sample a latent with Shap-E's prior and mesh the shape it encodes."""
        from meshforge.engines.neural.shap_e import pipeline as shap_e

        return shap_e.generate(pipeline, request, progress, cancel, placement)
