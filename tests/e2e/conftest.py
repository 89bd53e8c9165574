"""Fixtures of the end-to-end tests: real processes, always stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.serving import ServerProcess, WorkerProcess


@pytest.fixture
def processes() -> Iterator[list[ServerProcess | WorkerProcess]]:
    """Every process a test starts; all stopped at the end, pass or fail (newest first)."""
    started: list[ServerProcess | WorkerProcess] = []
    try:
        yield started
    finally:
        for process in reversed(started):
            process.stop()
