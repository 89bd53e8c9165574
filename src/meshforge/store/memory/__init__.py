"""The in-memory adapter of every store port: fast unit tests, held to the SQL store's contract.

It passes the same suite as SQLite and PostgreSQL (``tests/contract``): ids never come back,
the queue cap and claims are atomic, transitions are conditional on state, owner and run,
leases expire, and deliveries are claimed one per destination. Nothing survives the process.
"""

from __future__ import annotations

from meshforge.store.memory.fleet import MemoryFleet
from meshforge.store.memory.jobs import MemoryJobs
from meshforge.store.memory.keys import MemoryKeys
from meshforge.store.memory.outbox import MemoryDeliveries
from meshforge.store.memory.tables import Tables

__all__ = ["MemoryJobStore"]


class MemoryJobStore(MemoryJobs, MemoryKeys, MemoryDeliveries, MemoryFleet):
    """Every store role over one set of in-memory tables."""

    def __init__(self) -> None:
        super().__init__(Tables())

    @property
    def is_sqlite(self) -> bool:
        """True: reads are local and take well under a millisecond."""
        return True

    def ping(self) -> None:
        """Always reachable."""

    def close(self) -> None:
        """Nothing to release."""
