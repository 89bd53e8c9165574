"""The neural settings as the engine process sees them, and the hubs' offline switches.

Engines may not import ``meshforge.settings`` (they run in their own process, which gets no
Settings object), so the composition root (``wiring``) hands the models directory and device
to engine processes through their environment, under names Settings itself does not read.
"""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path

MODELS_DIR_VARIABLE = "MESHFORGE_ENGINE_MODELS_DIR"
DEVICE_VARIABLE = "MESHFORGE_ENGINE_DEVICE"

#: what the device setting accepts
DEVICE_PATTERN = re.compile(r"^(auto|cpu|cuda(:\d+)?)$")

#: every switch the Hugging Face libraries read; set, a missing file is an error, never a fetch
OFFLINE_VARIABLES = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DIFFUSERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}


@dataclass(frozen=True)
class NeuralEnvironment:
    """Where the weights are and which device runs them, in the engine process."""

    models_dir: Path
    device: str = "auto"

    def export(self, environ: MutableMapping[str, str] | None = None) -> None:
        """Write these values where engine processes started afterwards will read them."""
        target = os.environ if environ is None else environ
        target[MODELS_DIR_VARIABLE] = str(self.models_dir.resolve())
        target[DEVICE_VARIABLE] = self.device

    @classmethod
    def read(cls, environ: MutableMapping[str, str] | None = None) -> NeuralEnvironment:
        """The values ``export`` wrote (the defaults, ``./data/models`` and auto, otherwise)."""
        source = os.environ if environ is None else environ
        device = source.get(DEVICE_VARIABLE, "auto").strip().lower() or "auto"
        if not DEVICE_PATTERN.match(device):
            raise ValueError(f"device must be auto, cpu, cuda or cuda:N, got {device!r}")
        return cls(Path(source.get(MODELS_DIR_VARIABLE, "data/models")), device)


def go_offline(environ: MutableMapping[str, str] | None = None) -> None:
    """Set the hubs' offline switches (before huggingface_hub, diffusers or hy3dgen load)."""
    target = os.environ if environ is None else environ
    target.update(OFFLINE_VARIABLES)
