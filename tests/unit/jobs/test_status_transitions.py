"""The job state machine."""

from __future__ import annotations

import pytest

from meshforge.jobs.model import TERMINAL_STATUSES, JobStatus, can_transition

S = JobStatus


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (S.QUEUED, S.PROCESSING),
        (S.QUEUED, S.CANCELED),
        (S.PROCESSING, S.SUCCEEDED),
        (S.PROCESSING, S.FAILED),
        (S.PROCESSING, S.CANCELED),
        (S.PROCESSING, S.QUEUED),
    ],
)
def test_allowed(old: JobStatus, new: JobStatus) -> None:
    assert can_transition(old, new)


@pytest.mark.parametrize("old", sorted(TERMINAL_STATUSES))
@pytest.mark.parametrize("new", list(JobStatus))
def test_terminal_states_never_change(old: JobStatus, new: JobStatus) -> None:
    assert not can_transition(old, new)


def test_queued_cannot_succeed_without_running() -> None:
    assert not can_transition(S.QUEUED, S.SUCCEEDED)
