"""FreeSpaceGuard: refuse new work while the server's disk is nearly full, before a write fails.

A full disk already fails cleanly (507 and a job message naming the disk, SQLite unharmed: see
``make chaos``), but only once a write hits ENOSPC, possibly halfway through a job's work.
Keeping a floor of free space refuses new jobs and uploads up front and lets ``/readyz`` take
the server out of a load balancer's rotation while the jobs already accepted still have room
to finish.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from meshforge.errors import InsufficientStorage

_MB = 1024 * 1024


class FreeSpaceGuard:
    """Checks that every filesystem holding the server's data keeps ``min_free_mb`` free."""

    def __init__(self, paths: Iterable[Path], min_free_mb: int) -> None:
        self._paths = tuple(dict.fromkeys(Path(p) for p in paths))
        self._min_free_mb = min_free_mb

    def problem(self) -> str | None:
        """What is short of space, or None (also None with the check switched off: 0 MB)."""
        if self._min_free_mb <= 0:
            return None
        seen_devices: set[int] = set()
        for path in self._paths:
            existing = _nearest_existing(path)
            device = os.stat(existing).st_dev
            if device in seen_devices:
                continue  # one filesystem is measured once, whichever folder is on it
            seen_devices.add(device)
            free_mb = shutil.disk_usage(existing).free // _MB
            if free_mb < self._min_free_mb:
                return (
                    f"the disk is nearly full: {free_mb} MB free under {path}, below "
                    f"MESHFORGE_MIN_FREE_DISK_MB={self._min_free_mb}; free some space "
                    "(old outputs, logs) or lower the setting"
                )
        return None

    def check(self) -> None:
        """Raise ``InsufficientStorage`` (507) when a filesystem is below the floor."""
        problem = self.problem()
        if problem is not None:
            raise InsufficientStorage(problem)


def _nearest_existing(path: Path) -> Path:
    """``path`` or its nearest existing parent: a data folder may not have been made yet."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path("/")
