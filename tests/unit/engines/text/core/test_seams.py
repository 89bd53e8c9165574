"""Seam sharpening keeps the mesh closed and confines colour blends to a thin band."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
import trimesh
from numpy.typing import NDArray

from meshforge.engines.text.core.seams import sharpen_seams

BAND_M = 0.01


def coloured(
    mesh: trimesh.Trimesh, in_part: NDArray[np.bool_]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Face and vertex colour ids: 1 for faces in the part, whose vertices own the seam."""
    face_color = in_part.astype(np.int64)
    vertex_color = np.zeros(len(mesh.vertices), dtype=np.int64)
    vertex_color[mesh.faces[in_part].ravel()] = 1
    return face_color, vertex_color


def slat() -> trimesh.Trimesh:
    """A long box: every side is two triangles from end to end."""
    return trimesh.creation.box(extents=(10.0, 1.0, 1.0))


def ball() -> trimesh.Trimesh:
    """A sphere fine enough for seams of every shape."""
    return trimesh.creation.icosphere(subdivisions=3)


@pytest.mark.parametrize(
    ("make", "in_part"),
    [
        (slat, lambda mesh: mesh.triangles_center[:, 0] > 4.9),  # the end cap
        (ball, lambda mesh: mesh.triangles_center[:, 2] > 0.5),  # a polar cap
        (ball, lambda mesh: np.abs(mesh.triangles_center[:, 1]) < 0.2),  # a band round it
    ],
)
def test_blends_stay_near_the_part_and_the_mesh_stays_closed(
    make: Callable[[], trimesh.Trimesh], in_part: Callable[[trimesh.Trimesh], NDArray[np.bool_]]
) -> None:
    mesh = make()
    part = in_part(mesh)
    face_color, vertex_color = coloured(mesh, part)
    owners = mesh.vertices[vertex_color == 1]
    vertices, faces, colors = sharpen_seams(
        mesh.vertices, mesh.faces, face_color, vertex_color, BAND_M
    )
    sharpened = trimesh.Trimesh(vertices, faces, process=False)
    assert sharpened.is_watertight
    assert sharpened.volume == pytest.approx(mesh.volume)  # new vertices lie on old faces
    assert len(colors) == len(vertices)
    corners = colors[faces]
    mixed = faces[(corners != corners[:, :1]).any(axis=1)]
    distance = np.linalg.norm(vertices[mixed.ravel()][:, None] - owners[None], axis=2).min(axis=1)
    assert distance.max() <= BAND_M + 1e-9
    # the part's faces are not cut; the rest loses only faces lying wholly on seam vertices
    areas = sharpened.area_faces
    assert areas[(corners == 1).all(axis=1)].sum() == pytest.approx(mesh.area_faces[part].sum())
    assert areas[(corners == 0).all(axis=1)].sum() > 0.95 * mesh.area_faces[~part].sum()


def test_a_mesh_of_one_colour_is_left_alone() -> None:
    mesh = ball()
    face_color = np.zeros(len(mesh.faces), dtype=np.int64)
    vertex_color = np.zeros(len(mesh.vertices), dtype=np.int64)
    vertices, faces, colors = sharpen_seams(
        mesh.vertices, mesh.faces, face_color, vertex_color, BAND_M
    )
    assert vertices is mesh.vertices and faces is mesh.faces and colors is vertex_color
