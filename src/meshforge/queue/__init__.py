"""Dispatch: which process runs a queued job. ``local`` runs them inside the server process."""

from __future__ import annotations

from meshforge.queue.local import LocalQueue

__all__ = ["LocalQueue"]
