"""One typed settings object, read from ``MESHFORGE_*`` variables and CLI flags."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_workers() -> int:
    """The number of CPU cores."""
    return max(1, os.cpu_count() or 1)


class Settings(BaseSettings):
    """Every knob of a MeshForge process; built once in ``cli`` and passed down."""

    model_config = SettingsConfigDict(env_prefix="MESHFORGE_", extra="ignore")

    #: where the database, outputs and uploads live (embedded default)
    data_dir: Path = Path("./data")
    #: interface the API server listens on (0.0.0.0: every interface)
    host: str = "127.0.0.1"
    #: port the API server listens on
    port: int = 8000
    #: base URL clients use to reach this server; default http://<host>:<port>
    public_url: str | None = None
    #: base URL of a CDN or proxy in front of /out, used for ``proxy_links``
    proxy_url: str | None = None
    #: SQLAlchemy URL of the job store; default sqlite:///<data_dir>/meshforge.db
    database_url: str | None = None
    #: connections each process keeps open to PostgreSQL (SQLite ignores it)
    database_pool_size: int = Field(default=5, ge=1, le=100)
    #: where jobs are dispatched: "local" (workers inside the server) or a Celery broker URL
    #: (redis://..., amqp://...) served by ``meshforge worker`` processes
    queue_url: str = "local"
    #: a queued job whose broker message is older than this is dispatched again (a broker that
    #: restarted without persistence forgets messages; a duplicate costs one no-op claim)
    redispatch_after_s: float = Field(default=600.0, gt=0)
    #: model_id -> "package.module:ClassName" replacing or adding engines (JSON in the env),
    #: e.g. '{"text": "my_engines:FastTextEngine"}'; the module must be importable
    engine_overrides: dict[str, str] = Field(default_factory=dict)
    #: where files live: file:///path (default <data_dir>/files) or s3://bucket/prefix
    storage_url: str | None = None
    #: S3-compatible endpoint (MinIO, R2, ...); unset means AWS
    s3_endpoint_url: str | None = None
    #: the bucket's region
    s3_region: str = "us-east-1"
    #: access key id of the bucket's key pair; unset: boto3's usual chain (an instance role, ...)
    s3_access_key_id: str | None = None
    #: secret of the bucket's key pair
    s3_secret_access_key: str | None = None
    #: how /out serves S3 outputs: streamed through the API ("proxy"), a redirect to a
    #: presigned URL ("presigned"), or a redirect to the bucket's public URL ("public", needs
    #: s3_public_url; set proxy_url to it too and proxy_links point at the bucket directly)
    s3_serve: Literal["proxy", "presigned", "public"] = "proxy"
    #: public URL of s3://bucket/prefix (outputs under its out/), e.g. https://cdn.example.com/mf
    s3_public_url: str | None = None
    #: lifetime of a presigned download URL
    s3_presign_expiry_s: int = Field(default=3600, ge=60, le=7 * 24 * 3600)
    #: jobs generated at once by this server (each in its own engine process)
    workers: int = Field(default_factory=_default_workers, ge=1, le=64)
    #: a job running longer than this is stopped and failed
    job_timeout_s: float = Field(default=300.0, gt=0)
    #: how often a job interrupted by a crash or restart is taken again before it fails
    max_attempts: int = Field(default=3, ge=1)
    #: lease a running job holds on its claim; renewed while it runs
    lease_s: float = Field(default=60.0, gt=0)
    #: largest request body accepted, in bytes (413 above)
    max_body_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    #: largest image accepted, in pixels (width x height)
    max_image_pixels: int = Field(default=4096 * 4096, gt=0)
    #: largest image download, in bytes
    download_max_bytes: int = Field(default=20 * 1024 * 1024, gt=0)
    #: total time allowed for an image download
    download_timeout_s: float = Field(default=20.0, gt=0)
    #: threads of image_to_3d's own (downloads, webhook address checks, image decoding),
    #: apart from the shared request pool; when all are busy image_to_3d answers 503
    download_workers: int = Field(default=16, ge=1, le=1024)
    #: image_to_3d requests that reach out to a URL (image or webhook) at once per key (429 above)
    max_downloads_per_key: int = Field(default=4, ge=1)
    #: threads of /out's own (storage lookups, file reads), so it never waits on other work
    file_io_workers: int = Field(default=8, ge=1, le=256)
    #: allow image URLs on loopback and private networks (local development only)
    allow_private_urls: bool = False
    #: largest 3D file accepted by base64_to_url, in bytes
    max_upload_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    #: how long ``temp`` outputs and uploads are kept
    temp_retention_s: float = Field(default=24 * 3600.0, gt=0)
    #: queued plus running jobs allowed per key (429 above)
    max_queued_per_key: int = Field(default=10, ge=1)

    #: API requests per second allowed per key (429 above); fetch polling counts too
    max_requests_per_s: int = Field(default=20, ge=1)
    #: failed authentications (missing, unknown or revoked key) allowed per client address in
    #: any 60 s; above it that address gets 429 without a key lookup, except for keys this
    #: server has already accepted
    max_auth_failures_per_minute: int = Field(default=30, ge=1)
    #: characters allowed in ``prompt`` and ``negative_prompt`` (400 above)
    max_prompt_chars: int = Field(default=2000, ge=1)
    #: characters allowed in a ``webhook`` URL and an image URL (400 above)
    max_url_chars: int = Field(default=4096, ge=16)
    #: bytes of ``track_id`` as compact UTF-8 JSON (400 above); it is echoed in every answer
    max_track_id_bytes: int = Field(default=1024, ge=16)
    #: lists and objects nested inside each other in ``track_id`` (400 deeper)
    max_json_depth: int = Field(default=8, ge=1, le=64)
    #: free space (MB) the data directory and local file storage must keep: below it new jobs
    #: and uploads get a 507 and /readyz fails naming the disk, while accepted jobs finish (0: off)
    min_free_disk_mb: int = Field(default=64, ge=0)
    #: how often expired temp outputs and uploads are removed
    cleanup_interval_s: float = Field(default=300.0, gt=0)
    #: on SIGTERM, how long running jobs may take to finish before they are left for next start
    shutdown_grace_s: float = Field(default=30.0, ge=0)
    #: time allowed for one webhook request
    webhook_timeout_s: float = Field(default=10.0, gt=0)
    #: first retry delay of a failed webhook; doubles each time (with jitter) up to the max
    webhook_retry_base_s: float = Field(default=10.0, gt=0)
    #: longest delay between two sends of a webhook
    webhook_retry_max_s: float = Field(default=3600.0, gt=0)
    #: sends of one webhook before it is given up
    webhook_max_attempts: int = Field(default=10, ge=1)
    #: webhook requests in flight at once, each to a different destination (host and port)
    webhook_concurrency: int = Field(default=8, ge=1, le=256)
    #: neural engines' weights: one folder per model under it (docs/engines.md, "Neural
    #: engines"); default <data_dir>/models. Nothing is ever downloaded at run time.
    models_dir: Path | None = None
    #: what engines compute once and reuse after a restart (the text engine's phrase
    #: embeddings); default <data_dir>/cache. Servers of one version may share it.
    cache_dir: Path | None = None
    #: where neural engines run: auto (the first GPU, else the CPU), cpu, cuda or cuda:N
    device: str = Field(default="auto", pattern=r"^(auto|cpu|cuda(:\d+)?)$")
    #: a job for a neural engine whose weights are missing is a 400 naming the folder to fill,
    #: instead of running on the documented fallback engine
    strict_weights: bool = False
    #: log lines as text (default) or one JSON object per line, with request and job ids
    log_format: Literal["text", "json"] = "text"
    #: serve Prometheus metrics at /metrics on the API's port
    metrics_enabled: bool = True
    #: port where ``meshforge worker`` serves its Prometheus metrics (0: none)
    metrics_port: int = Field(default=0, ge=0, le=65535)
    #: interface of the worker's metrics port (0.0.0.0 in a container)
    metrics_host: str = "127.0.0.1"

    @field_validator("public_url", "proxy_url", "s3_public_url")
    @classmethod
    def _strip_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    @property
    def base_url(self) -> str:
        """The public base URL, without a trailing slash."""
        return self.public_url or f"http://{self.host}:{self.port}"

    @property
    def proxy_base_url(self) -> str:
        """Base URL for ``proxy_links``: the proxy when set, else the public base."""
        return self.proxy_url or self.base_url

    @property
    def job_store_url(self) -> str:
        """SQLAlchemy URL of the job store."""
        return self.database_url or f"sqlite:///{self.data_dir.resolve() / 'meshforge.db'}"

    @property
    def file_storage_url(self) -> str:
        """URL of file storage: the setting, else the local files directory."""
        return self.storage_url or f"file://{self.files_dir.resolve()}"

    @property
    def uses_celery(self) -> bool:
        """True when jobs go to Celery workers instead of threads inside the server."""
        return self.queue_url != "local"

    @property
    def cache_path(self) -> Path:
        """Where engines keep what they computed once: the setting, else <data_dir>/cache."""
        return self.cache_dir or self.data_dir / "cache"

    @property
    def models_path(self) -> Path:
        """Where the neural engines' weight folders are."""
        return self.models_dir or self.data_dir / "models"

    @property
    def files_dir(self) -> Path:
        """Root of stored files (outputs and uploaded inputs)."""
        return self.data_dir / "files"
