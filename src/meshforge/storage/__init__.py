"""Where files live: outputs served at /out and uploaded inputs kept for their jobs."""

from __future__ import annotations

from meshforge.storage.local import LocalStorage

__all__ = ["LocalStorage"]
