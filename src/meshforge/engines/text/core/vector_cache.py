"""The catalog's phrase embeddings, kept on disk between engine-process starts.

Embedding every template phrase (about 3,200 with 291 templates) takes some 6 s of CPU, and
every engine process did it at each start: after a crash or a restart the engine was not
ready for that long. The vectors depend only on the phrases and the model, so they are saved
once in ``$MESHFORGE_ENGINE_CACHE_DIR`` (the server sets it to its data directory's
``cache/``) under a name made from both, and read back by the next process. Without the
variable nothing is written. A file that does not read back as the expected array is ignored
and replaced, never trusted.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from meshforge.engines.base import ENGINE_CACHE_DIR_VARIABLE
from meshforge.engines.text.core.embedding import DIMENSION, Array, model_dir

_PREFIX = "phrase-vectors-"


class Encoder(Protocol):
    """The part of ``SentenceEncoder`` this module uses."""

    @property
    def directory(self) -> Path | None: ...

    def encode(self, texts: Sequence[str]) -> Array: ...


def _cache_file(directory: Path, encoder: Encoder, texts: Sequence[str]) -> Path:
    model = encoder.directory or model_dir()
    digest = hashlib.sha256("\n".join([str(model), *texts]).encode()).hexdigest()[:32]
    return directory / f"{_PREFIX}{digest}.npy"


def encode_cached(encoder: Encoder, texts: Sequence[str]) -> Array:
    """``encoder.encode(texts)``, read from the cache directory when computed before."""
    configured = os.environ.get(ENGINE_CACHE_DIR_VARIABLE)
    if not configured:
        return encoder.encode(texts)
    path = _cache_file(Path(configured), encoder, texts)
    try:
        vectors = np.load(path, allow_pickle=False)
        if vectors.shape == (len(texts), DIMENSION) and vectors.dtype == np.float32:
            return vectors  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError):
        pass  # absent, half-written by a killed process, or not an array: compute it again
    vectors = encoder.encode(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{_PREFIX}*.npy"):  # other catalogs' vectors
            stale.unlink(missing_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with partial.open("wb") as file:
            np.save(file, vectors, allow_pickle=False)
        os.replace(partial, path)  # readers see the whole file or none
    except OSError:
        pass  # a read-only or full disk costs the next start its 6 s, nothing else
    return vectors
