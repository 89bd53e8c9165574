"""Bake per-vertex colours into a texture, so glb and obj carry a real texture.

Template meshes are coloured per part. glTF viewers and OBJ readers handle a base colour
texture far more consistently than vertex colours. Plain colours get a cell each in a tiny
image with every face's UVs at the centre of its cell; faces tagged with a material
(:mod:`meshforge.mesh.materials`) get a procedural pattern in an atlas. Vertices are split only
where regions meet, so shading stays smooth inside each part.
"""

from __future__ import annotations

import trimesh

from meshforge.mesh.materials import CELL_PX, bake_materials, face_colors

__all__ = ["CELL_PX", "bake_palette", "face_colors"]


def bake_palette(
    mesh: trimesh.Trimesh,
    metallic: float = 0.0,
    roughness: float = 0.9,
    texture_size: int = 1024,
) -> trimesh.Trimesh:
    """A copy of a vertex-coloured mesh with UVs into a palette or material atlas (PBR).

    ``metallic``/``roughness`` apply to faces without factors of their own; the atlas is at
    most ``texture_size`` pixels on a side.
    """
    return bake_materials(mesh, texture_size, metallic, roughness)
