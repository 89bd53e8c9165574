"""USDZ for AR viewers (iOS Quick Look): one mesh, a UsdPreviewSurface, its texture packaged.

The stage follows Apple's rules for Quick Look: Y up, metres, a default prim, a single
``UsdGeom.Mesh`` with ``subdivisionScheme = none`` (else viewers smooth it and ignore the
normals), an ``st`` primvar read by the material, PNG textures, and the package written by
USD's ARKit packager (files stored uncompressed and 64-byte aligned, as the usdz format
requires). ``pxr`` (usd-core, about 150 MB on disk) is imported here only, and this module
only when a usdz is asked for, so the server starts without it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.mesh.texture import texture_image, vertex_colors

#: names inside the package; the stem of the job names only the .usdz itself
_LAYER = "model.usdc"
_BASE_COLOR_PNG = "base_color.png"
_METALLIC_ROUGHNESS_PNG = "metallic_roughness.png"


def usdz_bytes(mesh: trimesh.Trimesh) -> bytes:
    """The mesh as a USDZ package: texture when it has one, else its vertex colours."""
    from pxr import UsdUtils

    with tempfile.TemporaryDirectory(prefix="meshforge-usdz-") as scratch:
        folder = Path(scratch)
        layer = folder / _LAYER
        _write_stage(mesh, layer, folder)
        package = folder / "model.usdz"
        if not UsdUtils.CreateNewARKitUsdzPackage(str(layer), str(package)):
            raise RuntimeError("USD could not package the model as usdz")
        return package.read_bytes()


def _write_stage(mesh: trimesh.Trimesh, layer: Path, folder: Path) -> None:
    """Write the stage (and its PNG textures) into ``folder``."""
    from pxr import Gf, Sdf, Usd, UsdGeom, UsdShade, Vt

    stage = Usd.Stage.CreateNew(str(layer))
    UsdGeom.SetStageUpAxis(stage, UsdGeom.Tokens.y)
    UsdGeom.SetStageMetersPerUnit(stage, UsdGeom.LinearUnits.meters)
    root = UsdGeom.Xform.Define(stage, "/Model")
    stage.SetDefaultPrim(root.GetPrim())

    geom = UsdGeom.Mesh.Define(stage, "/Model/Geometry")
    vertices = np.asarray(mesh.vertices, np.float32)
    faces = np.asarray(mesh.faces, np.int32)
    geom.CreatePointsAttr(Vt.Vec3fArray.FromNumpy(vertices))
    geom.CreateFaceVertexCountsAttr(Vt.IntArray.FromNumpy(np.full(len(faces), 3, np.int32)))
    geom.CreateFaceVertexIndicesAttr(Vt.IntArray.FromNumpy(faces.ravel()))
    geom.CreateSubdivisionSchemeAttr(UsdGeom.Tokens.none)
    geom.CreateOrientationAttr(UsdGeom.Tokens.rightHanded)  # glTF's counter-clockwise fronts
    geom.CreateDoubleSidedAttr(False)
    lower, upper = vertices.min(axis=0), vertices.max(axis=0)
    geom.CreateExtentAttr(
        Vt.Vec3fArray([Gf.Vec3f(*map(float, lower)), Gf.Vec3f(*map(float, upper))])
    )
    geom.CreateNormalsAttr(Vt.Vec3fArray.FromNumpy(np.asarray(mesh.vertex_normals, np.float32)))
    geom.SetNormalsInterpolation(UsdGeom.Tokens.vertex)

    primvars = UsdGeom.PrimvarsAPI(geom)
    UsdGeom.Scope.Define(stage, "/Model/Materials")
    material = UsdShade.Material.Define(stage, "/Model/Materials/Surface")
    surface = UsdShade.Shader.Define(stage, "/Model/Materials/Surface/PreviewSurface")
    surface.CreateIdAttr("UsdPreviewSurface")
    material.CreateSurfaceOutput().ConnectToSource(surface.ConnectableAPI(), "surface")
    metallic, roughness = _pbr_factors(mesh)

    image = texture_image(mesh)
    visual = mesh.visual
    if image is not None and isinstance(visual, trimesh.visual.TextureVisuals):
        st = primvars.CreatePrimvar("st", Sdf.ValueTypeNames.TexCoord2fArray, UsdGeom.Tokens.vertex)
        st.Set(Vt.Vec2fArray.FromNumpy(np.asarray(visual.uv, np.float32)))
        reader = UsdShade.Shader.Define(stage, "/Model/Materials/Surface/TexCoords")
        reader.CreateIdAttr("UsdPrimvarReader_float2")
        reader.CreateInput("varname", Sdf.ValueTypeNames.String).Set("st")
        coords = reader.CreateOutput("result", Sdf.ValueTypeNames.Float2)
        _png(image, folder / _BASE_COLOR_PNG)
        base = _texture(stage, "BaseColor", _BASE_COLOR_PNG, "sRGB", coords)
        surface.CreateInput("diffuseColor", Sdf.ValueTypeNames.Color3f).ConnectToSource(
            base.CreateOutput("rgb", Sdf.ValueTypeNames.Float3)
        )
        packed = getattr(visual.material, "metallicRoughnessTexture", None)
        if isinstance(packed, Image.Image):
            # glTF packs roughness in G and metallic in B; the factors scale them
            _png(packed, folder / _METALLIC_ROUGHNESS_PNG)
            factors = _texture(stage, "MetallicRoughness", _METALLIC_ROUGHNESS_PNG, "raw", coords)
            factors.CreateInput("scale", Sdf.ValueTypeNames.Float4).Set(
                Gf.Vec4f(1.0, roughness, metallic, 1.0)
            )
            for name, channel in (("roughness", "g"), ("metallic", "b")):
                surface.CreateInput(name, Sdf.ValueTypeNames.Float).ConnectToSource(
                    factors.CreateOutput(channel, Sdf.ValueTypeNames.Float)
                )
    else:
        # Vertex colours: displayColor for viewers that show it, read by the material too
        display = primvars.CreatePrimvar(
            "displayColor", Sdf.ValueTypeNames.Color3fArray, UsdGeom.Tokens.vertex
        )
        display.Set(Vt.Vec3fArray.FromNumpy(_linear_rgb(vertex_colors(mesh))))
        reader = UsdShade.Shader.Define(stage, "/Model/Materials/Surface/DisplayColor")
        reader.CreateIdAttr("UsdPrimvarReader_float3")
        reader.CreateInput("varname", Sdf.ValueTypeNames.String).Set("displayColor")
        surface.CreateInput("diffuseColor", Sdf.ValueTypeNames.Color3f).ConnectToSource(
            reader.CreateOutput("result", Sdf.ValueTypeNames.Float3)
        )
    for name, value in (("metallic", metallic), ("roughness", roughness)):
        shader_input = surface.GetInput(name) or surface.CreateInput(name, Sdf.ValueTypeNames.Float)
        if not shader_input.HasConnectedSource():
            shader_input.Set(value)
    UsdShade.MaterialBindingAPI.Apply(geom.GetPrim()).Bind(material)
    stage.GetRootLayer().Save()


def _texture(stage: Any, name: str, file_name: str, color_space: str, coords: Any) -> Any:
    """A UsdUVTexture reading ``file_name`` (relative to the layer) at ``coords``."""
    from pxr import Sdf, UsdShade

    shader = UsdShade.Shader.Define(stage, f"/Model/Materials/Surface/{name}")
    shader.CreateIdAttr("UsdUVTexture")
    shader.CreateInput("file", Sdf.ValueTypeNames.Asset).Set(f"./{file_name}")
    shader.CreateInput("st", Sdf.ValueTypeNames.Float2).ConnectToSource(coords)
    shader.CreateInput("sourceColorSpace", Sdf.ValueTypeNames.Token).Set(color_space)
    # Our atlases keep every UV inside its tile; clamping stops bleeding across the edge.
    shader.CreateInput("wrapS", Sdf.ValueTypeNames.Token).Set("clamp")
    shader.CreateInput("wrapT", Sdf.ValueTypeNames.Token).Set("clamp")
    return shader


def _png(image: Image.Image, path: Path) -> None:
    """Save as an 8-bit RGB PNG: Quick Look does not read palette or 16-bit PNGs reliably."""
    image.convert("RGB").save(path, format="PNG")


def _pbr_factors(mesh: trimesh.Trimesh) -> tuple[float, float]:
    """The material's metallic and roughness factors (glTF's defaults when it has none)."""
    material = getattr(mesh.visual, "material", None)
    metallic = getattr(material, "metallicFactor", None)
    roughness = getattr(material, "roughnessFactor", None)
    return (
        0.0 if metallic is None else float(metallic),
        0.9 if roughness is None else float(roughness),
    )


def _linear_rgb(colors: NDArray[np.uint8]) -> NDArray[np.float32]:
    """sRGB 8-bit colours as linear floats (displayColor is linear, like all USD colours)."""
    srgb = colors[:, :3].astype(np.float32) / 255.0
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    return np.ascontiguousarray(linear, np.float32)
