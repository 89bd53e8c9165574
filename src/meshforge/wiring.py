"""The composition root: the only place that names concrete adapters and builds them."""

from __future__ import annotations

from collections.abc import Mapping

from meshforge.api.auth import KeyAuthenticator
from meshforge.engines.registry import engine_paths as registered_engine_paths
from meshforge.inputs.model_files import ModelFileValidator
from meshforge.jobs.service import JobService
from meshforge.modelslab.responses import job_body
from meshforge.queue.local import LocalQueue
from meshforge.runtime import Runtime
from meshforge.settings import Settings
from meshforge.storage.local import LocalStorage
from meshforge.store.sql import SqlJobStore
from meshforge.webhooks.sender import WebhookPolicy, WebhookSender
from meshforge.worker.retention import RetentionSweeper
from meshforge.worker.run_job import WorkerContext


def open_store(settings: Settings) -> SqlJobStore:
    """The job store for ``settings``, with its tables created."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlJobStore(settings.job_store_url)
    store.create_schema()
    return store


def build_runtime(
    settings: Settings,
    *,
    run_workers: bool = True,
    engine_paths: Mapping[str, str] | None = None,
) -> Runtime:
    """Build the store, storage, service and (embedded default) in-process workers."""
    store = open_store(settings)
    storage = LocalStorage(settings.files_dir)
    paths = registered_engine_paths(engine_paths)
    queue = (
        LocalQueue(
            WorkerContext(store, storage, settings, paths),
            settings.workers,
            preload=tuple(sorted(set(paths.values()))),
        )
        if run_workers
        else None
    )
    service = JobService(
        store,
        storage,
        max_queued_per_key=settings.max_queued_per_key,
        temp_retention_s=settings.temp_retention_s,
        workers=settings.workers,
        on_submit=queue.notify if queue else (lambda: None),
    )
    policy = WebhookPolicy(
        timeout_s=settings.webhook_timeout_s,
        retry_base_s=settings.webhook_retry_base_s,
        retry_max_s=settings.webhook_retry_max_s,
        max_attempts=settings.webhook_max_attempts,
        allow_private=settings.allow_private_urls,
    )
    webhooks = WebhookSender(
        store, lambda job: job_body(job, None, settings.base_url, settings.proxy_base_url), policy
    )
    return Runtime(
        settings=settings,
        store=store,
        storage=storage,
        service=service,
        auth=KeyAuthenticator(store, settings.max_requests_per_s),
        uploads=ModelFileValidator(settings.max_upload_bytes),
        queue=queue,
        webhooks=webhooks if run_workers else None,
        retention=RetentionSweeper(store, storage, settings.cleanup_interval_s)
        if run_workers
        else None,
        engine_paths=paths,
    )
