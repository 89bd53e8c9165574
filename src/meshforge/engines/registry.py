"""Which engine serves a request (by ``model_id``, task and ``multi_image``) and what it costs.

Engines are named by import path, so the engine process (not the API process) imports them;
their cost figures live here for the same reason, and their parameters come from each
package's light ``parameters`` module. Adding an engine is one package plus one
``EngineInfo`` below (see docs/engines.md).
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meshforge.engines.base import Engine, Task
from meshforge.engines.image import parameters as image_parameters
from meshforge.engines.multiview import parameters as multiview_parameters
from meshforge.engines.neural import weights as neural_weights
from meshforge.engines.neural.hunyuan3d import parameters as hunyuan3d_parameters
from meshforge.engines.neural.shap_e import parameters as shap_e_parameters
from meshforge.engines.parameters import Parameter

#: Estimates never go below this. The ETA scales estimates by the engine's measured
#: slowdown, capped at 20x (jobs/service.py); a far too small estimate would exceed the cap.
_MIN_ESTIMATE_S = 0.25


@dataclass(frozen=True)
class RunCost:
    """Seconds one job takes on the 2-core reference machine, for the ``eta`` clients see.

    ``fixed_s + at_256_s * (resolution / 256) ** exponent``, plus ``by_colour_s`` when the
    object has to be found by colour (an image without usable alpha, or ``remove_bg``).
    """

    fixed_s: float
    at_256_s: float  #: the part that grows with resolution, at resolution 256
    exponent: float = 2.0
    by_colour_s: float = 0.0

    def seconds(self, resolution: int, by_colour: bool = False) -> float:
        """Estimated engine seconds for one job at ``resolution``."""
        scaled = self.at_256_s * math.pow(resolution / 256, self.exponent)
        extra = self.by_colour_s if by_colour else 0.0
        return max(_MIN_ESTIMATE_S, self.fixed_s + scaled + extra)


@dataclass(frozen=True)
class EngineInfo:
    """One registered engine."""

    model_id: str
    path: str  #: ``package.module:ClassName``
    tasks: frozenset[Task]
    description: str
    cost: RunCost
    multi_image: bool = False  #: serves image_to_3d requests with ``multi_image=true``
    #: the engine's own parameters, beyond the ModelsLab fields every engine reads
    parameters: tuple[Parameter[Any], ...] = ()
    #: a neural engine's weight folders and licence (None: the engine needs no weights)
    weights: neural_weights.ModelWeights | None = None
    licence: str = "MIT"


ENGINES: tuple[EngineInfo, ...] = (
    EngineInfo(
        "text",
        "meshforge.engines.text:TextEngine",
        frozenset({"text_to_3d"}),
        "Prompt matched to a library of parametric object templates (CPU, under a second).",
        # round parts get resolution / 4 segments, so CSG work grows with its square; the
        # slowest template took 0.35 s at 512 on the reference machine
        RunCost(fixed_s=0.02, at_256_s=0.0875),
    ),
    EngineInfo(
        "image",
        "meshforge.engines.image:ImageEngine",
        frozenset({"image_to_3d"}),
        "Foreground mask, silhouette inflation and the image as texture (CPU, about a second).",
        # bench/image_priors.py, CPU s (2026-12-05): drawn pictures 0.15-0.34 at 256 and
        # 0.43-0.82 at 512; a photo adds U²-Net-p and GrabCut, about 0.25 (the astronaut:
        # 0.41 / 0.50 / 1.25 at 128 / 256 / 512)
        RunCost(fixed_s=0.05, at_256_s=0.25, exponent=2.2, by_colour_s=0.25),
        parameters=image_parameters.PARAMETERS,
    ),
    EngineInfo(
        "multiview",
        "meshforge.engines.multiview:MultiViewEngine",
        frozenset({"image_to_3d"}),
        "Visual hull from 2-4 views in one transparent strip: front, right, back, left.",
        # carving fills a volume (resolution cubed): 0.3-0.9 s at 256, 1-7 s at 512, thin
        # (chair) to grid-filling (sphere) objects
        RunCost(fixed_s=0.2, at_256_s=0.5, exponent=3.0),
        multi_image=True,
        parameters=multiview_parameters.PARAMETERS,
    ),
    # Neural engines come last: they serve a request only when its model_id names them and
    # their weights are installed (choose_engine); the CPU engines stay the defaults.
    EngineInfo(
        "shap-e",
        "meshforge.engines.neural.shap_e:ShapEEngine",
        frozenset({"text_to_3d", "image_to_3d"}),
        "Shap-E (OpenAI) through diffusers: a prompt or one image to a coloured mesh. Needs its "
        "weights in the models directory; a GPU takes seconds, a CPU minutes.",
        # not measured on real weights here (no GPU); the ETA scales it by measured runs
        RunCost(fixed_s=30.0, at_256_s=1.0, exponent=1.0),
        parameters=shap_e_parameters.PARAMETERS,
        weights=shap_e_parameters.WEIGHTS,
        licence=shap_e_parameters.WEIGHTS.licence,
    ),
    EngineInfo(
        "hunyuan3d-2",
        "meshforge.engines.neural.hunyuan3d:Hunyuan3DEngine",
        frozenset({"image_to_3d"}),
        "Hunyuan3D-2 (Tencent) shape model through hy3dgen: one picture to a detailed shape, "
        "coloured from the picture. Needs its weights in the models directory and, in "
        "practice, a GPU.",
        # not measured on real weights here (no GPU); the ETA scales it by measured runs
        RunCost(fixed_s=60.0, at_256_s=2.0, exponent=1.0),
        parameters=hunyuan3d_parameters.PARAMETERS,
        weights=hunyuan3d_parameters.WEIGHTS,
        licence=hunyuan3d_parameters.WEIGHTS.licence,
    ),
)

# compat: model ids that ModelsLab clients send (docs, SDK READMEs, the PHP SDK); they name
# ModelsLab's hosted models, so here they mean "the default engine for this request"
MODELSLAB_MODEL_IDS = frozenset(
    {"instantmesh", "meshy-4", "threed", "trellis", "triposr", "3d", "default"}
)


class UnknownModel(ValueError):
    """No registered engine has this model_id (the message lists the available ones)."""


def available_model_ids(task: Task) -> list[str]:
    """model_id values that serve ``task``."""
    return [info.model_id for info in ENGINES if task in info.tasks]


def select_engine(task: Task, model_id: str | None, multi_image: bool = False) -> EngineInfo:
    """The engine for a request; raises UnknownModel for a model_id that serves nothing here."""
    wanted = (model_id or "").strip().lower()
    candidates = [info for info in ENGINES if task in info.tasks]
    if wanted and wanted not in MODELSLAB_MODEL_IDS:
        named = [info for info in candidates if info.model_id == wanted]
        if not named:
            raise UnknownModel(
                f"model_id: unknown model {model_id!r} for {task}; available: "
                + ", ".join(available_model_ids(task))
            )
        return named[0]
    for info in candidates:
        if info.multi_image == multi_image:
            return info
    return candidates[0]


class ModelUnavailable(ValueError):
    """The named neural engine's weights are missing and the server is strict about it."""


@dataclass(frozen=True)
class EngineChoice:
    """The engine that serves a request and, when it is not the one named, why."""

    engine: EngineInfo
    #: why another engine than the one ``model_id`` named runs ("" when it is that one)
    note: str = ""


def weight_status(
    info: EngineInfo, task: Task, models_dir: Path | None
) -> neural_weights.WeightStatus | None:
    """The state of ``info``'s weights for ``task`` (None for an engine that needs none)."""
    if info.weights is None or task not in info.weights.folders:
        return None
    folder = info.weights.folders[task]
    if models_dir is None:
        return neural_weights.WeightStatus(
            Path(folder.folder), False, False, "no models directory is configured"
        )
    return neural_weights.check(folder, models_dir)


def describe_weights(info: EngineInfo, models_dir: Path | None) -> dict[str, Any] | None:
    """``info``'s weights per task as ``GET /engines`` and ``/readyz`` show them (None: needs
    no weights): folder, whether it is present and valid, what is wrong, and how to fill it."""
    if info.weights is None:
        return None
    described: dict[str, Any] = {}
    for task, folder in sorted(info.weights.folders.items()):
        status = weight_status(info, task, models_dir)
        if status is None:  # every task of a weighted engine has a folder; this satisfies mypy
            continue
        described[task] = {
            "folder": str(status.folder),
            "present": status.present,
            "valid": status.valid,
            "problem": status.problem,
            "download": folder.download_command(models_dir) if models_dir else "",
        }
    return described


def choose_engine(
    task: Task,
    model_id: str | None,
    multi_image: bool = False,
    *,
    models_dir: Path | None = None,
    strict: bool = False,
) -> EngineChoice:
    """``select_engine``, then a neural engine only if its weights in ``models_dir`` are usable.

    Otherwise the task's default engine runs and ``note`` says why; with ``strict`` missing
    weights raise ModelUnavailable naming the folder to fill and the command that fills it.
    """
    named = select_engine(task, model_id, multi_image)
    status = weight_status(named, task, models_dir)
    if status is None:
        return EngineChoice(named)
    fallback = select_engine(task, None, multi_image)
    if multi_image and not named.multi_image:  # not about weights: strict or not
        reason = f"{named.model_id} takes one image, not a multi-view strip"
    elif status.valid:
        return EngineChoice(named)
    elif strict:
        folder = named.weights.folders[task] if named.weights else None
        command = folder.download_command(models_dir) if folder and models_dir else ""
        raise ModelUnavailable(
            f"model_id: {named.model_id} is not installed on this server for {task} "
            f"({status.problem}); an operator can fill it with: {command}"
        )
    else:
        reason = f"{named.model_id} weights are not usable ({status.problem})"
    return EngineChoice(fallback, f"{reason}; the {fallback.model_id} engine ran instead")


def engine_info(model_id: str) -> EngineInfo:
    """The registered engine ``model_id``; KeyError if there is none."""
    for info in ENGINES:
        if info.model_id == model_id:
            return info
    raise KeyError(model_id)


def estimate_seconds(model_id: str, resolution: int, by_colour: bool = False) -> float:
    """Engine seconds for one job of the registered engine ``model_id`` (see RunCost)."""
    return engine_info(model_id).cost.seconds(resolution, by_colour)


def load_engine(path: str) -> Engine:
    """Import ``module:attribute`` and instantiate the engine class it names."""
    module_name, _, attribute = path.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"engine path must look like 'package.module:ClassName', got {path!r}")
    engine_class = getattr(importlib.import_module(module_name), attribute)
    engine: Engine = engine_class()
    return engine


def engine_paths(overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """model_id → import path for every engine, with ``overrides`` (tests, plug-ins) applied."""
    return {info.model_id: info.path for info in ENGINES} | dict(overrides or {})
