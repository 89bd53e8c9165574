"""PrimitiveEngine: a box, sphere, cylinder, cone or torus, sized by the numbers in the prompt.

The smallest complete engine, walked through in docs/engines.md and run through the API by
tests/api/test_example_engine.py. "a cylinder 0.25 by 2" is a cylinder of radius 0.25 m and
height 2 m; sizes left out take the defaults in SHAPES.
"""

from __future__ import annotations

import math
import re

import numpy as np
import trimesh

from meshforge.engines.base import (
    CancelFn,
    EngineInputError,
    GenerationCanceled,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)

#: each shape's sizes in metres, in the order the prompt's numbers fill them, with defaults
SHAPES: dict[str, dict[str, float]] = {
    "box": {"width": 1.0, "height": 1.0, "depth": 1.0},
    "sphere": {"radius": 0.5},
    "cylinder": {"radius": 0.5, "height": 1.0},
    "cone": {"radius": 0.5, "height": 1.0},
    "torus": {"radius": 0.5, "thickness": 0.15},
}
#: a size above this is a typo, and would only make a huge, useless model
MAX_SIZE_M = 100.0
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: trimesh builds round shapes around +Z; glTF stands them up along +Y: (x, y, z) → (x, z, -y)
_Z_UP_TO_Y_UP = np.array([[1, 0, 0, 0], [0, 0, 1, 0], [0, -1, 0, 0], [0, 0, 0, 1]], float)


class PrimitiveEngine:
    """Builds the primitive the prompt names, with vertex colours picked by the seed."""

    name = "primitive"
    tasks: frozenset[Task] = frozenset({"text_to_3d"})

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        """Read the shape and its sizes from the prompt, then build and colour the mesh."""
        shape, size = read_prompt(request.prompt)
        progress(0.2, "reading prompt")
        if cancel():
            raise GenerationCanceled
        # resolution (32..512) sets how finely round shapes are divided, as in the CPU engines
        mesh = build(shape, size, sections=max(8, request.resolution // 4))
        progress(0.9, "building")
        rgba = [*np.random.default_rng(request.seed).integers(60, 230, 3).tolist(), 255]
        mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=[rgba] * len(mesh.vertices))
        return GenerationResult(mesh, {"engine": self.name, "shape": shape, "size_m": size})


def read_prompt(prompt: str) -> tuple[str, dict[str, float]]:
    """The first shape named in the prompt and its sizes; EngineInputError says what to write."""
    words = prompt.lower()
    named = [(words.find(shape), shape) for shape in SHAPES if shape in words]
    if not named:
        raise EngineInputError(
            f"Name a shape ({', '.join(SHAPES)}) and its sizes, e.g. 'a box 2 by 1 by 0.5'."
        )
    shape = min(named)[1]
    numbers = [float(number) for number in _NUMBER.findall(words)]
    size = dict(SHAPES[shape])
    for name, number in zip(size, numbers, strict=False):
        size[name] = number
    if not all(0 < value <= MAX_SIZE_M for value in size.values()):
        raise EngineInputError(f"Sizes must be above 0 and at most {MAX_SIZE_M:g} m.")
    if shape == "torus" and size["thickness"] >= size["radius"]:
        raise EngineInputError("A torus must be thinner than its radius.")
    return shape, size


def build(shape: str, size: dict[str, float], sections: int) -> trimesh.Trimesh:
    """The watertight primitive in glTF axes (+Y up), its bounding box centred on the origin."""
    mesh: trimesh.Trimesh
    if shape == "box":
        mesh = trimesh.creation.box(extents=(size["width"], size["height"], size["depth"]))
    elif shape == "sphere":
        subdivisions = min(5, max(1, round(math.log2(sections / 4))))
        mesh = trimesh.creation.icosphere(subdivisions=subdivisions, radius=size["radius"])
    else:
        if shape == "torus":
            mesh = trimesh.creation.torus(
                size["radius"],
                size["thickness"],
                major_sections=sections,
                minor_sections=max(8, sections // 2),
            )
        else:  # cylinder and cone share their parameters
            make = trimesh.creation.cylinder if shape == "cylinder" else trimesh.creation.cone
            mesh = make(radius=size["radius"], height=size["height"], sections=sections)
        mesh.apply_transform(_Z_UP_TO_Y_UP)
    mesh.apply_translation(-mesh.bounds.mean(axis=0))
    return mesh
