"""Where files live: outputs served at /out (or from a bucket) and inputs kept for their jobs."""

from __future__ import annotations

from meshforge.storage.base import CONTENT_TYPES, Download, FileStorage, content_type

__all__ = ["CONTENT_TYPES", "Download", "FileStorage", "content_type"]
