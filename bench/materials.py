"""Time and size of the material bake: `.venv/bin/python bench/materials.py [--runs N]`.

For each prompt: the text engine's median time at resolution 256 (the bake is not part of it),
the worker's median time to write the GLB (bake at the default texture_size 1024, then
export), how many images the GLB holds and its size. Run it with ``PYTHONPATH`` pointing at an older
``src`` to compare (the bake is then the old palette bake).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pygltflib

from meshforge.engines.base import GenerationRequest
from meshforge.engines.text import TextEngine
from meshforge.worker.outputs import write_outputs

PROMPTS = (
    "a red chair",
    "a blue sports car",
    "a black car",
    "a red car with black wheels",
    "a leather armchair",
    "a wooden armchair",
    "a black leather armchair",
    "a metal chair",
    "a gold crown",
    "a glass vase",
    "a brick house",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    engine = TextEngine()
    engine.warm_up()
    print(f"{'prompt':32} {'engine ms':>9} {'write ms':>8} {'images':>6} {'glb KB':>7}")
    for prompt in PROMPTS:
        request = GenerationRequest("text_to_3d", seed=7, resolution=256, prompt=prompt)
        times, result = [], None
        for _ in range(runs):
            started = time.perf_counter()
            result = engine.generate(request, lambda *_: None, lambda: False)
            times.append(time.perf_counter() - started)
        assert result is not None
        bakes, size_kb, images = [], 0.0, 0
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(runs):
                started = time.perf_counter()
                names, _ = write_outputs(
                    result.mesh, result.meta, "glb", Path(tmp), "job", False, lambda *_: None
                )
                bakes.append(time.perf_counter() - started)
            size_kb = (Path(tmp) / names[0]).stat().st_size / 1024
            gltf = pygltflib.GLTF2().load(str(Path(tmp) / names[0]))
            images = len(gltf.images)
        print(
            f"{prompt:32} {statistics.median(times) * 1000:9.1f} "
            f"{statistics.median(bakes) * 1000:8.1f} {images:>6} {size_kb:7.0f}"
        )


if __name__ == "__main__":
    main()
