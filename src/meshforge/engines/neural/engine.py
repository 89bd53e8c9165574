"""NeuralEngine: what every neural adapter shares around its model.

The model is loaded once per engine process (in ``warm_up`` when its weights are there, else
on first use) on the device the settings name, from the models directory only; the hubs are
switched offline first, so a missing file is an error naming the folder, never a download.
A job that runs out of memory fails with a message saying what to lower, and the engine process
is replaced before the next job (``EngineExhausted``), so fragmented GPU memory does not outlive
it.
Subclasses say how to load a pipeline and how to turn it into a mesh.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from meshforge.engines.base import (
    CancelFn,
    EngineExhausted,
    GenerationCanceled,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)
from meshforge.engines.neural.environment import NeuralEnvironment, go_offline
from meshforge.engines.neural.weights import ModelWeights, check_folder

if TYPE_CHECKING:
    from meshforge.engines.neural.runtime import Placement

log = logging.getLogger("meshforge.engines.neural")


class WeightsMissing(RuntimeError):
    """The engine's weight folder is missing or incomplete; the message says how to fill it."""


class OutOfMemory(EngineExhausted):
    """The job needed more memory than the device has; the message says what to lower.

    An ``EngineExhausted``: the engine process is replaced after this job, because fragmented
    device memory and allocator state can outlive ``empty_cache``.
    """


class NeuralEngine:
    """Base of the neural adapters: weights, device, warm model, out-of-memory handling."""

    name: ClassVar[str]
    tasks: ClassVar[frozenset[Task]]
    weights: ClassVar[ModelWeights]
    #: what a client can lower after running out of memory ("grid_size, ...")
    memory_hint: ClassVar[str] = "resolution"

    def __init__(self) -> None:
        # nothing heavy here: the engine process builds every registered engine at start
        self._environment: NeuralEnvironment | None = None
        self._placement: Placement | None = None
        self._pipelines: dict[Task, Any] = {}

    # -- to be provided by each adapter -------------------------------------------------
    def load_pipeline(self, task: Task, folder: Path, placement: Placement) -> Any:
        """Build the model for ``task`` from ``folder`` on ``placement`` (local files only)."""
        raise NotImplementedError

    def run(
        self,
        pipeline: Any,
        request: GenerationRequest,
        progress: ProgressFn,
        cancel: CancelFn,
        placement: Placement,
    ) -> GenerationResult:
        """Generate one mesh with a loaded ``pipeline``."""
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------
    @property
    def environment(self) -> NeuralEnvironment:
        """The models directory and device setting this process was started with."""
        if self._environment is None:
            self._environment = NeuralEnvironment.read()
        return self._environment

    def warm_up(self) -> None:
        """Load the model of every task whose weights are present (others load on use)."""
        models_dir = self.environment.models_dir
        for task in sorted(self.tasks):
            if check_folder(self.weights.folders[task], models_dir).valid:
                self._pipeline(task)

    def _placed(self) -> Placement:
        if self._placement is None:
            from meshforge.engines.neural.runtime import place

            self._placement = place(self.environment.device)
        return self._placement

    def _pipeline(self, task: Task) -> Any:
        if task in self._pipelines:
            return self._pipelines[task]
        spec = self.weights.folders[task]
        models_dir = self.environment.models_dir
        status = check_folder(spec, models_dir)
        if not status.valid:
            raise WeightsMissing(
                f"The {self.name} weights for {task} are not usable: {status.problem}. "
                f"Fill the folder on a machine with internet: {spec.download_command(models_dir)}"
            )
        go_offline()
        started = time.perf_counter()
        pipeline = self.load_pipeline(task, status.folder, self._placed())
        log.info(
            "%s: loaded %s on %s in %.1f s",
            self.name,
            status.folder,
            self._placed().name,
            time.perf_counter() - started,
        )
        self._pipelines[task] = pipeline
        return pipeline

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        """Load the model if needed, run it, and say what to lower if memory runs out."""
        from meshforge.engines.neural import runtime

        started = time.perf_counter()
        was_warm = request.task in self._pipelines
        progress(0.0, "loading model")
        pipeline = self._pipeline(request.task)
        placement = self._placed()
        runtime.reset_peak_memory(placement)
        try:
            result = self.run(pipeline, request, progress, cancel, placement)
        except GenerationCanceled:
            raise
        except Exception as exc:
            if not runtime.is_out_of_memory(exc):
                raise
            self._pipelines.clear()  # reloaded by the next job, on a clean allocator
            runtime.free_memory(placement)
            raise OutOfMemory(
                f"{self.name} ran out of memory on {placement.name}; lower {self.memory_hint}, "
                "run one job per GPU (--concurrency 1), or use a larger GPU"
            ) from exc
        peak = runtime.peak_memory_mb(placement)
        result.meta.update(
            {
                "engine": self.name,
                "device": placement.name,
                "precision": str(placement.dtype).removeprefix("torch."),
                "model_warm": was_warm,
                "engine_s": round(time.perf_counter() - started, 3),
                **({"peak_gpu_memory_mb": peak} if peak is not None else {}),
            }
        )
        return result
