"""Who is calling: the key from the body, a ``key`` header, or ``Authorization: Bearer``."""

from __future__ import annotations

import threading
import time

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.datastructures import Headers

from meshforge.errors import Forbidden, RateLimited, Unauthorized
from meshforge.jobs.keys import hash_key
from meshforge.jobs.model import ApiKey
from meshforge.store.sql import SqlJobStore

#: a revoked key keeps working for at most this long in a running server
KEY_CACHE_TTL_S = 5.0


def key_from(body_key: str | None, headers: Headers) -> str | None:
    """The key a request carries, in ModelsLab's order of precedence."""
    if body_key:
        return body_key
    # compat: the CLI and an Android client send a `key` header; the JS SDK a Bearer token
    if header := headers.get("key"):
        return header
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


class KeyAuthenticator:
    """Looks keys up by hash, with a short cache so polling does not hit the database each time."""

    def __init__(self, store: SqlJobStore, requests_per_s: int = 20) -> None:
        self._store = store
        self._rate = parse(f"{requests_per_s}/second")
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._cache: dict[str, tuple[ApiKey | None, float]] = {}
        self._lock = threading.Lock()

    def identify(self, body_key: str | None, headers: Headers) -> ApiKey:
        """The caller's key record; Unauthorized when missing, unknown or revoked."""
        key = key_from(body_key, headers)
        if not key:
            raise Unauthorized(
                'API key required: send it in the body as "key", in a "key" header, '
                'or as "Authorization: Bearer <key>".'
            )
        digest = hash_key(key)
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(digest)
        if cached is not None and cached[1] > now:
            record = cached[0]
        else:
            record = self._store.find_key(digest)
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[digest] = (record, now + KEY_CACHE_TTL_S)
        if record is None:
            raise Unauthorized("Invalid API key.")
        if not self._limiter.hit(self._rate, str(record.id)):
            raise RateLimited(
                f"Too many requests: this key may send {self._rate.amount} per second.",
                retry_after_s=1,
            )
        return record

    def forget(self) -> None:
        """Drop cached lookups, so a revocation made here takes effect at once."""
        with self._lock:
            self._cache.clear()

    def identify_admin(self, body_key: str | None, headers: Headers) -> ApiKey:
        """The caller's key, which must be an admin key."""
        record = self.identify(body_key, headers)
        if not record.is_admin:
            raise Forbidden("This endpoint needs an admin key (meshforge keys create --admin).")
        return record
