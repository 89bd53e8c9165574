"""Key management over HTTP, for admin keys only (the CLI does the same on the server itself)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import Field

from meshforge.api.deps import RuntimeDep
from meshforge.errors import NotFound
from meshforge.jobs.keys import generate_key, hash_key, key_prefix
from meshforge.modelslab.field_limits import Text
from meshforge.modelslab.requests import KeyOnlyRequest, WireModel

router = APIRouter(prefix="/api/v6/keys", tags=["Keys (admin)"])

#: longest key name: a label shown in listings and the CLI
MAX_KEY_NAME_CHARS = 200


class CreateKeyRequest(WireModel):
    """A new key's label and scope."""

    name: Text = Field(min_length=1, max_length=MAX_KEY_NAME_CHARS)
    admin: bool = False


class RevokeKeyRequest(WireModel):
    """Which key to revoke: its name or its prefix."""

    name: Text = Field(min_length=1, max_length=MAX_KEY_NAME_CHARS)


@router.post("/create", summary="Create a key (admin)")
async def create_key(
    body: CreateKeyRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """A new key, shown once in this answer with its webhook secret; only its hash is stored."""
    runtime.auth.identify_admin(body.key, request)
    key = generate_key()
    record = runtime.store.add_key(body.name, hash_key(key), key_prefix(key), is_admin=body.admin)
    return {
        "status": "success",
        "name": record.name,
        "api_key": key,
        "webhook_secret": runtime.store.webhook_secret(record.id),
    }


@router.post("/list", summary="List keys (admin)")
async def list_keys(body: KeyOnlyRequest, request: Request, runtime: RuntimeDep) -> dict[str, Any]:
    """Every key's name, prefix, scope and state; never the keys themselves."""
    runtime.auth.identify_admin(body.key, request)
    return {
        "status": "success",
        "keys": [
            {
                "name": k.name,
                "prefix": k.prefix,
                "admin": k.is_admin,
                "active": k.is_active,
                "created_at": k.created_at,
            }
            for k in runtime.store.list_keys()
        ],
    }


@router.post("/revoke", summary="Revoke keys (admin)")
async def revoke_key(
    body: RevokeKeyRequest, request: Request, runtime: RuntimeDep
) -> dict[str, Any]:
    """Revoke the active keys with this name or prefix (effective within seconds)."""
    runtime.auth.identify_admin(body.key, request)
    revoked = runtime.store.revoke_key(body.name)
    if not revoked:
        raise NotFound(f"No active key named or starting with {body.name!r}.")
    runtime.auth.forget()
    return {"status": "success", "revoked": [k.name for k in revoked]}
