"""LocalStorage: a directory on disk; outputs move in whole, so no reader sees half a file."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from meshforge.storage.base import Download, is_safe_name
from meshforge.storage.staging import LocalStaging


class LocalStorage(LocalStaging):
    """Files under ``root``: ``out/`` is public through /out, ``inputs/`` never is."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.out_dir = self.root / "out"
        self.inputs_dir = self.root / "inputs"
        self.staging_dir = self.root / "staging"
        for directory in (self.out_dir, self.inputs_dir, self.staging_dir):
            directory.mkdir(parents=True, exist_ok=True)

    def output_path(self, name: str) -> Path | None:
        """Path of a servable output, or None if the name is unsafe or the file is missing."""
        if not is_safe_name(name):
            return None
        path = self.out_dir / name
        return path if path.is_file() else None

    def has_output(self, name: str) -> bool:
        """True once the output ``name`` is published."""
        return self.output_path(name) is not None

    def download(self, name: str) -> Download | None:
        """The local file to send for ``name``."""
        path = self.output_path(name)
        return Download(path=path) if path else None

    def ping(self) -> None:
        """Raise if the output directory is gone or not writable."""
        if not os.access(self.out_dir, os.W_OK):
            raise OSError(f"{self.out_dir} is not writable")

    def publish(self, staging: Path, names: list[str]) -> list[str]:
        """Move finished files from staging into ``out/`` (companions first, main file last)."""
        for name in [*names[1:], names[0]]:
            if not is_safe_name(name):
                raise ValueError(f"refusing to publish unsafe file name {name!r}")
            os.replace(staging / name, self.out_dir / name)
        shutil.rmtree(staging, ignore_errors=True)
        return names

    def delete_outputs(self, names: list[str]) -> None:
        """Remove published outputs (missing ones are ignored)."""
        for name in names:
            if is_safe_name(name):
                (self.out_dir / name).unlink(missing_ok=True)

    def save_input(self, name: str, data: bytes) -> None:
        """Store an input file atomically."""
        self._write_atomic(self.inputs_dir, name, data)

    def read_input(self, name: str) -> bytes:
        """Read a stored input file."""
        if not is_safe_name(name):
            raise ValueError(f"unsafe input name {name!r}")
        return (self.inputs_dir / name).read_bytes()

    def delete_input(self, name: str) -> None:
        """Remove a stored input (missing ones are ignored)."""
        if is_safe_name(name):
            (self.inputs_dir / name).unlink(missing_ok=True)

    def read_output(self, name: str) -> bytes:
        """Read a published output (FileNotFoundError if missing, ValueError if unsafe)."""
        if not is_safe_name(name):
            raise ValueError(f"unsafe output name {name!r}")
        return (self.out_dir / name).read_bytes()

    def save_output(self, name: str, data: bytes) -> None:
        """Store a file directly under ``out/`` atomically (uploads)."""
        self._write_atomic(self.out_dir, name, data)

    @staticmethod
    def _write_atomic(directory: Path, name: str, data: bytes) -> None:
        if not is_safe_name(name):
            raise ValueError(f"unsafe file name {name!r}")
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, directory / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
