"""The job queue port: how an accepted job reaches a process that runs it.

The job table stays the source of truth in every adapter: a queue only *dispatches*. Losing a
message therefore never loses a job (the sweeper dispatches again what the broker never got,
and requeues what a dead worker held), and a message delivered twice finds the job already
taken and does nothing.
"""

from __future__ import annotations

from typing import Protocol

from meshforge.jobs.model import Job


class JobQueue(Protocol):
    """Dispatch of queued jobs to workers."""

    def start(self) -> None:
        """Start dispatching (and, for in-process queues, running) jobs."""
        ...

    def stop(self, grace_s: float = 0.0) -> None:
        """Stop; running jobs get ``grace_s`` to finish."""
        ...

    def enqueue(self, job: Job) -> None:
        """Hand a just-committed queued job to the workers; never raises."""
        ...

    def ping(self) -> None:
        """Raise if the broker cannot be reached (readiness)."""
        ...

    @property
    def runs_jobs_here(self) -> bool:
        """True when this process itself runs jobs (the embedded queue)."""
        ...
