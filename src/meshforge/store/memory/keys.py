"""MemoryKeys: API keys (their hashes only) and their webhook signing secrets, in memory."""

from __future__ import annotations

import time
from dataclasses import replace

from meshforge.jobs.keys import new_webhook_secret
from meshforge.jobs.model import ApiKey
from meshforge.jobs.ports import KeyStore
from meshforge.store.memory.tables import KeyRow, MemoryRole


class MemoryKeys(MemoryRole, KeyStore):
    """The keys table."""

    def add_key(
        self,
        name: str,
        key_hash: str,
        prefix: str,
        is_admin: bool = False,
        webhook_secret: str | None = None,
    ) -> ApiKey:
        """Store a new key's hash, with its signing secret (a new one when not given)."""
        with self.tables.lock:
            if any(row.key_hash == key_hash for row in self.tables.keys.values()):
                raise ValueError("a key with this hash exists already")
            key = ApiKey(next(self.tables.key_ids), name, prefix, is_admin, time.time())
            secret = webhook_secret or new_webhook_secret()
            self.tables.keys[key.id] = KeyRow(key, key_hash, secret)
            return key

    def find_key(self, key_hash: str) -> ApiKey | None:
        """The active key with this hash, if any."""
        with self.tables.lock:
            for row in self.tables.keys.values():
                if row.key_hash == key_hash and row.key.is_active:
                    return row.key
            return None

    def list_keys(self) -> list[ApiKey]:
        """Every key, active or revoked, oldest first."""
        with self.tables.lock:
            return [row.key for _id, row in sorted(self.tables.keys.items())]

    def revoke_key(self, name_or_prefix: str) -> list[ApiKey]:
        """Revoke the active keys with this name or key prefix; returns those revoked."""
        now = time.time()
        revoked = []
        with self.tables.lock:
            for _id, row in sorted(self.tables.keys.items()):
                if row.key.is_active and name_or_prefix in (row.key.name, row.key.prefix):
                    row.key = replace(row.key, revoked_at=now)
                    revoked.append(row.key)
        return revoked

    def webhook_secret(self, key_id: int) -> str | None:
        """The signing secret of a key's webhooks."""
        with self.tables.lock:
            row = self.tables.keys.get(key_id)
            return row.webhook_secret if row else None
