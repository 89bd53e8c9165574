"""The domain: what a job is, the states it moves through, and the rules for moving."""

from __future__ import annotations

from meshforge.jobs.model import (
    TERMINAL_STATUSES,
    ApiKey,
    Job,
    JobKind,
    JobStatus,
    can_transition,
)

__all__ = ["TERMINAL_STATUSES", "ApiKey", "Job", "JobKind", "JobStatus", "can_transition"]
