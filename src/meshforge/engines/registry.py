"""Which engine serves a request: chosen by ``model_id``, the task and ``multi_image``.

Engines are named by import path, so the engine process (not the API process) imports them.
Adding an engine is one module plus one ``EngineInfo`` line below (see docs/engines.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass

from meshforge.engines.base import Engine, Task


@dataclass(frozen=True)
class EngineInfo:
    """One registered engine."""

    model_id: str
    path: str  #: ``package.module:ClassName``
    tasks: frozenset[Task]
    description: str
    multi_image: bool = False  #: serves image_to_3d requests with ``multi_image=true``


ENGINES: tuple[EngineInfo, ...] = (
    EngineInfo(
        "text",
        "meshforge.engines.text:TextEngine",
        frozenset({"text_to_3d"}),
        "Prompt matched to a library of parametric object templates (CPU, under a second).",
    ),
    EngineInfo(
        "image",
        "meshforge.engines.image:ImageEngine",
        frozenset({"image_to_3d"}),
        "Foreground mask, silhouette inflation and the image as texture (CPU, about a second).",
    ),
    EngineInfo(
        "multiview",
        "meshforge.engines.multiview:MultiViewEngine",
        frozenset({"image_to_3d"}),
        "Visual hull from 2-4 views in one transparent strip: front, right, back, left.",
        multi_image=True,
    ),
)

# compat: model ids that ModelsLab clients send (docs, SDK READMEs, the PHP SDK); they name
# ModelsLab's hosted models, so here they mean "the default engine for this request"
MODELSLAB_MODEL_IDS = frozenset(
    {"instantmesh", "meshy-4", "threed", "trellis", "triposr", "shap-e", "3d", "default"}
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
