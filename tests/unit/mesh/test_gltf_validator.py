"""Engine outputs as GLB pass Khronos' glTF-Validator; their OBJ, STL and PLY reload whole.

The validator is the npm package ``gltf-validator`` that ``make install`` puts in
``tools/gltf-validator`` (run with node). Without node or the package these tests skip, and
fail instead when the ``CI`` environment variable is set, so CI never passes by skipping.

Which issues matter: no errors (accessor bounds, indices out of range, bad buffer views and
the like are all errors) and no warnings. Infos fail too, except ``IMAGE_NPOT_DIMENSIONS``:
a texture whose edge is not a power of two (a requested ``texture_size`` of 300, a palette of
3 x 3 cells) only loses mipmaps on WebGL 1. Hints are ignored: trimesh never sets
``bufferView.target``, which the format leaves optional.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pygltflib
import pytest
import trimesh

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.engines.image import ImageEngine
from meshforge.engines.multiview import MultiViewEngine
from meshforge.engines.text import TextEngine
from meshforge.mesh.export import export_mesh
from meshforge.mesh.texture import vertex_colors
from meshforge.worker.outputs import write_outputs

ROOT = Path(__file__).resolve().parents[3]
VALIDATOR_DIR = ROOT / "tools" / "gltf-validator"
SCRIPT = VALIDATOR_DIR / "validate.js"
PACKAGE = VALIDATOR_DIR / "node_modules" / "gltf-validator" / "package.json"
ERROR, WARNING, INFO, HINT = 0, 1, 2, 3
ALLOWED_INFOS = frozenset({"IMAGE_NPOT_DIMENSIONS"})

Report = dict[str, Any]
Validate = Callable[[Path], Report]


def unavailable(reason: str) -> None:
    """Skip with ``reason``, or fail with it under CI."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def validate() -> Validate:
    """Run the validator on one file and return its JSON report."""
    node = shutil.which("node")
    if node is None:
        unavailable("node is not installed: the glTF validator runs on node")
    if not PACKAGE.is_file():
        unavailable(f"gltf-validator is not installed in {VALIDATOR_DIR} (run make install)")

    def run(path: Path) -> Report:
        done = subprocess.run(
            [str(node), str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
        )
        if done.returncode not in (0, 1):  # 1: the report lists errors
            pytest.fail(f"gltf-validator could not validate {path.name}: {done.stderr}")
        report: Report = json.loads(done.stdout)
        return report

    return run


def summary(report: Report) -> str:
    """Issue counts and every issue but the hints (those are only counted by code)."""
    issues = report["issues"]
    lines = [
        f"{report['uri']}: {issues['numErrors']} errors, {issues['numWarnings']} warnings, "
        f"{issues['numInfos']} infos, {issues['numHints']} hints"
    ]
    hints = collections.Counter(m["code"] for m in issues["messages"] if m["severity"] == HINT)
    lines += [
        f"  [{('error', 'warning', 'info')[m['severity']]}] {m['code']} at "
        f"{m.get('pointer', m.get('offset', '?'))}: {m['message']}"
        for m in issues["messages"]
        if m["severity"] < HINT
    ]
    lines += [f"  [hint] {code} x{count}" for code, count in hints.items()]
    return "\n".join(lines)


def assert_valid(report: Report) -> None:
    """No errors, no warnings, no infos but the allowed ones."""
    messages = report["issues"]["messages"]
    problems = [
        m
        for m in messages
        if m["severity"] in (ERROR, WARNING)
        or (m["severity"] == INFO and m["code"] not in ALLOWED_INFOS)
    ]
    assert report["issues"]["numErrors"] == 0 and not problems, summary(report)
    assert not report["issues"]["truncated"]


def quiet(_fraction: float, _stage: str) -> None:
    """A progress callback that drops the reports."""


def text_result(prompt: str) -> GenerationResult:
    request = GenerationRequest("text_to_3d", seed=3, resolution=64, prompt=prompt)
    return TextEngine().generate(request, quiet, lambda: False)


def disc_on_white() -> np.ndarray:
    """A blue disc on an off-white, opaque background: the border-fill masking path."""
    canvas = np.full((200, 260, 4), (250, 250, 245, 255), np.uint8)
    cv2.circle(canvas, (130, 100), 70, (30, 60, 220, 255), -1)
    return canvas


def star_with_alpha() -> np.ndarray:
    """A five-pointed gold star on a transparent background: the alpha masking path."""
    angles = np.pi / 2 + np.arange(10) * np.pi / 5
    radii = np.where(np.arange(10) % 2 == 0, 120.0, 50.0)
    points = np.column_stack([150 + radii * np.cos(angles), 150 - radii * np.sin(angles)])
    canvas = np.zeros((300, 300, 4), np.uint8)
    cv2.fillPoly(canvas, [points.round().astype(np.int32)], (230, 180, 30, 255))
    return canvas


def view_strip(sizes: list[tuple[int, int]]) -> np.ndarray:
    """Opaque coloured rectangles (height, width) side by side on a transparent strip."""
    height = max(h for h, _ in sizes) + 20
    columns = []
    for index, (h, w) in enumerate(sizes):
        tile = np.zeros((height, w + 20, 4), np.uint8)
        tile[10 : 10 + h, 10 : 10 + w] = (40 + 60 * index, 120, 220 - 50 * index, 255)
        columns.append(tile)
    return np.ascontiguousarray(np.concatenate(columns, axis=1))


def image_result(image: np.ndarray, has_alpha: bool, **fields: Any) -> GenerationResult:
    request = GenerationRequest(
        "image_to_3d", seed=7, resolution=128, image=image, image_has_alpha=has_alpha, **fields
    )
    return ImageEngine().generate(request, quiet, lambda: False)


def multiview_result(sizes: list[tuple[int, int]]) -> GenerationResult:
    request = GenerationRequest(
        "image_to_3d",
        seed=5,
        resolution=128,
        image=view_strip(sizes),
        image_has_alpha=True,
        multi_image=True,
    )
    return MultiViewEngine().generate(request, quiet, lambda: False)


#: name -> how to make that engine output; each is generated once per module
CASES: dict[str, Callable[[], GenerationResult]] = {
    "text-chair": lambda: text_result("a red wooden chair"),
    "text-car": lambda: text_result("a blue sports car"),
    "text-snowman": lambda: text_result("a snowman wearing a hat"),
    "text-abstract": lambda: text_result("the feeling of a quiet sunday"),
    # procedural materials: an atlas plus a metallicRoughness texture
    "text-leather-armchair": lambda: text_result("a black leather armchair"),
    "text-gold-crown": lambda: text_result("a gold crown"),
    "text-brick-house": lambda: text_result("a brick house"),
    "image-alpha-star": lambda: image_result(star_with_alpha(), has_alpha=True),
    "image-border-fill": lambda: image_result(disc_on_white(), has_alpha=False),
    "image-npot-texture": lambda: image_result(star_with_alpha(), True, texture_size=300),
    "multiview-4-views": lambda: multiview_result([(160, 100), (160, 70), (160, 100), (160, 70)]),
    "multiview-2-views": lambda: multiview_result([(120, 120), (120, 60)]),
}


@pytest.fixture(scope="module")
def results() -> dict[str, GenerationResult]:
    """Every case's engine output, generated on first use."""
    return {}


def result_of(results: dict[str, GenerationResult], case: str) -> GenerationResult:
    if case not in results:
        results[case] = CASES[case]()
    return results[case]


def write(
    result: GenerationResult, fmt: str, directory: Path, texture_size: int = 1024
) -> list[Path]:
    """The job's files as the worker writes them (vertex colours baked into a texture)."""
    names, _ = write_outputs(
        result.mesh, result.meta, fmt, directory, "job", False, quiet, texture_size
    )
    return [directory / name for name in names]


def test_the_validator_finds_a_broken_accessor(validate: Validate, tmp_path: Path) -> None:
    # guards the harness: a report that always came back clean would pass every test below
    (path,) = export_mesh(trimesh.creation.box(), "glb", tmp_path, "box")
    gltf = pygltflib.GLTF2().load(str(path))
    position = gltf.meshes[0].primitives[0].attributes.POSITION
    gltf.accessors[position].max = [0.1, 0.1, 0.1]  # the box reaches 0.5
    gltf.save(str(tmp_path / "broken.glb"))

    report = validate(tmp_path / "broken.glb")

    assert report["issues"]["numErrors"] > 0
    assert "ACCESSOR_MAX_MISMATCH" in {m["code"] for m in report["issues"]["messages"]}
    with pytest.raises(AssertionError, match="ACCESSOR_MAX_MISMATCH"):
        assert_valid(report)


@pytest.mark.parametrize("case", list(CASES))
def test_glb_passes_the_validator(
    validate: Validate, results: dict[str, GenerationResult], case: str, tmp_path: Path
) -> None:
    result = result_of(results, case)
    (path,) = write(result, "glb", tmp_path)

    report = validate(path)

    assert_valid(report)
    assert report["info"]["hasTextures"], summary(report)  # text colours are baked too
    assert report["info"]["totalTriangleCount"] == len(result.mesh.faces)


def test_material_glb_keeps_per_part_pbr_within_texture_size(
    validate: Validate, results: dict[str, GenerationResult], tmp_path: Path
) -> None:
    (path,) = write(result_of(results, "text-gold-crown"), "glb", tmp_path, texture_size=300)

    report = validate(path)

    assert_valid(report)
    gltf = pygltflib.GLTF2().load(str(path))
    pbr = gltf.materials[0].pbrMetallicRoughness
    assert pbr.metallicRoughnessTexture is not None  # gold band and plain jewels differ
    assert (pbr.metallicFactor, pbr.roughnessFactor) == (1.0, 1.0)
    sizes = [
        (resource["image"]["width"], resource["image"]["height"])
        for resource in report["info"]["resources"]
        if "image" in resource
    ]
    assert len(sizes) == 2 and all(max(size) <= 300 for size in sizes), sizes


def test_glb_with_vertex_colours_passes_the_validator(validate: Validate, tmp_path: Path) -> None:
    # export_mesh without the worker's palette bake: COLOR_0 instead of a texture
    (path,) = export_mesh(text_result("a red wooden chair").mesh, "glb", tmp_path, "job")

    report = validate(path)

    assert_valid(report)
    gltf = pygltflib.GLTF2().load(str(path))
    assert gltf.meshes[0].primitives[0].attributes.COLOR_0 is not None


@pytest.mark.parametrize("case", ["text-chair", "image-border-fill", "multiview-4-views"])
def test_obj_stl_and_ply_of_engine_outputs_reload(
    results: dict[str, GenerationResult], case: str, tmp_path: Path
) -> None:
    result = result_of(results, case)

    obj = trimesh.load(write(result, "obj", tmp_path)[0], force="mesh")
    assert isinstance(obj.visual, trimesh.visual.TextureVisuals)
    assert obj.visual.material.image is not None  # the .mtl found its .png
    stl = trimesh.load(write(result, "stl", tmp_path)[0], force="mesh")
    assert stl.is_watertight and stl.is_winding_consistent and stl.volume > 0
    # unprocessed: trimesh would merge the duplicated UV-seam vertices on load
    ply = trimesh.load(write(result, "ply", tmp_path)[0], force="mesh", process=False)
    assert len(ply.vertices) == len(result.mesh.vertices)
    assert ply.visual.kind == "vertex"
    np.testing.assert_array_equal(ply.visual.vertex_colors, vertex_colors(result.mesh))
