"""The registry: which engine serves a request, its import path, and the cost behind ``eta``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from meshforge.engines.registry import (
    ENGINES,
    UnknownModel,
    engine_paths,
    estimate_seconds,
    load_engine,
    select_engine,
)


@pytest.mark.parametrize("info", ENGINES, ids=lambda info: info.model_id)
def test_default_paths_load_the_registered_engine(info) -> None:
    engine = load_engine(info.path)

    assert engine.name == info.model_id
    assert engine.tasks == info.tasks


def test_overrides_replace_paths_and_keep_the_others() -> None:
    paths = engine_paths({"text": "timed_engines:SteadyEngine"})

    assert paths["text"] == "timed_engines:SteadyEngine"
    assert paths["image"] == "meshforge.engines.image:ImageEngine"


def test_selection_by_model_id_task_and_multi_image() -> None:
    assert select_engine("image_to_3d", None).model_id == "image"
    assert select_engine("image_to_3d", None, multi_image=True).model_id == "multiview"
    assert select_engine("image_to_3d", "TripoSR").model_id == "image"  # a ModelsLab id
    assert select_engine("text_to_3d", " Text ").model_id == "text"
    with pytest.raises(UnknownModel, match="available: image, multiview"):
        select_engine("image_to_3d", "text")


@pytest.mark.parametrize("info", ENGINES, ids=lambda info: info.model_id)
def test_estimate_grows_with_resolution(info) -> None:
    low, middle, high = (estimate_seconds(info.model_id, res) for res in (128, 256, 512))

    assert 0 < low <= middle < high


def test_text_estimate_stays_under_two_seconds() -> None:
    low, high = (estimate_seconds("text", res) for res in (64, 512))

    assert 0 < low < high < 2.0


def test_finding_the_object_by_colour_costs_more() -> None:
    assert estimate_seconds("image", 256, by_colour=True) > estimate_seconds("image", 256)


def test_carving_grows_faster_than_inflation() -> None:
    """The hull fills a volume (resolution cubed), inflation mostly an area."""

    def growth(model_id: str) -> float:
        return estimate_seconds(model_id, 512) / estimate_seconds(model_id, 256)

    assert growth("multiview") > growth("image") > growth("text")


def test_estimates_never_fall_below_a_quarter_second() -> None:
    assert min(estimate_seconds(info.model_id, 32) for info in ENGINES) >= 0.25


def test_estimating_imports_no_engine_code() -> None:
    """The API estimates every job and reads the engines' parameter declarations; the engines'
    numeric stack stays in the engine process."""
    heavy = (
        "numpy",
        "trimesh",
        "scipy",
        "cv2",
        "manifold3d",
        "skimage",
        "meshforge.engines.image.engine",
        "meshforge.engines.multiview.engine",
    )
    script = (
        "import sys\n"
        "from meshforge.modelslab import translate\n"
        "from meshforge.engines.registry import estimate_seconds\n"
        "estimate_seconds('image', 256)\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )

    assert done.stdout.strip() == "[]"
