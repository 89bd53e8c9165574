"""LocalStaging: the private local directories engines write into, for every storage adapter.

Whatever the storage (a directory or a bucket), an engine writes a job's files locally first;
``publish`` then makes them visible. Mixed into each adapter, which sets ``staging_dir``.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from pathlib import Path


class LocalStaging:
    """Staging directories under ``staging_dir``, one fresh directory per job run."""

    staging_dir: Path

    def make_staging(self, stem: str) -> Path:
        """A fresh private directory where an engine writes a job's files before publishing."""
        return Path(tempfile.mkdtemp(prefix=f"{stem}-", dir=self.staging_dir))

    def discard(self, staging: Path) -> None:
        """Remove a staging directory and whatever it holds."""
        shutil.rmtree(staging, ignore_errors=True)

    def clear_staging(self, older_than_s: float = 0.0) -> None:
        """Remove staging leftovers of interrupted runs (called at start-up).

        Processes sharing the directory pass how old a run must be to be surely dead.
        """
        cutoff = time.time() - older_than_s
        for child in self.staging_dir.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if child.stat().st_mtime <= cutoff:
                    shutil.rmtree(child, ignore_errors=True)
