"""The scaled-out deployment the chaos scenarios break: 2 APIs, 2 workers, each backend behind a
FaultProxy.

PostgreSQL (a private schema), Redis (database 15, emptied first) and an S3 server (moto, a
fresh bucket) are reached by every MeshForge process only through its proxy, so a scenario
can cut, black-hole or slow one of them while the real services keep running for everybody
else on the machine. The test itself reads the final state directly, past the proxies.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select

from chaos.proxy import FaultProxy
from fault.history import DbJob
from meshforge.store.schema import jobs
from support.s3server import ACCESS_KEY_ID, SECRET_ACCESS_KEY, moto_server, new_bucket
from support.s3server import object_keys as bucket_keys
from support.services import POSTGRES_URL, REDIS_URL
from support.serving import (
    ScaleOutBackends,
    ServerProcess,
    WorkerProcess,
    free_port,
    postgres_schema_url,
)

#: scale-out uses 11, the queue contract 12, the poison-job test 13, the neural worker 14
REDIS_DB = 15
PREFIX = "chaos"


@dataclass
class ChaosStack:
    """Every process and proxy of one chaos run."""

    backends: ScaleOutBackends
    proxies: dict[str, FaultProxy]
    s3_endpoint: str
    bucket: str
    servers: list[ServerProcess] = field(default_factory=list)
    workers: list[WorkerProcess] = field(default_factory=list)
    key: str = ""

    @property
    def bases(self) -> list[str]:
        """The APIs' base URLs."""
        return [s.base for s in self.servers]

    def readiness(self) -> list[tuple[int, str]]:
        """(status, body) of each API's /readyz right now (0: no answer within 10 s)."""
        found = []
        for base in self.bases:
            try:
                answer = httpx.get(f"{base}/readyz", timeout=10)
                found.append((answer.status_code, answer.text[:400]))
            except httpx.HTTPError as exc:
                found.append((0, repr(exc)))
        return found

    def db_jobs(self, track_ids: set[str] | None = None) -> dict[int, DbJob]:
        """Rows of the job table (those of ``track_ids``, if given), read past the proxy."""
        with self.backends.store.engine.connect() as conn:
            rows = conn.execute(select(jobs)).mappings().all()
        found = {}
        for row in rows:
            if track_ids is not None and str(row["track_id"]) not in track_ids:
                continue
            found[row["id"]] = DbJob(
                id=row["id"],
                status=row["status"],
                attempts=row["attempts"],
                message=row["message"],
                file_prefix=row["file_prefix"],
                output_format=row["output_format"],
                files=tuple(row["files"] or ()),
                track_id=row["track_id"],
            )
        return found

    def stored_for(self, scenario_jobs: dict[int, DbJob]) -> frozenset[str]:
        """Output names in the bucket that belong to these jobs, or to no job at all (strays)."""
        every_prefix = {job.file_prefix for job in self.db_jobs().values()}
        mine = {job.file_prefix for job in scenario_jobs.values()}
        names = []
        for key in bucket_keys(self.s3_endpoint, self.bucket):
            if not key.startswith(f"{PREFIX}/out/"):
                continue
            name = key.rsplit("/", 1)[1]
            # companions are named after the job's prefix too (<prefix>.mtl, <prefix>.zip)
            if any(name.startswith(p) for p in mine) or not any(
                name.startswith(p) for p in every_prefix
            ):
                names.append(name)
        return frozenset(names)

    def staging_leftovers(self) -> tuple[str, ...]:
        """Staging directories the workers left behind."""
        found: list[str] = []
        for worker in self.workers:
            staging = worker.data_dir / "staging"
            if staging.is_dir():
                found.extend(p.name for p in staging.iterdir())
        return tuple(found)

    def logs(self) -> str:
        """Where the process logs are, for a failure report."""
        paths = [s.data_dir.parent / f"server-{s.port}.log" for s in self.servers]
        return ", ".join(str(p) for p in [*paths, *(w.log_path for w in self.workers)])


def _proxied(url: str, proxy: FaultProxy) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.netloc.rsplit(':', 1)[0]}:{proxy.port}").geturl()


@contextlib.contextmanager
def chaos_stack(tmp_path: Path, **env: str) -> Iterator[ChaosStack]:
    """Start everything (proxies first), yield the stack, stop everything, drop the schema."""
    with contextlib.ExitStack() as stack:
        backends = ScaleOutBackends(tmp_path, REDIS_DB)
        stack.callback(backends.close)
        endpoint = stack.enter_context(moto_server())
        bucket = new_bucket(endpoint)
        s3_port = int(urlsplit(endpoint).port or 0)
        pg_url = urlsplit(POSTGRES_URL)
        redis = urlsplit(REDIS_URL)
        proxies = {
            "postgres": FaultProxy("postgres", pg_url.hostname or "", pg_url.port or 5432),
            "redis": FaultProxy("redis", redis.hostname or "", redis.port or 6379),
            "s3": FaultProxy("s3", "127.0.0.1", s3_port),
        }
        for proxy in proxies.values():
            stack.callback(proxy.close)
        shared: dict[str, Any] = {
            **backends.env,
            "MESHFORGE_DATABASE_URL": postgres_schema_url(
                _proxied(POSTGRES_URL, proxies["postgres"]), backends.schema
            ),
            "MESHFORGE_QUEUE_URL": f"{_proxied(REDIS_URL, proxies['redis'])}/{REDIS_DB}",
            "MESHFORGE_STORAGE_URL": f"s3://{bucket}/{PREFIX}",
            "MESHFORGE_S3_ENDPOINT_URL": f"http://127.0.0.1:{proxies['s3'].port}",
            "MESHFORGE_S3_ACCESS_KEY_ID": ACCESS_KEY_ID,
            "MESHFORGE_S3_SECRET_ACCESS_KEY": SECRET_ACCESS_KEY,
            **env,
        }
        chaos = ChaosStack(backends, proxies, endpoint, bucket, key=backends.add_key())
        for index in range(2):
            server = ServerProcess(tmp_path / f"api{index}", free_port(), **shared)
            chaos.servers.append(server)
            stack.callback(server.stop)
            server.start()
        for index in range(2):
            metrics = {"MESHFORGE_METRICS_PORT": str(free_port())}
            worker = WorkerProcess(tmp_path / f"w{index}", f"w{index}", **shared, **metrics)
            chaos.workers.append(worker)
            stack.callback(worker.stop)
            worker.start()
        yield chaos


def wait_until(predicate: Any, timeout_s: float, interval_s: float = 0.2) -> bool:
    """Poll ``predicate`` until true or ``timeout_s`` passed; the last value."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval_s)
    return bool(predicate())
