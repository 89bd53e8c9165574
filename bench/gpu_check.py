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
from meshforge.engines.neural.weights import ModelWeights, check_folder
from meshforge.engines.registry import ENGINES, EngineInfo, load_engine

#: tiny models draw noise: a coarse grid and few steps, as in the tests
TINY_PARAMS = {
    "shap-e": {"num_inference_steps": 4, "grid_size": 32},
    "hunyuan3d-2": {"num_inference_steps": 4, "octree_resolution": 32},
}


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


def _run_row(
    info: EngineInfo, label: str, models: Path, device: str, params: dict[str, Any], jobs: int
) -> None:
    NeuralEnvironment(models, device).export()
    engine = load_engine(info.path)
    weights: ModelWeights | None = info.weights
    assert weights is not None
    for task, request in _requests(params).items():
        if task not in info.tasks:
            continue
        if not check_folder(weights.folders[task], models).valid:
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

    from support.neural_models import save_tiny_hunyuan3d, save_tiny_shap_e

    gpu = torch.cuda.is_available()
    devices = (["cuda:0"] if gpu else []) + ["cpu"]
    if gpu:
        print(f"GPU: {torch.cuda.get_device_name(0)}, torch {torch.__version__}")
    else:
        print(f"No CUDA GPU found (torch {torch.__version__}): CPU figures of tiny models only.")
    print(f"threads: {torch.get_num_threads()}, jobs per row: {args.jobs}\n")
    neural = [info for info in ENGINES if info.weights is not None]
    with tempfile.TemporaryDirectory() as scratch, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        tiny = Path(scratch)
        save_tiny_shap_e(tiny)
        save_tiny_hunyuan3d(tiny)
        for info in neural:
            params = TINY_PARAMS.get(info.model_id, {})
            print(f"{info.model_id}, tiny random weights {params}:")
            for device in devices:
                _run_row(info, "tiny", tiny, device, params, args.jobs)
            print(f"{info.model_id}, real weights from {args.models_dir} (default parameters):")
            for device in devices if args.real_on_cpu else devices[:1] if gpu else []:
                _run_row(info, "real", args.models_dir, device, {}, args.jobs)
            if not gpu and not args.real_on_cpu:
                print(
                    "  skipped: no GPU (add --real-on-cpu to time them on the CPU; minutes a job)"
                )
            print()


if __name__ == "__main__":
    main()
