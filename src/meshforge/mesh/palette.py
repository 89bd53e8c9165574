"""Bake per-vertex colours into a small palette texture, so glb and obj carry a real texture.

Template meshes are coloured per part. glTF viewers and OBJ readers handle a base colour
texture far more consistently than vertex colours, so each distinct colour gets a cell in a
tiny image and every face's UVs point at the centre of its cell. Vertices are split only
where two colours meet, so shading stays smooth inside each part.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.mesh.texture import texture_visuals

#: edge of one palette cell in pixels: wide enough that linear filtering never mixes cells
CELL_PX = 8


def face_colors(mesh: trimesh.Trimesh) -> NDArray[np.uint8]:
    """One RGBA colour per face: the colour most of its three vertices carry."""
    visual: Any = mesh.visual  # ColorVisuals: callers check the visual kind
    colors = np.asarray(visual.vertex_colors, np.uint8)[mesh.faces]  # (F, 3, 4)
    first, second, third = colors[:, 0], colors[:, 1], colors[:, 2]
    # of three vertices at least two agree unless all differ; then the first one wins
    take_second = np.all(second == third, axis=1) & ~np.all(first == second, axis=1)
    return np.where(take_second[:, None], second, first)


def bake_palette(
    mesh: trimesh.Trimesh, metallic: float = 0.0, roughness: float = 0.9
) -> trimesh.Trimesh:
    """A copy of a vertex-coloured mesh with UVs into a palette texture (PBR base colour)."""
    per_face = face_colors(mesh)
    palette, face_cell = np.unique(per_face, axis=0, return_inverse=True)
    face_cell = face_cell.reshape(-1)
    # a vertex is duplicated once per colour among the faces that use it
    corner_keys = np.stack([mesh.faces.reshape(-1), np.repeat(face_cell, 3)], axis=1)
    unique_keys, corner_to_vertex = np.unique(corner_keys, axis=0, return_inverse=True)
    faces = corner_to_vertex.reshape(-1, 3)
    vertices = np.asarray(mesh.vertices)[unique_keys[:, 0]]

    columns = int(np.ceil(np.sqrt(len(palette))))
    rows = int(np.ceil(len(palette) / columns))
    image = np.zeros((rows * CELL_PX, columns * CELL_PX, 3), np.uint8)
    for index, color in enumerate(palette):
        row, column = divmod(index, columns)
        image[row * CELL_PX : (row + 1) * CELL_PX, column * CELL_PX : (column + 1) * CELL_PX] = (
            color[:3]
        )
    cell = unique_keys[:, 1]
    cell_row, cell_column = np.divmod(cell, columns)
    uv = np.stack(
        [(cell_column + 0.5) / columns, 1.0 - (cell_row + 0.5) / rows], axis=1
    )  # glTF/OBJ UV origin is the bottom-left corner
    baked = trimesh.Trimesh(vertices=vertices, faces=faces, process=False)
    baked.visual = texture_visuals(uv, Image.fromarray(image, "RGB"), metallic, roughness)
    return baked
