"""Runtime: everything a running server holds, built once by ``wiring`` from one Settings."""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from meshforge.jobs.model import ApiKey
from meshforge.jobs.service import JobService
from meshforge.settings import Settings
from meshforge.storage.base import FileStorage
from meshforge.storage.free_space import FreeSpaceGuard
from meshforge.store import Store

if TYPE_CHECKING:
    from meshforge.inputs.download_pool import DownloadPool
    from meshforge.inputs.model_files import ModelFileValidator
    from meshforge.queue.base import JobQueue
    from meshforge.webhooks.sender import WebhookSender
    from meshforge.worker.retention import RetentionSweeper


class Peer(Protocol):
    """The other end of a connection."""

    @property
    def host(self) -> str:
        """Its address."""
        ...


class Caller(Protocol):
    """What the authenticator reads of a request (an HTTP request, in the API)."""

    @property
    def headers(self) -> Mapping[str, str]:
        """The request's headers, by case-insensitive name."""
        ...

    @property
    def client(self) -> Peer | None:
        """Where the request came from, when the server knows."""
        ...


class Authenticator(Protocol):
    """Who is calling; declared here and implemented at the HTTP edge (``api.auth``)."""

    def identify(self, body_key: str | None, request: Caller) -> ApiKey:
        """The caller's key record; raises when it is missing, unknown, revoked or throttled."""
        ...

    def identify_admin(self, body_key: str | None, request: Caller) -> ApiKey:
        """The caller's key, which must be an admin key."""
        ...

    def forget(self) -> None:
        """Drop cached lookups, so a revocation made here takes effect at once."""
        ...


@dataclass
class Runtime:
    """Everything a running server holds, built from one Settings."""

    settings: Settings
    store: Store
    storage: FileStorage
    service: JobService
    auth: Authenticator
    uploads: ModelFileValidator
    #: image_to_3d's threads (downloads, address checks, decoding), apart from the shared pool
    downloads: DownloadPool
    #: /out's threads (storage lookups, file reads), so files are served whatever else is busy
    file_io: ThreadPoolExecutor
    queue: JobQueue | None = None
    webhooks: WebhookSender | None = None
    retention: RetentionSweeper | None = None
    engine_paths: Mapping[str, str] = field(default_factory=dict)
    #: the free-space floor of the data directory and local storage (/readyz checks it)
    free_space: FreeSpaceGuard = field(default_factory=lambda: FreeSpaceGuard((), 0))

    @property
    def base_url(self) -> str:
        """Public base URL."""
        return self.settings.base_url

    @property
    def proxy_base_url(self) -> str:
        """Base URL for ``proxy_links``."""
        return self.settings.proxy_base_url

    def start(self) -> None:
        """Start the workers (if this runtime runs jobs) and the webhook sender."""
        if self.queue is not None:
            self.queue.start()
        if self.webhooks is not None:
            self.webhooks.start()
        if self.retention is not None:
            self.retention.start()

    def stop(self) -> None:
        """Stop taking jobs, let running ones finish (within the grace period), then stop all."""
        self.service.draining = True
        if self.queue is not None:
            self.queue.stop(grace_s=self.settings.shutdown_grace_s)
        if self.retention is not None:
            self.retention.stop()
        if self.webhooks is not None:
            self.webhooks.stop()
        self.downloads.shutdown()
        self.file_io.shutdown(wait=False, cancel_futures=True)
        self.store.close()
