"""The boto3 clients behind S3Storage: one set per process, built on first use, retries bounded."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any, cast

try:
    import boto3
    from botocore.config import Config
    from botocore.exceptions import BotoCoreError, ClientError
except ImportError as exc:  # pragma: no cover - the dev environment has the extra
    raise ImportError(
        "MESHFORGE_STORAGE_URL=s3://... needs boto3: pip install 'meshforge[s3]'"
    ) from exc

__all__ = ["BotoCoreError", "ClientError", "S3Clients", "is_missing"]


def _client_config(*, path_style: bool, attempts: int, connect_s: float, read_s: float) -> Any:
    # A bounded "standard" retry rides out throttling and brief outages without hanging a worker;
    # checksums only when the API requires them, because the CRC headers botocore sends by default
    # since 1.36 are refused by several S3-compatible servers. Path-style addressing for custom
    # endpoints: MinIO and friends rarely have wildcard DNS for virtual-host buckets.
    return Config(
        signature_version="s3v4",
        connect_timeout=connect_s,
        read_timeout=read_s,
        retries={"mode": "standard", "total_max_attempts": attempts},
        # one per concurrently served download or upload thread, so the pool never discards
        max_pool_connections=32,
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        s3={"addressing_style": "path"} if path_style else {},
    )


def is_missing(exc: ClientError) -> bool:
    """True when S3 answered "no such object" (HEAD has no body, so only the status says so)."""
    response = cast(dict[str, Any], exc.response)
    code = response.get("Error", {}).get("Code")
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code in {"404", "NoSuchKey", "NotFound"} or status == 404


@dataclass
class _Clients:
    """The boto3 clients of one process (a forked child builds its own)."""

    pid: int
    session: Any
    main: Any = None
    probe: Any = None
    quick: Any = None


class S3Clients:
    """This process's S3 clients: ``main`` for jobs' files, ``quick`` for what an API request
    waits on (downloads, existence checks), ``probe`` for readiness checks."""

    def __init__(
        self,
        *,
        endpoint_url: str | None,
        region: str,
        access_key_id: str | None,
        secret_access_key: str | None,
    ) -> None:
        self.endpoint_url = endpoint_url
        self.region = region
        # None lets boto3 use its usual chain (environment, config files, instance role)
        self._credentials = {
            "aws_access_key_id": access_key_id,
            "aws_secret_access_key": secret_access_key,
        }
        # clients are built per process: a Celery prefork child must not share its parent's sockets
        self._clients: _Clients | None = None
        self._lock = threading.Lock()

    def get(self, probe: bool = False, quick: bool = False) -> Any:
        """This process's client (``probe``: the one for readiness checks; ``quick``: the one
        for API requests), built on first use."""
        role = "probe" if probe else "quick" if quick else "main"
        clients = self._clients
        if clients is not None and clients.pid == os.getpid():
            client = getattr(clients, role)
            if client is not None:
                return client
        elif clients is not None:
            # forked: the parent's lock may be held by a thread that does not exist here
            self._lock = threading.Lock()
        with self._lock:
            if self._clients is None or self._clients.pid != os.getpid():
                # a Session of its own: boto3's default session is not safe to share between threads
                self._clients = _Clients(os.getpid(), boto3.session.Session())
            if getattr(self._clients, role) is None:
                setattr(self._clients, role, self._new_client(self._clients.session, role))
            return getattr(self._clients, role)

    def _new_client(self, session: Any, role: str) -> Any:
        path_style = self.endpoint_url is not None
        # readiness must answer quickly: one attempt, short timeouts. A client waiting on an
        # API request gives up within ~15 s (two attempts), so the API answers 503 while the
        # storage is away instead of holding the request past a proxy's timeout. Jobs wait
        # longer: uploads are retried with backoff inside the job's budget (run_job).
        attempts, connect_s, read_s = {
            "probe": (1, 2.0, 5.0),
            "quick": (2, 3.0, 5.0),
            "main": (4, 5.0, 60.0),
        }[role]
        config = _client_config(
            path_style=path_style, attempts=attempts, connect_s=connect_s, read_s=read_s
        )
        return session.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=self.region,
            config=config,
            **self._credentials,
        )
