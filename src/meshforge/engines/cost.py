"""How long the CPU engines take, for the ``eta`` clients see (measured on a 2-core machine)."""

from __future__ import annotations

from meshforge.engines.base import Task

#: seconds at resolution 256, measured with bench/engines.py; cost grows with resolution squared
_SECONDS_AT_256: dict[Task, float] = {"text_to_3d": 0.3, "image_to_3d": 0.8}


def estimate_seconds(task: Task, resolution: int) -> float:
    """Estimated engine time for one job, never below a quarter second."""
    return max(0.25, _SECONDS_AT_256[task] * (resolution / 256) ** 2)
