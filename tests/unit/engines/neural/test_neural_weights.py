"""Weight folders checked without torch, and the weight-aware choice of engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from meshforge.engines.neural.environment import NeuralEnvironment
from meshforge.engines.neural.weights import WeightFolder, check_folder
from meshforge.engines.registry import ModelUnavailable, choose_engine
from support.neural_models import SHAP_E_COMPONENTS, fake_weight_folders

TEXT = WeightFolder("shap-e", "openai/shap-e")


def test_a_complete_folder_is_valid(tmp_path: Path) -> None:
    fake_weight_folders(tmp_path, SHAP_E_COMPONENTS)

    status = check_folder(TEXT, tmp_path)

    assert (status.present, status.valid, status.problem) == (True, True, "")


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda root: (root / "model_index.json").unlink(), "missing"),
        (lambda root: (root / "prior" / "model.safetensors").unlink(), "no weights"),
        (lambda root: (root / "text_encoder" / "config.json").write_text("{"), "does not parse"),
        (lambda root: (root / "model_index.json").write_text("[]"), "not an object"),
        (lambda root: __import__("shutil").rmtree(root / "scheduler"), "missing folder"),
    ],
)
def test_what_is_wrong_is_named(tmp_path: Path, damage, words: str) -> None:
    fake_weight_folders(tmp_path, SHAP_E_COMPONENTS)
    damage(tmp_path / "shap-e")

    status = check_folder(TEXT, tmp_path)

    assert status.present and not status.valid and words in status.problem


def test_a_missing_folder_and_its_download_command(tmp_path: Path) -> None:
    status = check_folder(TEXT, tmp_path)

    assert (status.present, status.valid) == (False, False)
    assert TEXT.download_command(tmp_path) == (
        f"hf download openai/shap-e --local-dir {tmp_path / 'shap-e'}"
    )


def test_choice_uses_the_named_engine_only_with_its_weights(tmp_path: Path) -> None:
    fake_weight_folders(tmp_path, {"shap-e": SHAP_E_COMPONENTS["shap-e"]})

    text = choose_engine("text_to_3d", "shap-e", models_dir=tmp_path)
    image = choose_engine("image_to_3d", "shap-e", models_dir=tmp_path)
    default = choose_engine("text_to_3d", None, models_dir=tmp_path)

    assert (text.engine.model_id, text.note) == ("shap-e", "")
    assert image.engine.model_id == "image" and "shap-e-img2img" in image.note
    assert (default.engine.model_id, default.note) == ("text", "")


def test_strict_refuses_and_a_strip_of_views_falls_back_to_the_hull(tmp_path: Path) -> None:
    fake_weight_folders(tmp_path, SHAP_E_COMPONENTS)

    with pytest.raises(ModelUnavailable, match="hf download openai/shap-e --local-dir"):
        choose_engine("text_to_3d", "shap-e", models_dir=tmp_path / "empty", strict=True)
    for models in (tmp_path, tmp_path / "empty"):  # a strip is no weights matter, strict or not
        strip = choose_engine("image_to_3d", "shap-e", True, models_dir=models, strict=True)
        assert strip.engine.model_id == "multiview" and "one image" in strip.note


def test_no_models_directory_means_not_installed() -> None:
    choice = choose_engine("text_to_3d", "shap-e")

    assert choice.engine.model_id == "text" and "no models directory" in choice.note


def test_the_engine_process_reads_what_wiring_exported(tmp_path: Path) -> None:
    environ: dict[str, str] = {}
    NeuralEnvironment(tmp_path, "cuda:1").export(environ)

    assert NeuralEnvironment.read(environ) == NeuralEnvironment(tmp_path.resolve(), "cuda:1")
    with pytest.raises(ValueError, match="device must be"):
        NeuralEnvironment.read({**environ, "MESHFORGE_ENGINE_DEVICE": "tpu"})


def test_the_api_process_never_imports_torch() -> None:
    """The embedded default runs without the neural extra: building the app, choosing an engine
    and checking weights import none of the model libraries."""
    import subprocess
    import sys

    script = (
        "import sys, tempfile, pathlib\n"
        "from meshforge.api.app import create_app\n"
        "from meshforge.settings import Settings\n"
        "from meshforge.wiring import build_runtime\n"
        "from meshforge.engines.registry import choose_engine\n"
        "d = pathlib.Path(tempfile.mkdtemp())\n"
        "create_app(build_runtime(Settings(data_dir=d), run_workers=False))\n"
        "choose_engine('text_to_3d', 'shap-e', models_dir=d)\n"
        "print(sorted(m for m in ('torch', 'diffusers', 'transformers') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )

    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_meshforge_models_lists_weights_device_and_licence(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from meshforge.cli import app

    models = fake_weight_folders(tmp_path / "weights", {"shap-e": SHAP_E_COMPONENTS["shap-e"]})
    result = CliRunner().invoke(
        app,
        ["models", "--data-dir", str(tmp_path), "--models-dir", str(models)],
        env={"COLUMNS": "200", "MESHFORGE_DEVICE": "cpu"},
    )

    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "shap-e " in line)
    assert "image_to_3d: missing" in row and "MIT" in row and "cpu" in row
    assert "text_to_3d: valid" in result.output
    assert f"hf download openai/shap-e-img2img --local-dir {models / 'shap-e-img2img'}" in (
        result.output
    )
