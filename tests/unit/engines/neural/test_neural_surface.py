"""From a field on a grid to a closed mesh in glTF axes (numpy only, no torch)."""

from __future__ import annotations

import numpy as np
import pytest

from meshforge.engines.neural.surface import (
    Z_UP_TO_Y_UP,
    EmptyShape,
    grid_points,
    surface_from_field,
    to_gltf_axes,
)


def _field(size: int, distance) -> np.ndarray:
    points = grid_points(size, -1.0, 1.0)
    return distance(points).reshape(size, size, size)


def test_a_sphere_becomes_a_closed_outward_mesh_of_the_right_size() -> None:
    field = _field(48, lambda p: 0.6 - np.linalg.norm(p, axis=1))  # positive inside

    surface = surface_from_field(field, -1.0, 1.0)

    assert surface.watertight and surface.mesh.volume > 0
    radius = np.linalg.norm(surface.mesh.vertices, axis=1)
    assert abs(radius.mean() - 0.6) < 0.02


def test_a_shape_cut_by_the_box_is_closed_at_the_box() -> None:
    field = _field(32, lambda p: 1.5 - np.linalg.norm(p, axis=1))  # bigger than the box

    surface = surface_from_field(field, -1.0, 1.0)

    assert surface.watertight
    assert np.allclose(surface.mesh.bounds, [[-1, -1, -1], [1, 1, 1]], atol=0.05)


def test_small_floaters_are_dropped() -> None:
    def two_blobs(p: np.ndarray) -> np.ndarray:
        big = 0.5 - np.linalg.norm(p, axis=1)
        speck = 0.07 - np.linalg.norm(p - [0.8, 0.8, 0.8], axis=1)
        return np.maximum(big, speck)

    surface = surface_from_field(_field(64, two_blobs), -1.0, 1.0)

    assert surface.floaters_dropped == 1 and len(surface.mesh.split()) == 1


@pytest.mark.parametrize("value", [1.0, -1.0])
def test_a_field_without_a_surface_says_so(value: float) -> None:
    with pytest.raises(EmptyShape, match="no surface"):
        surface_from_field(np.full((8, 8, 8), value), -1.0, 1.0)


def test_model_axes_turn_into_gltf_axes() -> None:
    # a thin post standing on the model's +Z, leaning to its front (-Y)
    def post(p: np.ndarray) -> np.ndarray:
        return 0.15 - np.abs(p[:, 0]) - np.abs(p[:, 1] + 0.3 * (p[:, 2] > 0.5))

    mesh = to_gltf_axes(surface_from_field(_field(40, post), -1.0, 1.0).mesh, Z_UP_TO_Y_UP)

    extents = mesh.extents
    assert extents[1] > 2 * extents[0]  # tall along +Y now
    assert np.allclose(mesh.bounds.mean(axis=0), 0, atol=1e-6)
    top = mesh.vertices[mesh.vertices[:, 1] > 0.6]
    assert top[:, 2].mean() > 0.1  # what faced -Y (the model's front) now faces +Z
