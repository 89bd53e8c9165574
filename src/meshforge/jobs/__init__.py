"""The domain: what a job is, its states, the rules for moving, and the ports that store it."""

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
