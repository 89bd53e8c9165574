"""GPU check of the neural engines: time per job, peak GPU memory and faces.

For each neural engine, on every device this machine has (the first CUDA GPU if there is
one, and the CPU): a few jobs on tiny, randomly initialised models built here (the same ones
the tests use), then, where real weights are in the models directory, jobs on those with the
engine's default parameters (on the GPU only, unless --real-on-cpu: a CPU takes minutes).
The first job of each row loads the model; the figures are the warm jobs after it.

On a machine without CUDA it prints the CPU figures of the tiny models and says so.

Usage: .venv/bin/python bench/gpu_check.py [--models-dir data/models] [--jobs 3] [--real-on-cpu]
Needs the neural extra (make install, or pip install 'meshforge[neural]').
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from meshforge.engines.base import GenerationRequest
from meshforge.engines.neural.environment import NeuralEnvironment
from meshforge.engines.neural.shap_e.parameters import WEIGHTS
from meshforge.engines.neural.weights import check_folder

#: tiny models draw noise: a coarse grid and few steps, as in the tests
TINY_PARAMS = {"num_inference_steps": 4, "grid_size": 32}


def _star() -> np.ndarray:
    image = np.zeros((128, 128, 4), np.uint8)
    yy, xx = np.mgrid[:128, :128]
    inside = (yy - 64) ** 2 + (xx - 64) ** 2 < 40**2
    image[inside] = (220, 160, 30, 255)
    return image


def _requests(params: dict[str, Any]) -> dict[str, GenerationRequest]:
    return {
        "text_to_3d": GenerationRequest(
            task="text_to_3d", seed=11, prompt="a wooden chair", params=params
        ),
        "image_to_3d": GenerationRequest(
            task="image_to_3d", seed=11, image=_star(), image_has_alpha=True, params=params
        ),
    }


def _run_row(label: str, models: Path, device: str, params: dict[str, Any], jobs: int) -> None:
    from meshforge.engines.neural.shap_e import ShapEEngine

    NeuralEnvironment(models, device).export()
    engine = ShapEEngine()
    for task, request in _requests(params).items():
        if not check_folder(WEIGHTS.folders[task], models).valid:
            print(f"  {label:6} {task:12} {device:7} weights not installed in {models}")
            continue
        started = time.perf_counter()
        engine.generate(request, lambda *_: None, lambda: False)  # loads the model
        first = time.perf_counter() - started
        seconds, peaks, faces = [], [], []
        for _ in range(jobs):
            started = time.perf_counter()
            result = engine.generate(request, lambda *_: None, lambda: False)
            seconds.append(time.perf_counter() - started)
            peaks.append(result.meta.get("peak_gpu_memory_mb"))
            faces.append(len(result.mesh.faces))
        peak = max((p for p in peaks if p is not None), default=None)
        print(
            f"  {label:6} {task:12} {result.meta['device']:7} first {first:6.2f} s   "
            f"warm median {statistics.median(seconds):6.2f} s   "
            f"peak GPU {'-' if peak is None else f'{peak:,.0f} MB':>9}   "
            f"faces {int(statistics.median(faces)):,}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", type=Path, default=Path("data/models"))
    parser.add_argument("--jobs", type=int, default=3)
    parser.add_argument("--real-on-cpu", action="store_true")
    args = parser.parse_args()
    import torch

    from support.neural_models import save_tiny_shap_e

    gpu = torch.cuda.is_available()
    devices = (["cuda:0"] if gpu else []) + ["cpu"]
    if gpu:
        print(f"GPU: {torch.cuda.get_device_name(0)}, torch {torch.__version__}")
    else:
        print(f"No CUDA GPU found (torch {torch.__version__}): CPU figures of tiny models only.")
    print(f"threads: {torch.get_num_threads()}, jobs per row: {args.jobs}\n")
    with tempfile.TemporaryDirectory() as scratch, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        tiny = Path(scratch)
        save_tiny_shap_e(tiny)
        print(f"shap-e, tiny random weights {TINY_PARAMS}:")
        for device in devices:
            _run_row("tiny", tiny, device, TINY_PARAMS, args.jobs)
        print(f"\nshap-e, real weights from {args.models_dir} (default parameters):")
        for device in devices if args.real_on_cpu else devices[:1] if gpu else []:
            _run_row("real", args.models_dir, device, {}, args.jobs)
        if not gpu and not args.real_on_cpu:
            print("  skipped: no GPU (add --real-on-cpu to time them on the CPU; minutes a job)")


if __name__ == "__main__":
    main()
