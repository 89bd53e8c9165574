"""export_mesh: formats that reload, stem-named companions, atomic writes; previews.

USDZ (which trimesh does not read) and 3MF in detail: test_usdz_and_3mf.py.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pygltflib
import pytest
import trimesh
from PIL import Image

from meshforge.mesh import export as export_module
from meshforge.mesh.export import FORMATS, export_mesh
from meshforge.mesh.render import render_views, save_contact_sheet
from meshforge.mesh.texture import bleed_colors, texture_visuals


def textured_sphere() -> trimesh.Trimesh:
    """A watertight sphere whose front-projected texture is red on the left, blue on the right."""
    mesh = trimesh.creation.icosphere(subdivisions=3)
    uv = (mesh.vertices[:, :2] + 1.0) / 2.0
    pixels = np.zeros((64, 64, 3), np.uint8)
    pixels[:, :32] = (220, 30, 30)
    pixels[:, 32:] = (30, 30, 220)
    mesh.visual = texture_visuals(uv, Image.fromarray(pixels))
    return mesh


def colored_box() -> trimesh.Trimesh:
    """A watertight box with green vertex colours."""
    mesh = trimesh.creation.box()
    mesh.visual.vertex_colors = np.tile([20, 200, 40, 255], (len(mesh.vertices), 1))
    return mesh


@pytest.mark.parametrize("fmt", [fmt for fmt in FORMATS if fmt != "usdz"])
def test_every_format_reloads_with_faces(tmp_path: Path, fmt: str) -> None:
    paths = export_mesh(textured_sphere(), fmt, tmp_path, "job-1")

    assert paths[0] == tmp_path / f"job-1.{fmt}"
    assert all(path.is_file() and path.stat().st_size > 0 for path in paths)
    loaded = trimesh.load(paths[0], force="mesh")
    assert len(loaded.faces) > 0


def test_glb_carries_the_base_color_texture(tmp_path: Path) -> None:
    (path,) = export_mesh(textured_sphere(), "glb", tmp_path, "job")

    loaded = trimesh.load(path, force="mesh")
    image = loaded.visual.material.baseColorTexture
    assert image.size == (64, 64)
    assert np.asarray(image.convert("RGB"))[10, 5].tolist() == [220, 30, 30]
    gltf = pygltflib.GLTF2().load(str(path))
    assert gltf.materials[0].pbrMetallicRoughness.baseColorTexture is not None


def test_glb_of_a_vertex_coloured_mesh_has_color_0(tmp_path: Path) -> None:
    (path,) = export_mesh(colored_box(), "glb", tmp_path, "job")

    gltf = pygltflib.GLTF2().load(str(path))
    assert gltf.meshes[0].primitives[0].attributes.COLOR_0 is not None
    loaded = trimesh.load(path, force="mesh")
    assert loaded.visual.vertex_colors[0].tolist() == [20, 200, 40, 255]


def test_obj_companions_are_named_after_the_stem(tmp_path: Path) -> None:
    paths = export_mesh(textured_sphere(), "obj", tmp_path, "job-7")

    assert {path.name for path in paths} == {"job-7.obj", "job-7.mtl", "job-7.png"}
    obj_text = (tmp_path / "job-7.obj").read_text()
    mtl_text = (tmp_path / "job-7.mtl").read_text()
    assert re.search(r"^mtllib job-7\.mtl$", obj_text, re.MULTILINE)
    assert re.search(r"^map_Kd job-7\.png$", mtl_text, re.MULTILINE)
    assert not (tmp_path / "material.mtl").exists()
    assert not (tmp_path / "material_0.png").exists()
    loaded = trimesh.load(paths[0], force="mesh")
    assert loaded.visual.material.image.size == (64, 64)


def test_two_jobs_share_a_directory_without_clobbering(tmp_path: Path) -> None:
    export_mesh(textured_sphere(), "obj", tmp_path, "a")
    export_mesh(colored_box(), "obj", tmp_path, "b")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mtl", "a.obj", "a.png", "b.obj"]
    assert "mtllib a.mtl" in (tmp_path / "a.obj").read_text()


def test_obj_of_a_vertex_coloured_mesh_keeps_colours(tmp_path: Path) -> None:
    paths = export_mesh(colored_box(), "obj", tmp_path, "job")

    assert [path.name for path in paths] == ["job.obj"]
    loaded = trimesh.load(paths[0], force="mesh")
    assert loaded.visual.vertex_colors[0].tolist() == [20, 200, 40, 255]


def test_stl_is_binary_and_watertight(tmp_path: Path) -> None:
    (path,) = export_mesh(textured_sphere(), "stl", tmp_path, "job")

    data = path.read_bytes()
    face_count = int.from_bytes(data[80:84], "little")
    assert len(data) == 84 + 50 * face_count
    assert trimesh.load(path, force="mesh").is_watertight


def test_ply_is_binary_with_colours_sampled_from_the_texture(tmp_path: Path) -> None:
    (path,) = export_mesh(textured_sphere(), "ply", tmp_path, "job")

    assert b"format binary_little_endian" in path.read_bytes()[:200]
    loaded = trimesh.load(path, force="mesh")
    colors = loaded.visual.vertex_colors
    left = loaded.vertices[:, 0] < -0.5
    right = loaded.vertices[:, 0] > 0.5
    assert np.all(colors[left, 0] > colors[left, 2])
    assert np.all(colors[right, 2] > colors[right, 0])


def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    for fmt in FORMATS:
        export_mesh(textured_sphere(), fmt, tmp_path, "job")

    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [
        "job.3mf",
        "job.glb",
        "job.mtl",
        "job.obj",
        "job.ply",
        "job.png",
        "job.stl",
        "job.usdz",
    ]


def test_a_failed_write_leaves_neither_a_half_file_nor_a_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(export_module.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        export_mesh(textured_sphere(), "glb", tmp_path, "job")

    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    (tmp_path / "job.stl").write_bytes(b"old")
    export_mesh(colored_box(), "stl", tmp_path, "job")

    assert trimesh.load(tmp_path / "job.stl", force="mesh").is_watertight


def test_unknown_format_names_the_allowed_ones(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"glb, obj, stl, ply"):
        export_mesh(colored_box(), "fbx", tmp_path, "job")
    assert list(tmp_path.iterdir()) == []


def test_stem_with_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="stem"):
        export_mesh(colored_box(), "glb", tmp_path, os.path.join("..", "job"))


def test_bleed_fills_background_with_the_nearest_foreground_colour() -> None:
    rgb = np.zeros((40, 40, 3), np.uint8)
    mask = np.zeros((40, 40), bool)
    rgb[:, :20], mask[:, 10:20] = (200, 0, 0), True
    rgb[:, 20:30], mask[:, 20:30] = (0, 0, 200), True

    bled = bleed_colors(rgb, mask)

    assert bled[5, 0].tolist() == [200, 0, 0]
    assert bled[5, 39].tolist() == [0, 0, 200]
    assert np.array_equal(bled[mask], rgb[mask])


def test_bleed_on_a_large_image_keeps_foreground_and_fills_the_rest() -> None:
    rgb = np.full((1200, 1000, 3), 255, np.uint8)
    mask = np.zeros((1200, 1000), bool)
    mask[300:900, 300:700] = True
    rgb[mask] = (10, 120, 10)

    bled = bleed_colors(rgb, mask)

    assert np.array_equal(bled[mask], rgb[mask])
    assert np.abs(bled[~mask].astype(int) - [10, 120, 10]).max() <= 2


def test_render_views_show_the_texture_unmirrored_from_the_front() -> None:
    front, back = render_views(textured_sphere(), size=96, angles_deg=(0, 180))

    front_rgb = np.asarray(front, np.int32)
    back_rgb = np.asarray(back, np.int32)
    # Seen from the front the red half is on the left; from behind it is on the right.
    assert front_rgb[48, 25, 0] > front_rgb[48, 25, 2]
    assert front_rgb[48, 70, 2] > front_rgb[48, 70, 0]
    assert back_rgb[48, 70, 0] > back_rgb[48, 70, 2]


def test_contact_sheet_places_the_views_side_by_side(tmp_path: Path) -> None:
    path = save_contact_sheet(colored_box(), tmp_path / "sheet.png", size=64)

    with Image.open(path) as sheet:
        assert sheet.size == (256, 64)
        pixels = np.asarray(sheet.convert("RGB"), np.int32)
    green = (pixels[..., 1] > pixels[..., 0] + 40).sum()
    assert green > 0.1 * pixels.shape[0] * pixels.shape[1]
