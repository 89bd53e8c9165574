"""USDZ and 3MF outputs: read back with pxr and lib3mf/trimesh, the same mesh as the GLB.

The USDZ must open in iOS Quick Look: USD's own validators (package layout, shader
compliance, stage metadata, material bindings) run on every file, and the zip layout (stored,
64-byte aligned) is checked byte by byte.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lib3mf
import numpy as np
import pytest
import trimesh
from PIL import Image
from pxr import Sdf, Usd, UsdGeom, UsdShade, UsdValidation

from meshforge.mesh.export import export_mesh
from meshforge.mesh.texture import texture_visuals, vertex_colors

RED, BLUE = (220, 30, 30), (30, 30, 220)


def textured_sphere(packed_pbr: bool = False) -> trimesh.Trimesh:
    """A sphere whose texture is red on the left half (u < 0.5), blue on the right."""
    mesh = trimesh.creation.icosphere(subdivisions=3)
    uv = (mesh.vertices[:, :2] + 1.0) / 2.0
    pixels = np.zeros((64, 64, 3), np.uint8)
    pixels[:, :32], pixels[:, 32:] = RED, BLUE
    packed = Image.new("RGB", (8, 8), (0, 128, 255)) if packed_pbr else None
    mesh.visual = texture_visuals(uv, Image.fromarray(pixels), 0.25, 0.5, packed)
    return mesh


def colored_box() -> trimesh.Trimesh:
    """A box whose vertices above the middle are yellow and the rest green."""
    mesh = trimesh.creation.box()
    colors = np.where(mesh.vertices[:, 1:2] > 0, [[250, 220, 20, 255]], [[20, 200, 40, 255]])
    mesh.visual.vertex_colors = colors.astype(np.uint8)
    return mesh


def stage_of(path: Path) -> tuple[Usd.Stage, UsdGeom.Mesh, UsdShade.Shader]:
    """The stage in ``path``, its one mesh and the surface shader bound to it."""
    stage = Usd.Stage.Open(str(path))
    meshes = [UsdGeom.Mesh(prim) for prim in stage.Traverse() if prim.IsA(UsdGeom.Mesh)]
    assert len(meshes) == 1
    material, _ = UsdShade.MaterialBindingAPI(meshes[0].GetPrim()).ComputeBoundMaterial()
    assert material, "the mesh has no bound material"
    surface = material.ComputeSurfaceSource()[0]
    assert surface.GetIdAttr().Get() == "UsdPreviewSurface"
    return stage, meshes[0], surface


def upstream(shader: UsdShade.Shader, name: str) -> tuple[UsdShade.Shader, str]:
    """The shader and output connected to ``shader``'s input ``name``."""
    source, output, _ = shader.GetInput(name).GetConnectedSource()
    return UsdShade.Shader(source.GetPrim()), output


def validation_errors(stage: Usd.Stage) -> list[str]:
    """Every error USD's registered validators find in the stage (packaging included)."""
    registry = UsdValidation.ValidationRegistry()
    validators = [
        registry.GetOrLoadValidatorByName(meta.name)
        for meta in registry.GetAllValidatorMetadata()
        if meta.name.split(":")[0]
        in ("usdValidation", "usdUtilsValidators", "usdGeomValidators", "usdShadeValidators")
    ]
    assert len(validators) > 10
    errors = UsdValidation.ValidationContext(validators).Validate(stage)
    return [f"{error.GetName()}: {error.GetMessage()}" for error in errors]


def glb_points(mesh: trimesh.Trimesh, tmp_path: Path) -> np.ndarray:
    """The vertices the GLB output of ``mesh`` carries, as read back."""
    (glb,) = export_mesh(mesh, "glb", tmp_path / "glb", "same")
    return np.asarray(trimesh.load(glb, force="mesh", process=False).vertices)


def test_a_textured_usdz_has_the_glb_mesh_its_uvs_and_texture(tmp_path: Path) -> None:
    mesh = textured_sphere()
    (path,) = export_mesh(mesh, "usdz", tmp_path, "job")

    assert path == tmp_path / "job.usdz"
    stage, geom, surface = stage_of(path)
    assert UsdGeom.GetStageUpAxis(stage) == UsdGeom.Tokens.y
    assert UsdGeom.GetStageMetersPerUnit(stage) == 1.0
    assert stage.GetDefaultPrim().GetPath() == Sdf.Path("/Model")
    points = np.asarray(geom.GetPointsAttr().Get())
    np.testing.assert_allclose(points, glb_points(mesh, tmp_path), atol=1e-6)
    assert np.asarray(geom.GetFaceVertexIndicesAttr().Get()).reshape(-1, 3).tolist() == (
        mesh.faces.tolist()
    )
    assert set(geom.GetFaceVertexCountsAttr().Get()) == {3}
    assert geom.GetSubdivisionSchemeAttr().Get() == UsdGeom.Tokens.none
    normals = np.asarray(geom.GetNormalsAttr().Get())
    np.testing.assert_allclose(normals, mesh.vertex_normals, atol=1e-5)
    st = UsdGeom.PrimvarsAPI(geom).GetPrimvar("st")
    assert st.GetInterpolation() == UsdGeom.Tokens.vertex
    np.testing.assert_allclose(np.asarray(st.Get()), mesh.visual.uv, atol=1e-6)

    texture, output = upstream(surface, "diffuseColor")
    assert texture.GetIdAttr().Get() == "UsdUVTexture" and output == "rgb"
    asset = texture.GetInput("file").Get()
    with Image.open(io.BytesIO(bytes(asset_bytes(path, asset.path)))) as image:
        pixels = np.asarray(image.convert("RGB"))
    assert pixels[10, 5].tolist() == list(RED) and pixels[10, 60].tolist() == list(BLUE)
    assert surface.GetInput("metallic").Get() == pytest.approx(0.25)
    assert surface.GetInput("roughness").Get() == pytest.approx(0.5)
    assert validation_errors(stage) == []


def asset_bytes(package: Path, name: str) -> bytes:
    """A file inside the usdz package."""
    with zipfile.ZipFile(package) as archive:
        return archive.read(name.removeprefix("./"))


def test_the_package_is_stored_and_64_byte_aligned_as_quick_look_requires(
    tmp_path: Path,
) -> None:
    (path,) = export_mesh(textured_sphere(packed_pbr=True), "usdz", tmp_path, "job")

    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        assert entries[0].filename.endswith(".usdc")  # the root layer comes first
        assert {entry.filename.rsplit(".", 1)[1] for entry in entries} == {"usdc", "png"}
        for entry in entries:
            assert entry.compress_type == zipfile.ZIP_STORED
            # the data starts after the 30-byte local header, the name and the extra field
            header = data[entry.header_offset : entry.header_offset + 30]
            name_length, extra_length = (
                int.from_bytes(header[i : i + 2], "little") for i in (26, 28)
            )
            assert (entry.header_offset + 30 + name_length + extra_length) % 64 == 0


def test_a_metallic_roughness_texture_drives_both_inputs(tmp_path: Path) -> None:
    (path,) = export_mesh(textured_sphere(packed_pbr=True), "usdz", tmp_path, "job")

    stage, _, surface = stage_of(path)
    roughness, channel_r = upstream(surface, "roughness")
    metallic, channel_m = upstream(surface, "metallic")
    assert roughness.GetPath() == metallic.GetPath()
    assert (channel_r, channel_m) == ("g", "b")  # glTF's packing
    assert roughness.GetInput("sourceColorSpace").Get() == "raw"
    assert tuple(roughness.GetInput("scale").Get())[1:3] == pytest.approx((0.5, 0.25))
    assert validation_errors(stage) == []


def test_a_vertex_coloured_usdz_carries_display_color(tmp_path: Path) -> None:
    mesh = colored_box()
    (path,) = export_mesh(mesh, "usdz", tmp_path, "box")

    stage, geom, surface = stage_of(path)
    display = UsdGeom.PrimvarsAPI(geom).GetPrimvar("displayColor")
    assert display.GetInterpolation() == UsdGeom.Tokens.vertex
    colors = np.asarray(display.Get())
    top = mesh.vertices[:, 1] > 0
    # linear values of sRGB (250, 220, 20) and (20, 200, 40)
    np.testing.assert_allclose(colors[top][0], [0.956, 0.716, 0.007], atol=0.005)
    np.testing.assert_allclose(colors[~top][0], [0.007, 0.578, 0.021], atol=0.005)
    reader, _ = upstream(surface, "diffuseColor")
    assert reader.GetIdAttr().Get() == "UsdPrimvarReader_float3"
    assert reader.GetInput("varname").Get() == "displayColor"
    assert validation_errors(stage) == []


def read_3mf(path: Path) -> tuple[Any, Any, Any]:
    """The lib3mf model in ``path``, its one mesh object and its colour group."""
    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    model.QueryReader("3mf").ReadFromFile(str(path))
    objects = model.GetMeshObjects()
    assert objects.MoveNext()
    part = objects.GetCurrentMeshObject()
    assert not objects.MoveNext()
    groups = model.GetColorGroups()
    assert groups.MoveNext()
    return model, part, groups.GetCurrentColorGroup()


@pytest.mark.parametrize("make", [textured_sphere, colored_box])
def test_a_3mf_has_the_mesh_in_metres_and_its_colours_per_corner(
    tmp_path: Path, make: Callable[[], trimesh.Trimesh]
) -> None:
    mesh = make()
    (path,) = export_mesh(mesh, "3mf", tmp_path, "job")

    model, part, group = read_3mf(path)
    assert model.GetUnit() == lib3mf.ModelUnit.Meter
    assert part.GetTriangleCount() == len(mesh.faces)
    assert part.IsManifoldAndOriented()
    wrapper = lib3mf.get_wrapper()
    expected = vertex_colors(mesh)
    for face in range(0, len(mesh.faces), 7):
        properties = part.GetTriangleProperties(face)
        assert properties.ResourceID == group.GetResourceID()
        for corner in range(3):
            color = group.GetColor(properties.PropertyIDs[corner])
            rgba = wrapper.ColorToRGBA(color)
            assert list(rgba) == expected[mesh.faces[face, corner]].tolist()

    loaded = trimesh.load(path, force="mesh", process=False)
    np.testing.assert_allclose(
        np.sort(loaded.vertices, axis=0), np.sort(glb_points(mesh, tmp_path), axis=0), atol=1e-6
    )
    assert len(loaded.faces) == len(mesh.faces)
