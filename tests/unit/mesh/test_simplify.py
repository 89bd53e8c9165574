"""simplify: removes the requested share of faces, keeps colours/UVs, stays watertight."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from PIL import Image

from meshforge.mesh import simplify as simplify_module
from meshforge.mesh.simplify import simplify
from meshforge.mesh.texture import texture_visuals


def sphere() -> trimesh.Trimesh:
    """81,920 faces, watertight."""
    return trimesh.creation.icosphere(subdivisions=6)


@pytest.mark.parametrize("mesh_simplify", [0.90, 0.95, 0.98])
def test_removes_about_the_requested_share_of_faces(mesh_simplify: float) -> None:
    mesh = sphere()

    result = simplify(mesh, mesh_simplify)

    removed = 1.0 - len(result.faces) / len(mesh.faces)
    assert removed == pytest.approx(mesh_simplify, abs=0.005)
    assert result.is_watertight
    assert result.volume == pytest.approx(mesh.volume, rel=0.02)


def test_max_faces_caps_the_result() -> None:
    result = simplify(sphere(), 0.90, max_faces=1000)

    assert 900 <= len(result.faces) <= 1000


def test_a_torus_keeps_its_hole() -> None:
    torus = trimesh.creation.torus(major_radius=1.0, minor_radius=0.3, major_sections=128)

    result = simplify(torus, 0.95)

    assert result.is_watertight
    assert result.euler_number == 0


def test_uvs_follow_the_nearest_original_vertex() -> None:
    mesh = sphere()
    uv = (mesh.vertices[:, :2] + 1.0) / 2.0
    mesh.visual = texture_visuals(uv, Image.new("RGB", (8, 8), (200, 10, 10)))

    result = simplify(mesh, 0.95)

    assert isinstance(result.visual, trimesh.visual.TextureVisuals)
    expected = (result.vertices[:, :2] + 1.0) / 2.0
    assert np.abs(result.visual.uv - expected).max() < 0.05
    assert result.visual.material.baseColorTexture.size == (8, 8)


def test_vertex_colours_follow_the_nearest_original_vertex() -> None:
    mesh = sphere()
    colors = np.where(mesh.vertices[:, :1] < 0, [255, 0, 0, 255], [0, 0, 255, 255])
    mesh.visual = trimesh.visual.ColorVisuals(vertex_colors=colors.astype(np.uint8))

    result = simplify(mesh, 0.95)

    result_colors = result.visual.vertex_colors
    assert np.all(result_colors[result.vertices[:, 0] < -0.1, 0] == 255)
    assert np.all(result_colors[result.vertices[:, 0] > 0.1, 2] == 255)


def test_a_pinched_decimation_is_redone_with_more_faces(monkeypatch: pytest.MonkeyPatch) -> None:
    real = simplify_module.fast_simplification.simplify
    calls: list[int] = []

    def pinching_once(vertices: np.ndarray, faces: np.ndarray, **options: object):
        calls.append(int(options["target_count"]))  # type: ignore[call-overload]
        out_vertices, out_faces = real(vertices, faces, **options)
        return (out_vertices, out_faces[1:]) if len(calls) == 1 else (out_vertices, out_faces)

    monkeypatch.setattr(simplify_module.fast_simplification, "simplify", pinching_once)
    result = simplify(sphere(), 0.95)

    assert result.is_watertight
    assert len(calls) == 2
    assert calls[1] > calls[0]


def test_zero_reduction_returns_a_copy() -> None:
    mesh = sphere()

    result = simplify(mesh, 0.0)

    assert result is not mesh
    assert len(result.faces) == len(mesh.faces)


@pytest.mark.parametrize("mesh_simplify", [-0.1, 1.0, 1.5])
def test_out_of_range_share_is_refused(mesh_simplify: float) -> None:
    with pytest.raises(ValueError, match="mesh_simplify"):
        simplify(sphere(), mesh_simplify)
