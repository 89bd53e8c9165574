"""MeshForge benchmark: engine times per resolution, and fetch throughput vs a bare endpoint.

Prints, in one run:
  1. median engine time (and faces) at resolutions 128/256/512 for the text and image engines,
     with the ratio to the 1 s target at 256;
  2. requests per second of POST /api/v6/3d/fetch/{id} against GET /healthz (a hello-world
     route on the same FastAPI + uvicorn stack), measured with wrk, and their ratio.

Usage: .venv/bin/python bench/run.py [--runs 5] [--duration 10]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
from skimage import data as samples

from meshforge.engines.base import GenerationRequest
from meshforge.engines.image import ImageEngine
from meshforge.engines.text import TextEngine

RESOLUTIONS = (128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent


def _astronaut_rgba() -> np.ndarray:
    rgb = samples.astronaut()
    return np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])


def _time(engine: object, request: GenerationRequest, runs: int) -> tuple[float, int]:
    times, faces = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        result = engine.generate(request, lambda *_: None, lambda: False)  # type: ignore[attr-defined]
        times.append(time.perf_counter() - start)
        faces = len(result.mesh.faces)
    return statistics.median(times), faces


def bench_engines(runs: int) -> None:
    text, image = TextEngine(), ImageEngine()
    rgba = _astronaut_rgba()
    print(f"engine times (median of {runs} runs; target at 256: < 1 s)")
    print(f"  {'engine':<8}{'res':>5}{'median s':>10}{'faces':>9}{'vs 1 s':>8}")
    for name, engine, make in (
        (
            "text",
            text,
            lambda r: GenerationRequest(
                "text_to_3d", seed=7, resolution=r, prompt="a red wooden chair"
            ),
        ),
        (
            "image",
            image,
            lambda r: GenerationRequest("image_to_3d", seed=7, resolution=r, image=rgba),
        ),
    ):
        _time(engine, make(128), 1)  # warm caches and imports
        for resolution in RESOLUTIONS:
            median, faces = _time(engine, make(resolution), runs)
            print(f"  {name:<8}{resolution:>5}{median:>10.3f}{faces:>9}{median / 1.0:>8.2f}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wrk(url: str, duration_s: int, script: Path | None = None) -> float:
    command = ["wrk", "-t1", "-c16", f"-d{duration_s}s", url]
    if script:
        command[1:1] = ["-s", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"wrk saw {errors.group(1)} error responses:\n{out}")
    assert match, out
    return float(match.group(1))


def bench_fetch(duration_s: int) -> None:
    if shutil.which("wrk") is None:
        print("fetch throughput: skipped (install wrk: apt-get install wrk)")
        return
    workdir = Path(tempfile.mkdtemp(prefix="meshforge-bench-"))
    data_dir, port = workdir / "data", _free_port()
    meshforge = str(Path(sys.executable).with_name("meshforge"))
    key = subprocess.run(
        [meshforge, "keys", "create", "--name", "bench", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    env = {**os.environ, "MESHFORGE_WORKERS": "1"}
    server = subprocess.Popen(
        [meshforge, "serve", "--port", str(port), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{base}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        job = httpx.post(
            f"{base}/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a mug", "resolution": 128}
        ).json()
        for _ in range(100):
            if (
                httpx.post(f"{base}/api/v6/3d/fetch/{job['id']}", json={"key": key}).json()[
                    "status"
                ]
                == "success"
            ):
                break
            time.sleep(0.1)
        script = workdir / "fetch.lua"
        script.write_text(
            'wrk.method = "POST"\n'
            'wrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = {json.dumps(json.dumps({'key': key}))}\n"
        )
        hello = _wrk(f"{base}/healthz", duration_s)
        fetch = _wrk(f"{base}/api/v6/3d/fetch/{job['id']}", duration_s, script)
        print(f"fetch throughput (wrk, 16 connections, {duration_s} s each; target ratio >= 0.7)")
        print(f"  hello-world GET /healthz      {hello:>9.0f} req/s")
        print(f"  POST /api/v6/3d/fetch/{{id}}   {fetch:>9.0f} req/s")
        print(f"  ratio fetch / hello           {fetch / hello:>9.2f}")
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--duration", type=int, default=10)
    args = parser.parse_args()
    print(f"MeshForge bench, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_engines(args.runs)
    bench_fetch(args.duration)


if __name__ == "__main__":
    main()
