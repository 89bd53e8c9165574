"""Who is calling: the key from the body, a ``key`` header, or ``Authorization: Bearer``.

Failed authentications are throttled per client address: past ``max_failures_per_minute``
in a moving 60 s window, a request from that address whose key this server has not already
accepted is answered 429 before any key lookup. Keys that have authenticated before (from any
address) are never slowed, so a valid client behind the same address as a guesser keeps
working; a key never seen by this process waits out the window like a wrong one would.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Mapping

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from meshforge.errors import Forbidden, RateLimited, Unauthorized
from meshforge.jobs.keys import hash_key
from meshforge.jobs.model import ApiKey
from meshforge.jobs.ports import KeyStore
from meshforge.runtime import Caller

#: a revoked key keeps working for at most this long in a running server
KEY_CACHE_TTL_S = 5.0
#: digests of accepted keys remembered for the throttle bypass (far more than keys exist)
MAX_ACCEPTED_KEYS = 100_000
#: the bucket of requests whose client address the ASGI server did not report
UNKNOWN_ADDRESS = "unknown"


def key_from(body_key: str | None, headers: Mapping[str, str]) -> str | None:
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


def client_address(request: Caller) -> str:
    """The peer address as the ASGI server reports it (never a client-sent header).

    uvicorn replaces it with X-Forwarded-For only for proxies in ``--forwarded-allow-ips``
    (127.0.0.1 by default), so a client elsewhere cannot choose its own bucket.
    """
    return request.client.host if request.client else UNKNOWN_ADDRESS


class KeyAuthenticator:
    """Looks keys up by hash, with a short cache so polling does not hit the database each time."""

    def __init__(
        self, store: KeyStore, requests_per_s: int = 20, max_failures_per_minute: int = 30
    ) -> None:
        self._store = store
        self._rate = parse(f"{requests_per_s}/second")
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._failure_rate = parse(f"{max_failures_per_minute}/minute")
        self._failures = MovingWindowRateLimiter(MemoryStorage())
        self._cache: dict[str, tuple[ApiKey | None, float]] = {}
        #: digests of keys that have authenticated here: they pass a throttled address
        self._accepted: set[str] = set()
        self._lock = threading.Lock()

    def identify(self, body_key: str | None, request: Caller) -> ApiKey:
        """The caller's key record; Unauthorized when missing, unknown or revoked.

        RateLimited when the key's request rate is exceeded, or when the caller's address has
        failed too often and the key is not one this server has accepted before.
        """
        key = key_from(body_key, request.headers)
        digest = hash_key(key) if key else None
        with self._lock:
            known = digest in self._accepted
        address = client_address(request)
        if not known:
            self._refuse_if_throttled(address)
        if key is None or digest is None:
            self._failed(address)
            raise Unauthorized(
                'API key required: send it in the body as "key", in a "key" header, '
                'or as "Authorization: Bearer <key>".'
            )
        record = self._lookup(digest)
        if record is None:
            self._failed(address)
            raise Unauthorized("Invalid API key.")
        if not self._limiter.hit(self._rate, str(record.id)):
            raise RateLimited(
                f"Too many requests: this key may send {self._rate.amount} per second.",
                retry_after_s=1,
            )
        return record

    def _lookup(self, digest: str) -> ApiKey | None:
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
        with self._lock:
            if record is None:
                # revoked since: it must not keep skipping the throttle
                self._accepted.discard(digest)
            elif len(self._accepted) < MAX_ACCEPTED_KEYS:
                self._accepted.add(digest)
        return record

    def _refuse_if_throttled(self, address: str) -> None:
        if self._failures.test(self._failure_rate, address):
            return
        reset_at = self._failures.get_window_stats(self._failure_rate, address).reset_time
        retry_after_s = max(1, math.ceil(reset_at - time.time()))
        raise RateLimited(
            "Too many failed API key attempts from your address (more than "
            f"{self._failure_rate.amount} a minute). Check the key you send (the body's "
            '"key", a "key" header or "Authorization: Bearer <key>") and try again in '
            f"{retry_after_s} s.",
            retry_after_s=retry_after_s,
        )

    def _failed(self, address: str) -> None:
        self._failures.hit(self._failure_rate, address)

    def forget(self) -> None:
        """Drop cached lookups, so a revocation made here takes effect at once."""
        with self._lock:
            self._cache.clear()

    def identify_admin(self, body_key: str | None, request: Caller) -> ApiKey:
        """The caller's key, which must be an admin key."""
        record = self.identify(body_key, request)
        if not record.is_admin:
            raise Forbidden("This endpoint needs an admin key (meshforge keys create --admin).")
        return record
