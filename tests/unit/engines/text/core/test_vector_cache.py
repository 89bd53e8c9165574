"""Phrase embeddings are computed once per catalog and read back by later engine processes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from meshforge.engines.base import ENGINE_CACHE_DIR_VARIABLE
from meshforge.engines.text.core.embedding import DIMENSION, Array
from meshforge.engines.text.core.vector_cache import encode_cached


class CountingEncoder:
    """Deterministic vectors from the text, counting how often it was asked to encode."""

    directory = Path("/models/minilm")

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> Array:
        self.calls += 1
        rng = np.random.default_rng(sum(map(len, texts)))
        return rng.random((len(texts), DIMENSION), dtype=np.float32)


PHRASES = ["a chair", "a red car", "something to sit on"]


def test_without_a_cache_directory_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENGINE_CACHE_DIR_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    encoder = CountingEncoder()
    encode_cached(encoder, PHRASES)
    encode_cached(encoder, PHRASES)
    assert encoder.calls == 2 and list(tmp_path.iterdir()) == []


def test_the_second_process_reads_the_vectors_the_first_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    first, second = CountingEncoder(), CountingEncoder()
    computed = encode_cached(first, PHRASES)
    read = encode_cached(second, PHRASES)
    assert (first.calls, second.calls) == (1, 0)
    assert np.array_equal(computed, read) and read.dtype == np.float32
    # another catalog is another file, and the old one is removed when it is written
    encode_cached(second, [*PHRASES, "a lamp"])
    assert second.calls == 1 and len(list((tmp_path / "cache").glob("*.npy"))) == 1


def test_a_damaged_file_is_recomputed_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_CACHE_DIR_VARIABLE, str(tmp_path))
    encoder = CountingEncoder()
    expected = encode_cached(encoder, PHRASES)
    (cached,) = tmp_path.glob("*.npy")
    cached.write_bytes(cached.read_bytes()[:100])  # a process killed while writing
    assert np.array_equal(encode_cached(encoder, PHRASES), expected) and encoder.calls == 2
    np.save(cached, np.zeros((2, 2), np.float32))  # the wrong shape
    assert np.array_equal(encode_cached(encoder, PHRASES), expected) and encoder.calls == 3
