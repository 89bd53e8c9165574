"""StageTimer: one call per finished stage records its time, checks cancel, reports progress."""

from __future__ import annotations

import time

from meshforge.engines.base import CancelFn, GenerationCanceled, ProgressFn


class StageTimer:
    """Call ``timer(fraction, name)`` when stage ``name`` ends; ``timings`` keeps the seconds."""

    def __init__(self, progress: ProgressFn, cancel: CancelFn) -> None:
        self._progress = progress
        self._cancel = cancel
        self._clock = time.perf_counter()
        self.timings: dict[str, float] = {}

    def __call__(self, fraction: float, name: str) -> None:
        """Close stage ``name``: time it, stop if the job was canceled, else report progress."""
        now = time.perf_counter()
        self.timings[name] = round(now - self._clock, 4)
        self._clock = now
        if self._cancel():
            raise GenerationCanceled(f"canceled after {name}")
        self._progress(fraction, name)
