"""3MF for slicers and printers, written by lib3mf (the 3MF Consortium's reference library).

Colour goes in as a materials-extension colour group, one colour per triangle corner, taken
from the mesh's vertex colours (a texture is sampled at each vertex, as for PLY): slicers
that paint by colour read it, and the rest still get the exact geometry. Sizes are kept in
metres (``unit="meter"``), the unit of our glTF output, so a slicer shows the model's real size.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import trimesh

from meshforge.mesh.texture import vertex_colors


def threemf_bytes(mesh: trimesh.Trimesh) -> bytes:
    """The mesh as a 3MF package with per-vertex colours."""
    import lib3mf

    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    model.SetUnit(lib3mf.ModelUnit.Meter)
    part = model.AddMeshObject()
    part.SetName("model")
    vertices = np.asarray(mesh.vertices, np.float32)
    faces = np.asarray(mesh.faces, np.uint32)
    # The bindings copy from sequences of their ctypes structs: view the numpy rows as those.
    positions = (lib3mf.Position * len(vertices)).from_buffer_copy(np.ascontiguousarray(vertices))
    triangles = (lib3mf.Triangle * len(faces)).from_buffer_copy(np.ascontiguousarray(faces))
    part.SetGeometry(positions, triangles)

    # One colour-group entry per distinct colour keeps the file small for flat-coloured parts.
    palette, vertex_entry = np.unique(vertex_colors(mesh), axis=0, return_inverse=True)
    group = model.AddColorGroup()
    entry_ids = np.array(
        [group.AddColor(wrapper.RGBAToColor(*map(int, rgba))) for rgba in palette], np.uint32
    )
    group_id = group.GetResourceID()
    corner_ids = entry_ids[np.asarray(vertex_entry).ravel()][faces]
    properties = np.empty(len(faces), np.dtype([("resource", np.uint32), ("ids", np.uint32, 3)]))
    properties["resource"] = group_id
    properties["ids"] = corner_ids
    part.SetAllTriangleProperties(
        (lib3mf.TriangleProperties * len(faces)).from_buffer_copy(properties)
    )
    part.SetObjectLevelProperty(group_id, int(corner_ids[0, 0]))
    model.AddBuildItem(part, wrapper.GetIdentityTransform())

    with tempfile.TemporaryDirectory(prefix="meshforge-3mf-") as scratch:
        target = Path(scratch) / "model.3mf"
        model.QueryWriter("3mf").WriteToFile(str(target))
        return target.read_bytes()
