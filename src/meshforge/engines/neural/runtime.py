"""The torch side of the neural engines: device, precision, per-step progress, out of memory.

Imported only inside the engine process, when a model loads (never by the API process).
"""

from __future__ import annotations

import contextlib
import gc
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import torch

from meshforge.engines.base import CancelFn, GenerationCanceled, ProgressFn


@dataclass(frozen=True)
class Placement:
    """Where a model runs: the torch device and the precision used there."""

    device: torch.device
    dtype: torch.dtype

    @property
    def name(self) -> str:
        """ "cpu", "cuda:0", ... as ``meta`` and ``meshforge models`` show it."""
        return str(self.device)


def place(setting: str) -> Placement:
    """The device the setting names (auto: the first GPU, else the CPU); fp16 on a GPU.

    Raises RuntimeError naming the setting when it asks for a GPU that is not there.
    """
    wanted = setting.strip().lower()
    if wanted == "auto":
        wanted = "cuda:0" if torch.cuda.is_available() else "cpu"
    if wanted == "cpu":
        return Placement(torch.device("cpu"), torch.float32)
    device = torch.device(wanted if ":" in wanted else "cuda:0")
    if not torch.cuda.is_available():
        raise RuntimeError(
            f"MESHFORGE_DEVICE is {setting!r} but this machine has no usable CUDA device "
            "(or torch is the CPU build); set it to auto or cpu"
        )
    if (device.index or 0) >= torch.cuda.device_count():
        raise RuntimeError(
            f"MESHFORGE_DEVICE is {setting!r} but only {torch.cuda.device_count()} CUDA "
            "device(s) are visible"
        )
    # half precision halves the memory and is what these models are published in
    return Placement(device, torch.float16)


def seeded_generator(seed: int) -> torch.Generator:
    """A CPU generator (results do not depend on the device the model runs on)."""
    return torch.Generator(device="cpu").manual_seed(seed)


class StepReporter:
    """Progress and cancel for a pipeline's denoising loop, one call per step.

    ``watch(pipe)`` replaces the pipeline's ``progress_bar`` (every diffusers pipeline iterates
    its timesteps through it; Shap-E has no ``callback_on_step_end``), so each step reports
    ``start..end`` of the engine's bar and a canceled job stops before its next step.
    """

    def __init__(
        self, progress: ProgressFn, cancel: CancelFn, start: float, end: float, stage: str
    ) -> None:
        self._progress, self._cancel = progress, cancel
        self._start, self._end, self._stage = start, end, stage
        self.steps = 0

    def step(self, done: int, total: int) -> None:
        """Step ``done`` of ``total`` finished: stop if canceled, else report progress."""
        self.steps = done
        if self._cancel():
            raise GenerationCanceled(f"canceled after step {done} of {total}")
        fraction = done / max(total, 1)
        self._progress(self._start + (self._end - self._start) * fraction, self._stage)

    def iterate(self, steps: Iterable[Any]) -> Iterator[Any]:
        """``steps`` one by one, with a cancel check before each and a report after it."""
        items = list(steps)
        for index, item in enumerate(items):
            if self._cancel():
                raise GenerationCanceled(f"canceled before step {index + 1} of {len(items)}")
            yield item
            self.step(index + 1, len(items))

    @contextlib.contextmanager
    def watch(self, pipe: Any) -> Iterator[None]:
        """Route ``pipe``'s progress bar through this reporter while the block runs."""
        reporter = self

        def progress_bar(_pipe: Any, iterable: Iterable[Any] | None = None, **_: Any) -> Any:
            return reporter.iterate(() if iterable is None else iterable)

        saved = pipe.__dict__.get("progress_bar")
        pipe.progress_bar = types.MethodType(progress_bar, pipe)
        try:
            yield
        finally:
            if saved is None:
                del pipe.progress_bar
            else:
                pipe.progress_bar = saved


def is_out_of_memory(exc: BaseException) -> bool:
    """True for a GPU (or CPU allocator) running out of memory."""
    if isinstance(exc, torch.OutOfMemoryError | MemoryError):
        return True
    text = str(exc).lower()
    return "out of memory" in text or "cuda error: out of memory" in text


def free_memory(placement: Placement | None) -> None:
    """Give cached GPU memory back after a failure, so the next job starts clean."""
    gc.collect()
    if placement is not None and placement.device.type == "cuda":
        torch.cuda.empty_cache()


def peak_memory_mb(placement: Placement) -> float | None:
    """Peak GPU memory of the last job in MiB (None on the CPU)."""
    if placement.device.type != "cuda":
        return None
    return round(torch.cuda.max_memory_allocated(placement.device) / 2**20, 1)


def reset_peak_memory(placement: Placement) -> None:
    """Start measuring the peak GPU memory of a new job."""
    if placement.device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(placement.device)


def batched(
    total: int, batch: int, on_batch: Callable[[int, int], None]
) -> Iterator[tuple[int, int]]:
    """(start, stop) slices of ``range(total)``, calling ``on_batch(done, total)`` after each."""
    for start in range(0, total, batch):
        stop = min(start + batch, total)
        yield start, stop
        on_batch(stop, total)
