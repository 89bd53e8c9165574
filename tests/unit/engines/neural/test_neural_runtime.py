"""The torch side: device choice, per-step progress and cancel, out of memory, missing weights."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from meshforge.engines.base import GenerationCanceled, GenerationRequest, GenerationResult
from meshforge.engines.neural.engine import NeuralEngine, OutOfMemory, WeightsMissing
from meshforge.engines.neural.environment import NeuralEnvironment
from meshforge.engines.neural.shap_e.parameters import WEIGHTS
from support.neural_models import require_neural, tiny_models

pytestmark = pytest.mark.usefixtures("neural_extra")


@pytest.fixture
def neural_extra() -> None:
    require_neural()


def _request(**params: Any) -> GenerationRequest:
    return GenerationRequest(task="text_to_3d", seed=7, prompt="a lamp", params=params)


def test_the_cpu_is_used_in_fp32_and_a_missing_gpu_is_named() -> None:
    from meshforge.engines.neural.runtime import place

    cpu = place("cpu")
    assert (cpu.name, str(cpu.dtype)) == ("cpu", "torch.float32")
    assert place("auto").name in ("cpu", "cuda:0")
    import torch

    if not torch.cuda.is_available():
        with pytest.raises(RuntimeError, match=r"MESHFORGE_DEVICE is 'cuda:1'.*set it to auto"):
            place("cuda:1")


def test_steps_report_progress_and_a_cancel_stops_before_the_next_step() -> None:
    from meshforge.engines.neural.runtime import StepReporter

    reports: list[float] = []
    reporter = StepReporter(
        lambda f, _s: reports.append(f), lambda: len(reports) >= 2, 0.1, 0.5, "sampling"
    )

    with pytest.raises(GenerationCanceled, match="before step 3 of 4"):
        list(reporter.iterate(range(4)))
    assert reports == [pytest.approx(0.2), pytest.approx(0.3)]


class _Hungry(NeuralEngine):
    """Loads nothing and runs out of memory, as a too-big grid on a small GPU would."""

    name = "hungry"
    tasks = frozenset({"text_to_3d"})
    weights = WEIGHTS
    memory_hint = "grid_size"
    loads = 0

    def load_pipeline(self, task: Any, folder: Path, placement: Any) -> Any:
        type(self).loads += 1
        return object()

    def run(self, pipeline: Any, request: Any, progress: Any, cancel: Any, placement: Any) -> Any:
        import torch

        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")


def test_out_of_memory_names_what_to_lower_and_reloads_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from support.neural_models import SHAP_E_COMPONENTS, fake_weight_folders

    fake_weight_folders(tmp_path, SHAP_E_COMPONENTS)
    exported: dict[str, str] = {}
    NeuralEnvironment(tmp_path, "cpu").export(exported)
    for name, value in exported.items():
        monkeypatch.setenv(name, value)
    engine = _Hungry()

    for _ in range(2):
        with pytest.raises(OutOfMemory, match="hungry ran out of memory on cpu; lower grid_size"):
            engine.generate(_request(), lambda *_: None, lambda: False)
    assert _Hungry.loads == 2  # dropped after the failure, loaded afresh for the next job


def test_missing_weights_name_the_folder_and_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meshforge.engines.neural.shap_e import ShapEEngine

    monkeypatch.setenv("MESHFORGE_ENGINE_MODELS_DIR", str(tmp_path))
    engine = ShapEEngine()
    engine.warm_up()  # nothing to load, nothing raised

    with pytest.raises(WeightsMissing, match=f"hf download openai/shap-e --local-dir {tmp_path}"):
        engine.generate(_request(), lambda *_: None, lambda: False)


# diffusers' Heun scheduler hands torch tensors to numpy 2.4 the old way (not ours to fix)
@pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")
def test_shap_e_cancels_between_denoising_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meshforge.engines.neural.shap_e import ShapEEngine

    monkeypatch.setenv("MESHFORGE_ENGINE_MODELS_DIR", str(tiny_models(tmp_path / "models")))
    monkeypatch.setenv("MESHFORGE_ENGINE_DEVICE", "cpu")
    engine = ShapEEngine()
    stages: list[tuple[float, str]] = []

    # Heun's scheduler takes two passes per step but the last: 10 steps are 19 timesteps
    with pytest.raises(GenerationCanceled, match="before step 4 of 19"):
        engine.generate(
            _request(num_inference_steps=10, grid_size=32),
            lambda f, s: stages.append((f, s)),
            lambda: sum(s == "sampling" for _, s in stages) >= 3,
        )
    result: GenerationResult = engine.generate(
        _request(num_inference_steps=2, grid_size=32), lambda f, s: stages.append((f, s)), bool
    )
    fractions = [f for f, _ in stages[-8:]]
    assert fractions == sorted(fractions)
    assert result.mesh.is_watertight and result.meta["model_warm"] is True
    assert result.mesh.visual.kind == "vertex"
