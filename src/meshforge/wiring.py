"""The composition root: the only place that names concrete adapters and builds them.

Adapters are chosen by URL scheme (``sqlite://`` / ``postgresql://`` for jobs, ``local`` /
``redis://`` / ``amqp://`` for dispatch, ``file://`` / ``s3://`` for files) and the optional
ones are imported only when configured, so the embedded default needs none of their extras.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from meshforge.api.auth import KeyAuthenticator
from meshforge.engines.base import ENGINE_CACHE_DIR_VARIABLE
from meshforge.engines.neural.environment import NeuralEnvironment
from meshforge.engines.registry import engine_paths as registered_engine_paths
from meshforge.errors import ConfigurationError
from meshforge.inputs.download_pool import DownloadPool
from meshforge.inputs.model_files import ModelFileValidator
from meshforge.jobs.service import JobService
from meshforge.modelslab.responses import job_body
from meshforge.queue.base import JobQueue
from meshforge.runtime import Runtime
from meshforge.settings import Settings
from meshforge.storage.base import FileStorage
from meshforge.storage.free_space import FreeSpaceGuard
from meshforge.storage.local import LocalStorage
from meshforge.store import Store
from meshforge.store.migrate import current_revision, upgrade
from meshforge.store.sql import SqlJobStore, open_engine
from meshforge.webhooks.policy import WebhookPolicy
from meshforge.webhooks.sender import WebhookSender
from meshforge.worker.retention import RetentionSweeper
from meshforge.worker.run_job import WorkerContext

if TYPE_CHECKING:
    from meshforge.queue.celery import CeleryWorker

_CELERY_SCHEMES = ("redis://", "rediss://", "amqp://", "amqps://", "pyamqp://", "sentinel://")


def open_store(settings: Settings) -> Store:
    """The job store for ``settings`` (SQLite or PostgreSQL), migrated to the newest schema."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlJobStore(settings.job_store_url, pool_size=settings.database_pool_size)
    store.create_schema()
    return store


def migrate_store(settings: Settings) -> tuple[str | None, str]:
    """Bring the database of ``settings`` to the newest schema; (revision before, after)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = open_engine(settings.job_store_url)
    try:
        return current_revision(engine), upgrade(engine)
    finally:
        engine.dispose()


def open_file_storage(settings: Settings) -> FileStorage:
    """Local directory (``file://``, the default) or an S3-compatible bucket (``s3://``)."""
    url = settings.file_storage_url
    if url.startswith("file://"):
        return LocalStorage(_local_path(url))
    if url.startswith("s3://"):
        from meshforge.storage.s3 import S3Storage  # needs the [s3] extra

        return S3Storage.from_url(
            url,
            staging_root=settings.data_dir / "staging",
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key,
            serve=settings.s3_serve,
            public_url=settings.s3_public_url,
            presign_expiry_s=settings.s3_presign_expiry_s,
        )
    raise ConfigurationError(
        f"MESHFORGE_STORAGE_URL: unsupported {url!r}; use file:///path or s3://bucket/prefix"
    )


def _local_path(url: str) -> Path:
    return Path(url.removeprefix("file://"))


def hand_settings_to_engines(settings: Settings) -> None:
    """Put the neural engines' settings where engine processes started from now on read them
    (engines run in their own processes and get no Settings object)."""
    NeuralEnvironment(settings.models_path, settings.device).export()
    # the text engine keeps its phrase embeddings here between engine-process starts
    os.environ[ENGINE_CACHE_DIR_VARIABLE] = str(settings.cache_path.resolve())


def open_queue(
    settings: Settings, ctx: WorkerContext, preload: tuple[str, ...], run_workers: bool
) -> JobQueue | None:
    """In-process workers (``local``) or a Celery producer (a broker URL)."""
    if settings.queue_url == "local":
        if not run_workers:
            return None
        from meshforge.queue.local import LocalQueue

        return LocalQueue(
            ctx,
            settings.workers,
            preload=preload,
            sole_runner=settings.job_store_url.startswith("sqlite"),
        )
    if settings.queue_url.startswith(_CELERY_SCHEMES):
        from meshforge.queue.celery import CeleryQueue  # needs the [celery] extra

        return CeleryQueue(ctx.store, settings)
    raise ConfigurationError(
        f"MESHFORGE_QUEUE_URL: unsupported {settings.queue_url!r}; use local, redis://... "
        "or amqp://..."
    )


def build_runtime(
    settings: Settings,
    *,
    run_workers: bool = True,
    engine_paths: Mapping[str, str] | None = None,
) -> Runtime:
    """Build the store, storage, queue, service and background senders of an API server.

    ``run_workers=False`` builds a server that accepts jobs but neither runs nor dispatches
    them (tests of the API alone).
    """
    store = open_store(settings)
    storage = open_file_storage(settings)
    paths = registered_engine_paths({**settings.engine_overrides, **(engine_paths or {})})
    hand_settings_to_engines(settings)
    ctx = WorkerContext(store, storage, settings, paths)
    queue = open_queue(settings, ctx, tuple(sorted(set(paths.values()))), run_workers)
    free_space = FreeSpaceGuard(_local_data_paths(settings), settings.min_free_disk_mb)
    service = JobService(
        store,
        storage,
        max_queued_per_key=settings.max_queued_per_key,
        temp_retention_s=settings.temp_retention_s,
        workers=settings.workers,
        on_submit=queue.enqueue if queue else (lambda _job: None),
        check_free_space=free_space.check,
    )
    policy = WebhookPolicy(
        timeout_s=settings.webhook_timeout_s,
        retry_base_s=settings.webhook_retry_base_s,
        retry_max_s=settings.webhook_retry_max_s,
        max_attempts=settings.webhook_max_attempts,
        allow_private=settings.allow_private_urls,
    )
    webhooks = WebhookSender(
        store,
        lambda job: job_body(job, None, settings.base_url, settings.proxy_base_url),
        policy,
        concurrency=settings.webhook_concurrency,
    )
    return Runtime(
        settings=settings,
        store=store,
        storage=storage,
        service=service,
        auth=KeyAuthenticator(
            store, settings.max_requests_per_s, settings.max_auth_failures_per_minute
        ),
        uploads=ModelFileValidator(settings.max_upload_bytes),
        downloads=DownloadPool(settings.download_workers, settings.max_downloads_per_key),
        file_io=ThreadPoolExecutor(settings.file_io_workers, thread_name_prefix="meshforge-out"),
        queue=queue,
        webhooks=webhooks if run_workers else None,
        retention=RetentionSweeper(store, storage, settings.cleanup_interval_s)
        if run_workers
        else None,
        engine_paths=paths,
        free_space=free_space,
    )


def _local_data_paths(settings: Settings) -> list[Path]:
    """Folders on this machine that jobs write to: the data directory, local file storage and
    a SQLite database's folder."""
    paths = [settings.data_dir]
    if settings.file_storage_url.startswith("file://"):
        paths.append(_local_path(settings.file_storage_url))
    if settings.job_store_url.startswith("sqlite:///"):
        paths.append(Path(settings.job_store_url.removeprefix("sqlite:///")).parent)
    return paths


def build_worker(
    settings: Settings,
    engines: Collection[str],
    concurrency: int,
    engine_paths: Mapping[str, str] | None = None,
) -> CeleryWorker:
    """A Celery worker process serving ``engines`` (all registered ones when empty)."""
    if not settings.uses_celery:
        raise ConfigurationError(
            "meshforge worker needs a broker: set MESHFORGE_QUEUE_URL (redis://... or amqp://...)"
        )
    paths = registered_engine_paths({**settings.engine_overrides, **(engine_paths or {})})
    unknown = sorted(set(engines) - set(paths))
    if unknown:
        raise ConfigurationError(
            f"--engines: unknown {', '.join(unknown)}; available: {', '.join(sorted(paths))}"
        )
    from meshforge.queue.celery import CeleryWorker

    store = open_store(settings)
    hand_settings_to_engines(settings)
    ctx = WorkerContext(store, open_file_storage(settings), settings, paths)
    return CeleryWorker(ctx, engines or sorted(paths), concurrency)
