"""SqlKeys: API keys (their hashes only) and their webhook signing secrets."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Row, select, update

from meshforge.jobs.keys import new_webhook_secret
from meshforge.jobs.model import ApiKey
from meshforge.jobs.ports import KeyStore
from meshforge.store.schema import api_keys
from meshforge.store.sql.connection import READ, WRITE, SqlRole


def _to_key(row: Row[Any]) -> ApiKey:
    m = row._mapping
    return ApiKey(
        id=m["id"],
        name=m["name"],
        prefix=m["prefix"],
        is_admin=m["is_admin"],
        created_at=m["created_at"],
        revoked_at=m["revoked_at"],
    )


class SqlKeys(SqlRole, KeyStore):
    """The ``api_keys`` table."""

    def add_key(
        self,
        name: str,
        key_hash: str,
        prefix: str,
        is_admin: bool = False,
        webhook_secret: str | None = None,
    ) -> ApiKey:
        """Store a new key's hash, with its signing secret (a new one when not given)."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            row = conn.execute(
                api_keys.insert()
                .values(
                    name=name,
                    key_hash=key_hash,
                    prefix=prefix,
                    is_admin=is_admin,
                    created_at=time.time(),
                    webhook_secret=webhook_secret or new_webhook_secret(),
                )
                .returning(*api_keys.c)
            ).one()
        return _to_key(row)

    def find_key(self, key_hash: str) -> ApiKey | None:
        """The active key with this hash, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(api_keys).where(
                    api_keys.c.key_hash == key_hash, api_keys.c.revoked_at.is_(None)
                )
            ).first()
        return _to_key(row) if row else None

    def list_keys(self) -> list[ApiKey]:
        """Every key, active or revoked, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_keys).order_by(api_keys.c.id)).all()
        return [_to_key(r) for r in rows]

    def revoke_key(self, name_or_prefix: str) -> list[ApiKey]:
        """Revoke the active keys with this name or key prefix; returns those revoked."""
        cond = (api_keys.c.name == name_or_prefix) | (api_keys.c.prefix == name_or_prefix)
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            rows = conn.execute(
                update(api_keys)
                .where(cond, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
                .returning(*api_keys.c)
            ).all()
        return [_to_key(r) for r in rows]

    def webhook_secret(self, key_id: int) -> str | None:
        """The signing secret of a key's webhooks."""
        with self.engine.connect().execution_options(**READ) as conn:
            secret = conn.execute(
                select(api_keys.c.webhook_secret).where(api_keys.c.id == key_id)
            ).scalar()
        return str(secret) if secret else None
