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
import resource
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


TEXT_PROMPTS = (
    "a red wooden chair",
    "a blue sports car",
    "a snowman wearing a hat",
    "a teddy bear",
)


def _astronaut_rgba() -> np.ndarray:
    rgb = samples.astronaut()
    return np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])


def _requests(engine: str, resolution: int) -> list[GenerationRequest]:
    if engine == "text":
        return [
            GenerationRequest("text_to_3d", seed=7, resolution=resolution, prompt=prompt)
            for prompt in TEXT_PROMPTS
        ]
    return [
        GenerationRequest("image_to_3d", seed=7, resolution=resolution, image=_astronaut_rgba())
    ]


def measure(engine_name: str, resolution: int, runs: int) -> dict[str, float]:
    """Median seconds, faces and peak RSS of one engine at one resolution (in this process)."""
    engine = TextEngine() if engine_name == "text" else ImageEngine()
    requests = _requests(engine_name, resolution)
    engine.generate(requests[0], lambda *_: None, lambda: False)  # warm caches and imports
    times, faces = [], []
    for _ in range(runs):
        for request in requests:
            start = time.perf_counter()
            result = engine.generate(request, lambda *_: None, lambda: False)
            times.append(time.perf_counter() - start)
            faces.append(len(result.mesh.faces))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "median_s": statistics.median(times),
        "faces": statistics.median(faces),
        "peak_mb": peak_mb,
    }


def bench_engines(runs: int) -> None:
    print(f"engine times (median of {runs} runs; text over {len(TEXT_PROMPTS)} prompts, image on")
    print("  scikit-image's astronaut photo, GrabCut path; peak = process RSS; target 256 < 1 s)")
    print(f"  {'engine':<8}{'res':>5}{'median s':>10}{'faces':>9}{'peak MB':>9}{'vs 1 s':>8}")
    for name in ("text", "image"):
        for resolution in RESOLUTIONS:
            # a fresh process per row, so each peak memory figure is that row's own
            out = subprocess.run(
                [sys.executable, __file__, "--measure", name, str(resolution), str(runs)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            row = json.loads(out.strip().splitlines()[-1])
            print(
                f"  {name:<8}{resolution:>5}{row['median_s']:>10.3f}{row['faces']:>9.0f}"
                f"{row['peak_mb']:>9.0f}{row['median_s'] / 1.0:>8.2f}"
            )


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
    # one key polls as fast as wrk can send: lift the per-key request limit for this run
    env = {**os.environ, "MESHFORGE_WORKERS": "1", "MESHFORGE_MAX_REQUESTS_PER_S": "1000000"}
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
    parser.add_argument(
        "--measure", nargs=3, metavar=("ENGINE", "RES", "RUNS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.measure:
        engine, resolution, runs = args.measure
        print(json.dumps(measure(engine, int(resolution), int(runs))))
        return
    print(f"MeshForge bench, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_engines(args.runs)
    bench_fetch(args.duration)


if __name__ == "__main__":
    main()
