"""Persistence of jobs, keys, webhook deliveries and workers: the ports in one, and adapters.

The roles are ports on the side of those who use them (``jobs.ports``, ``webhooks.ports``);
the adapters are ``store.sql`` (SQLite, PostgreSQL) and ``store.memory`` (tests). Only
``wiring`` names an adapter; everything else holds a ``Store`` or one of its roles.
"""

from __future__ import annotations

from typing import Protocol

from meshforge.jobs.ports import FleetStore, JobStore, KeyStore
from meshforge.webhooks.ports import DeliveryStore

__all__ = ["Store"]


class Store(JobStore, KeyStore, DeliveryStore, FleetStore, Protocol):
    """Every role of the store in one object, as each adapter provides them."""

    @property
    def is_sqlite(self) -> bool:
        """True when reads are local and take well under a millisecond (the embedded store)."""
        ...

    def ping(self) -> None:
        """Raise if the store cannot be reached."""
        ...

    def close(self) -> None:
        """Release what the store holds (connections)."""
        ...
