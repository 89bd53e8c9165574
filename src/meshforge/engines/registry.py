"""Which engine serves which task, named by import path so child processes can load them."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from meshforge.engines.base import Engine, Task

#: the default engine for each task, as ``module:attribute`` (loaded lazily, in the engine process)
DEFAULT_ENGINES: Mapping[Task, str] = {
    "text_to_3d": "meshforge.engines.text:TextEngine",
    "image_to_3d": "meshforge.engines.image:ImageEngine",
}


def load_engine(path: str) -> Engine:
    """Import ``module:attribute`` and instantiate the engine class it names."""
    module_name, _, attribute = path.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"engine path must look like 'package.module:ClassName', got {path!r}")
    engine_class = getattr(importlib.import_module(module_name), attribute)
    engine: Engine = engine_class()
    return engine
