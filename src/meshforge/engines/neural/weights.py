"""Where each neural engine's weights live, and a cheap check that they are there (no torch).

Weights come only from ``<models_dir>/<folder>``, filled once on a machine with internet by the
command ``WeightFolder.download_command`` prints. The API process runs ``check`` on submit (to
fall back, or refuse in strict mode, before a job is queued), and ``meshforge models``,
``/readyz`` and ``GET /engines`` report it; results are kept a few seconds, so a folder filled
while the server runs is seen without a restart.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from meshforge.engines.base import Task

#: a checked folder's status is reused this long (submit checks every job)
_CHECK_TTL_S = 5.0
#: files that hold a diffusers / transformers component's weights
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".ckpt", ".pt", ".pth")
#: components that are code and configuration only (no weights of their own)
_WEIGHTLESS = ("scheduler", "tokenizer", "processor", "feature_extractor")

Layout = Literal["diffusers", "hy3dgen"]


@dataclass(frozen=True)
class WeightFolder:
    """One folder of weights under the models directory, and where it comes from."""

    folder: str  #: name under the models directory, e.g. "shap-e"
    repo_id: str  #: the Hugging Face repository it is downloaded from
    #: "diffusers": a pipeline saved by ``save_pretrained`` (model_index.json + components);
    #: "hy3dgen": ``<subfolder>/config.yaml`` + ``<subfolder>/model*.safetensors`` per entry
    layout: Layout = "diffusers"
    #: hy3dgen only: the subfolders the engine loads
    subfolders: tuple[str, ...] = ()

    def path(self, models_dir: Path) -> Path:
        """The folder on this machine."""
        return models_dir / self.folder

    def download_command(self, models_dir: Path) -> str:
        """The command that fills the folder, on a machine with internet."""
        include = "".join(f" --include '{sub}/*'" for sub in self.subfolders)
        return f"hf download {self.repo_id}{include} --local-dir {self.path(models_dir)}"


@dataclass(frozen=True)
class ModelWeights:
    """What a neural engine needs: a weight folder per task, and the weights' licence."""

    folders: Mapping[Task, WeightFolder]
    licence: str
    #: roughly what one loaded copy needs, for ``meshforge models`` and the docs
    memory: str = ""


@dataclass(frozen=True)
class WeightStatus:
    """Whether a folder holds usable weights; ``problem`` says what is missing or broken."""

    folder: Path
    present: bool  #: the folder exists
    valid: bool  #: every expected file is there and every config parses
    problem: str = ""

    def describe(self) -> str:
        """One phrase: "ready", or what is wrong."""
        return "ready" if self.valid else self.problem


def _json_problem(path: Path) -> str:
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"{path.name} in {path.parent} does not parse: {exc}"
    return ""


def _component_problem(component: Path) -> str:
    """What is wrong with one diffusers component folder ("" when it looks loadable)."""
    if not component.is_dir():
        return f"missing folder {component}"
    configs = sorted(component.glob("*.json"))
    if not configs:
        return f"no config (*.json) in {component}"
    for config in configs:
        if problem := _json_problem(config):
            return problem
    needs_weights = not any(word in component.name for word in _WEIGHTLESS)
    if needs_weights and not any(
        child.name.endswith(_WEIGHT_SUFFIXES) for child in component.iterdir()
    ):
        return f"no weights (*.safetensors or *.bin) in {component}"
    return ""


def _diffusers_problem(root: Path) -> str:
    index = root / "model_index.json"
    if not index.is_file():
        return f"missing {index}"
    try:
        components = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"model_index.json in {root} does not parse: {exc}"
    if not isinstance(components, dict):
        return f"model_index.json in {root} is not an object"
    for name, entry in sorted(components.items()):
        # "_class_name" and the like are metadata; [null, null] marks an optional part left out
        if name.startswith("_") or not isinstance(entry, list) or None in entry:
            continue
        if problem := _component_problem(root / name):
            return problem
    return ""


def _hy3dgen_problem(root: Path, subfolders: tuple[str, ...]) -> str:
    for sub in subfolders:
        folder = root / sub
        if not (folder / "config.yaml").is_file():
            return f"missing {folder / 'config.yaml'}"
        if not any(folder.glob("model*.safetensors")) and not any(folder.glob("model*.ckpt")):
            return f"no weights (model*.safetensors) in {folder}"
    return ""


def check_folder(spec: WeightFolder, models_dir: Path) -> WeightStatus:
    """Look at ``spec``'s folder now: files there and configs parse (reads only small files)."""
    root = spec.path(models_dir)
    if not root.is_dir():
        return WeightStatus(root, False, False, f"not installed: {root} does not exist")
    if spec.layout == "diffusers":
        problem = _diffusers_problem(root)
    else:
        problem = _hy3dgen_problem(root, spec.subfolders)
    return WeightStatus(root, True, not problem, problem)


@dataclass
class _Cache:
    lock: threading.Lock = field(default_factory=threading.Lock)
    entries: dict[tuple[str, Path], tuple[float, WeightStatus]] = field(default_factory=dict)


_CACHE = _Cache()


def check(spec: WeightFolder, models_dir: Path) -> WeightStatus:
    """``check_folder``, remembered for a few seconds (the API checks on every submit)."""
    key = (spec.folder, models_dir.resolve())
    now = time.monotonic()
    with _CACHE.lock:
        cached = _CACHE.entries.get(key)
        if cached is not None and now - cached[0] < _CHECK_TTL_S:
            return cached[1]
    status = check_folder(spec, models_dir)
    with _CACHE.lock:
        _CACHE.entries[key] = (now, status)
    return status
