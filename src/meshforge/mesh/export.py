"""Write meshes as GLB, OBJ (+ MTL + PNG), STL, PLY, USDZ or 3MF, atomically, named after a stem."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trimesh

from meshforge.mesh.texture import texture_image, vertex_colors

#: Output formats accepted by :func:`export_mesh`.
FORMATS = ("glb", "obj", "stl", "ply", "usdz", "3mf")


def export_mesh(mesh: trimesh.Trimesh, fmt: str, directory: Path, stem: str) -> list[Path]:
    """Write ``<stem>.<fmt>`` and its companions into ``directory``; main file first."""
    fmt = fmt.lower()
    writers: dict[str, Callable[[trimesh.Trimesh, str], dict[str, bytes]]] = {
        "glb": _glb_files,
        "obj": _obj_files,
        "stl": _stl_files,
        "ply": _ply_files,
        "usdz": _usdz_files,
        "3mf": _threemf_files,
    }
    if fmt not in writers:
        raise ValueError(f"unknown output format {fmt!r}; allowed formats: {', '.join(FORMATS)}")
    if not stem or Path(stem).name != stem:
        raise ValueError(f"stem must be a plain file name without directories, got {stem!r}")
    files = writers[fmt](mesh, stem)
    main_name = f"{stem}.{fmt}"
    directory.mkdir(parents=True, exist_ok=True)
    # Companions land first so that a visible main file always has its companions beside it.
    companions = [name for name in files if name != main_name]
    for name in companions:
        _write_atomic(directory / name, files[name])
    _write_atomic(directory / main_name, files[main_name])
    return [directory / main_name, *(directory / name for name in companions)]


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same directory, then rename it over ``path``."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _glb_files(mesh: trimesh.Trimesh, stem: str) -> dict[str, bytes]:
    """GLB with the PBR base colour texture, or COLOR_0 vertex colours."""
    return {f"{stem}.glb": _encoded(mesh, "glb")}


def _obj_files(mesh: trimesh.Trimesh, stem: str) -> dict[str, bytes]:
    """OBJ plus ``<stem>.mtl`` and ``<stem>.png`` when textured, vertex colours otherwise."""
    image = texture_image(mesh)
    if image is None or not isinstance(mesh.visual, trimesh.visual.TextureVisuals):
        return {f"{stem}.obj": _encoded(mesh, "obj", include_texture=False)}

    # trimesh names the MTL "material.mtl" and the image after the material; naming the
    # material after the stem (and a format-less image, which it writes as PNG) makes
    # every companion <stem>.* so several jobs can share one directory.
    png = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    png.format = None
    material = trimesh.visual.material.SimpleMaterial(  # type: ignore[no-untyped-call]
        image=png, diffuse=[255, 255, 255, 255], name=stem
    )
    visual = trimesh.visual.TextureVisuals(  # type: ignore[no-untyped-call]
        uv=mesh.visual.uv, material=material
    )
    textured = trimesh.Trimesh(
        vertices=mesh.vertices, faces=mesh.faces, visual=visual, process=False
    )
    text, companions = trimesh.exchange.obj.export_obj(  # type: ignore[no-untyped-call]
        textured, include_texture=True, return_texture=True, mtl_name=f"{stem}.mtl"
    )
    expected = {f"{stem}.mtl", f"{stem}.png"}
    if set(companions) != expected:
        raise RuntimeError(f"OBJ export wrote {sorted(companions)}, expected {sorted(expected)}")
    return {f"{stem}.obj": text.encode("utf-8"), **{k: bytes(v) for k, v in companions.items()}}


def _stl_files(mesh: trimesh.Trimesh, stem: str) -> dict[str, bytes]:
    """Binary STL of the geometry with vertices merged so the surface stays closed."""
    solid = trimesh.Trimesh(vertices=mesh.vertices, faces=mesh.faces, process=True)
    return {f"{stem}.stl": _encoded(solid, "stl")}


def _ply_files(mesh: trimesh.Trimesh, stem: str) -> dict[str, bytes]:
    """Binary PLY with per-vertex colours (a texture is sampled into vertex colours)."""
    colors = vertex_colors(mesh)
    colored = trimesh.Trimesh(
        vertices=mesh.vertices, faces=mesh.faces, vertex_colors=colors, process=False
    )
    return {f"{stem}.ply": _encoded(colored, "ply", encoding="binary")}


def _usdz_files(mesh: trimesh.Trimesh, stem: str) -> dict[str, bytes]:
    """USDZ (textured UsdPreviewSurface, or displayColor) for iOS Quick Look and AR viewers."""
    from meshforge.mesh.usd import usdz_bytes  # pxr is large: loaded only when asked for

    return {f"{stem}.usdz": usdz_bytes(mesh)}


def _threemf_files(mesh: trimesh.Trimesh, stem: str) -> dict[str, bytes]:
    """3MF with per-vertex colours, for slicers."""
    from meshforge.mesh.threemf import threemf_bytes

    return {f"{stem}.3mf": threemf_bytes(mesh)}


def _encoded(mesh: trimesh.Trimesh, file_type: str, **options: Any) -> bytes:
    """Export ``mesh`` to bytes in memory (text formats are UTF-8 encoded)."""
    data = mesh.export(file_type=file_type, **options)
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, bytes):
        return data
    raise TypeError(f"trimesh returned {type(data).__name__} for {file_type}")
