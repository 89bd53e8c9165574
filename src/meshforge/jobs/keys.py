"""API keys: made from 256 random bits, stored and looked up only by their SHA-256.

Each key comes with the secret that signs its webhooks (Standard Webhooks' ``whsec_`` form).
"""

from __future__ import annotations

import base64
import hashlib
import secrets

KEY_PREFIX = "mf_"
SECRET_PREFIX = "whsec_"  # noqa: S105 - the Standard Webhooks prefix, not a secret


def generate_key() -> str:
    """A new key, shown to its owner once."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(key: str) -> str:
    """The stored form of a key. A slow KDF adds nothing for 256-bit random keys."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_prefix(key: str) -> str:
    """The recognisable start of a key, safe to show in listings."""
    return key[: len(KEY_PREFIX) + 6]


def new_webhook_secret() -> str:
    """A fresh webhook signing secret: ``whsec_`` and 32 random bytes in base64."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()
