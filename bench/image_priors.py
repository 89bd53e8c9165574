"""Image engine shape priors (issue 14): quality on the scripted pictures, time and memory.

Prints, in one run:
  1. per picture of the development and held-out halves of tests/unit/engines/image/
     picture_set.py, at resolution 256: the prior expected and chosen (with its confidence),
     the silhouette IoU with the picture's true mask, depth over width (revolve: median of
     the cross-sections at 10..90 % of the height; others: the whole model), the back's
     detail correlation with the front seen through (1 = the front photo on the back) and
     the engine's time;
  2. per prior, forced on one picture (revolve: vase, extrude: badge with a hole, inflate:
     teddy) and for scikit-image's astronaut photo on auto, at 128/256/512: the median time
     of ``--runs`` runs and the peak RSS of a fresh process running only that row.

The engine is tuned on the development half only; report the held-out half as measured.

Usage: .venv/bin/python bench/image_priors.py [--runs 3] [--split dev|heldout|both]
       [--skip-cost] [--skip-quality]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import quality
from skimage import data as samples

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from meshforge.engines.base import GenerationRequest, GenerationResult  # noqa: E402
from meshforge.engines.image import ImageEngine  # noqa: E402
from unit.engines.image.back_view import back_front_detail_correlation  # noqa: E402
from unit.engines.image.picture_set import picture, pictures  # noqa: E402

RESOLUTIONS = (128, 256, 512)
#: prior -> the picture it is forced on for the time and memory rows
COST_PICTURES = {"revolve": "vase", "extrude": "badge_hole", "inflate": "teddy"}


def _generate(
    image: np.ndarray, has_alpha: bool, resolution: int, prior: str = "auto"
) -> GenerationResult:
    request = GenerationRequest(
        "image_to_3d",
        seed=7,
        resolution=resolution,
        image=image,
        image_has_alpha=has_alpha,
        params={"prior": prior},
    )
    return ImageEngine().generate(request, lambda *_: None, lambda: False)


def _depth_over_width(result: GenerationResult) -> float:
    mesh = result.mesh
    if result.meta["prior"] != "revolve":
        return float(mesh.extents[2] / mesh.extents[0])
    low, high = mesh.bounds[:, 1]
    ratios = []
    for share in np.linspace(0.1, 0.9, 9):
        section = mesh.section(
            plane_origin=[0, low + share * (high - low), 0], plane_normal=[0, 1, 0]
        )
        lower, upper = section.bounds
        ratios.append((upper[2] - lower[2]) / (upper[0] - lower[0]))
    return float(np.median(ratios))


def bench_quality(split: str) -> None:
    print(f"{split}: resolution 256; detail = back/front detail correlation (revolve: within rows)")
    print(
        f"  {'picture':<16}{'expected':<9}{'chosen':<9}{'conf':>5}{'IoU':>7}{'d/w':>6}"
        f"{'detail':>8}{'s':>7}"
    )
    rows = []
    for found in pictures(split):
        start = time.perf_counter()
        result = _generate(found.rgba, found.has_alpha, 256)
        seconds = time.perf_counter() - start
        prior = result.meta["prior"]
        iou = quality.silhouette_iou(result.mesh, found.mask)
        detail = (
            float("nan")
            if prior == "extrude"
            else back_front_detail_correlation(result.mesh, along_rows=prior == "revolve")
        )
        ratio = _depth_over_width(result)
        rows.append((found.prior == prior, iou, seconds))
        print(
            f"  {found.name:<16}{found.prior:<9}{prior:<9}{result.meta['prior_confidence']:>5.2f}"
            f"{iou:>7.3f}{ratio:>6.2f}{detail:>8.3f}{seconds:>7.2f}",
            flush=True,
        )
    right = sum(ok for ok, _, _ in rows)
    print(
        f"  {split}: prior right {right}/{len(rows)}, IoU min {min(i for _, i, _ in rows):.3f}"
        f" median {statistics.median(i for _, i, _ in rows):.3f},"
        f" time median {statistics.median(s for _, _, s in rows):.2f} s"
    )


def _astronaut() -> np.ndarray:
    rgb = np.asarray(samples.astronaut())
    return np.ascontiguousarray(np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)]))


def measure(prior: str, resolution: int, runs: int) -> dict[str, Any]:
    """Median seconds and faces of one row; peak RSS of this process."""
    if prior == "auto":
        image, has_alpha = _astronaut(), False
    else:
        found = picture(COST_PICTURES[prior])
        image, has_alpha = found.rgba, found.has_alpha
    _generate(image, has_alpha, resolution, prior)  # warm caches and imports
    times, faces = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = _generate(image, has_alpha, resolution, prior)
        times.append(time.perf_counter() - start)
        faces.append(len(result.mesh.faces))
    return {
        "median_s": statistics.median(times),
        "faces": statistics.median(faces),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "chosen": result.meta["prior"],
    }


def bench_cost(runs: int) -> None:
    print(f"cost per prior (median of {runs}; peak = RSS of a fresh process for that row;")
    print("  auto = scikit-image's astronaut, GrabCut path; target: < 0.5 s at 256)")
    print(f"  {'prior':<9}{'picture':<12}{'res':>5}{'median s':>10}{'faces':>9}{'peak MB':>9}")
    for prior in (*COST_PICTURES, "auto"):
        for resolution in RESOLUTIONS:
            out = subprocess.run(
                [sys.executable, __file__, "--measure", prior, str(resolution), str(runs)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            row = json.loads(out.strip().splitlines()[-1])
            name = COST_PICTURES.get(prior, "astronaut")
            print(
                f"  {prior:<9}{name:<12}{resolution:>5}{row['median_s']:>10.3f}"
                f"{row['faces']:>9.0f}{row['peak_mb']:>9.0f}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--measure", nargs=3, metavar=("PRIOR", "RES", "RUNS"))
    args = parser.parse_args()
    if args.measure:
        prior, resolution, runs = args.measure
        print(json.dumps(measure(prior, int(resolution), int(runs))))
        return
    if not args.skip_quality:
        for split in ("dev", "heldout") if args.split == "both" else (args.split,):
            bench_quality(split)
    if not args.skip_cost:
        bench_cost(args.runs)


if __name__ == "__main__":
    main()
