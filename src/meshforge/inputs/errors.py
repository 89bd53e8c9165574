"""Errors for user-supplied inputs; the API maps them to HTTP 400 and 413."""

from __future__ import annotations

from typing import Self


class InputError(ValueError):
    """A request input the user can fix; its message is safe to show as-is (HTTP 400)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def prefixed(self, prefix: str) -> Self:
        """Return the same kind of error with `prefix: ` in front (a field name or a step)."""
        return type(self)(f"{prefix}: {self.message}")


class InputTooLarge(InputError):
    """An input over a size limit (HTTP 413)."""


def describe_size(size_bytes: int) -> str:
    """A byte count for messages: '10 MB', '512 KB' or '300 bytes'."""
    if size_bytes >= 1_000_000:
        return f"{size_bytes / 1_000_000:,.1f}".removesuffix(".0") + " MB"
    if size_bytes >= 1_000:
        return f"{size_bytes / 1_000:.1f}".removesuffix(".0") + " KB"
    return f"{size_bytes} bytes"
