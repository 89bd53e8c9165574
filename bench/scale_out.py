"""Scale-out benchmark: jobs per second with 1 and 2 Celery worker processes, and the latency
the Celery path adds over the embedded queue.

1. Throughput: one API server (PostgreSQL in a private schema, Redis broker) and N
   ``meshforge worker --concurrency 1 --engines image`` processes, N = 1 then 2; the same
   workload each time (``--jobs`` image_to_3d jobs at resolution 256, all submitted at once);
   jobs/s from the first submit to the last success. Prints the ratio 2 workers / 1 worker.
2. Latency: submit -> success of one small text job (resolution 64), one at a time, median of
   ``--runs``, seen by a client polling fetch every 10 ms: embedded (``MESHFORGE_QUEUE_URL=
   local``, one in-process worker, same PostgreSQL) vs Celery (one worker). Prints the
   difference in ms.

Needs PostgreSQL and Redis as in the tests (MESHFORGE_TEST_POSTGRES_URL, MESHFORGE_TEST_REDIS_URL).
Usage: .venv/bin/python bench/scale_out.py [--jobs 40] [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.serving import (  # tests/support/ holds the process helpers
    ScaleOutBackends,
    ServerProcess,
    WorkerProcess,
    free_port,
    png_data_uri,
)

REDIS_DB = 13


def _wait_all(server: ServerProcess, key: str, ids: list[int], timeout_s: float) -> None:
    pending = set(ids)
    deadline = time.monotonic() + timeout_s
    with httpx.Client(timeout=10) as client:
        while pending and time.monotonic() < deadline:
            for job_id in list(pending):
                body = client.post(
                    f"{server.base}/api/v6/3d/fetch/{job_id}", json={"key": key}
                ).json()
                if body["status"] == "success":
                    pending.discard(job_id)
                elif body["status"] in ("failed", "error"):
                    raise RuntimeError(f"job {job_id} failed: {body}")
            time.sleep(0.05)
    if pending:
        raise TimeoutError(f"{len(pending)} jobs unfinished after {timeout_s} s")


def throughput(root: Path, workers: int, jobs: int) -> float:
    """jobs/s of ``jobs`` image jobs through one API and ``workers`` Celery workers."""
    backends = ScaleOutBackends(root, REDIS_DB, MESHFORGE_LEASE_S="30")
    started: list[ServerProcess | WorkerProcess] = []
    try:
        key = backends.add_key()
        server = ServerProcess(root / "api", free_port(), **backends.env)
        started.append(server)
        server.start()
        for i in range(workers):
            worker = WorkerProcess(root / f"w{i}", f"w{i}", engines="image", **backends.env)
            started.append(worker)
            worker.start()
        images = [png_data_uri(i * 7 % 256) for i in range(jobs)]
        # warm-up: each worker's engine process loads its imports on the first job
        warm = [_submit(server, key, "image_to_3d", images[0]) for _ in range(workers)]
        _wait_all(server, key, warm, 120)
        begin = time.perf_counter()
        ids = [_submit(server, key, "image_to_3d", image) for image in images]
        _wait_all(server, key, ids, 600)
        return jobs / (time.perf_counter() - begin)
    finally:
        for process in reversed(started):
            process.stop()
        backends.close()


def _submit(server: ServerProcess, key: str, endpoint: str, image: str = "") -> int:
    body: dict[str, object] = {"key": key, "resolution": 256 if image else 64}
    if image:
        body["init_image"] = image
    else:
        body["prompt"] = "a chair"
    response = httpx.post(f"{server.base}/api/v6/3d/{endpoint}", json=body, timeout=30)
    response.raise_for_status()
    return int(response.json()["id"])


def latency_ms(root: Path, celery: bool, runs: int) -> float:
    """Median submit -> success of one small text job, in ms."""
    extra = {} if celery else {"MESHFORGE_QUEUE_URL": "local"}
    backends = ScaleOutBackends(root, REDIS_DB, **extra)
    started: list[ServerProcess | WorkerProcess] = []
    try:
        key = backends.add_key()
        server = ServerProcess(root / "api", free_port(), **backends.env)
        started.append(server)
        server.start()
        if celery:
            worker = WorkerProcess(root / "w", "w", engines="text", **backends.env)
            started.append(worker)
            worker.start()
        times = []
        with httpx.Client(timeout=10) as client:
            for run in range(runs + 1):  # the first one warms the engine process up
                begin = time.perf_counter()
                job_id = _submit(server, key, "text_to_3d")
                while True:
                    body = client.post(
                        f"{server.base}/api/v6/3d/fetch/{job_id}", json={"key": key}
                    ).json()
                    if body["status"] == "success":
                        break
                    if body["status"] in ("failed", "error"):
                        raise RuntimeError(body)
                    if time.perf_counter() - begin > 60:
                        raise TimeoutError(f"job {job_id} unfinished")
                    time.sleep(0.01)
                if run:
                    times.append((time.perf_counter() - begin) * 1000)
        return statistics.median(times)
    finally:
        for process in reversed(started):
            process.stop()
        backends.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=40)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="meshforge-scale-") as tmp:
        root = Path(tmp)
        rates = {}
        for n in (1, 2):
            rates[n] = throughput(root / f"t{n}", n, args.jobs)
            print(f"throughput, {n} worker(s): {rates[n]:.2f} jobs/s ({args.jobs} image jobs)")
        print(f"ratio 2 workers / 1 worker: {rates[2] / rates[1]:.2f} (aim >= 1.8)")
        embedded = latency_ms(root / "le", celery=False, runs=args.runs)
        celery = latency_ms(root / "lc", celery=True, runs=args.runs)
        print(
            f"latency, small text job, median of {args.runs}: embedded {embedded:.0f} ms, "
            f"celery {celery:.0f} ms"
        )
        print(f"celery - embedded: {celery - embedded:+.0f} ms")


if __name__ == "__main__":
    main()
