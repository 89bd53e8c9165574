"""From a generated mesh to a job's files: texture, export, the OBJ bundle, and previews.

Runs in the engine process, writing into the job's private staging directory.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trimesh

from meshforge.engines.base import EngineInputError
from meshforge.mesh.export import export_mesh
from meshforge.mesh.materials import bake_materials
from meshforge.mesh.simplify import FaceLimitError, limit_faces

log = logging.getLogger("meshforge.worker")


def _pbr(meta: dict[str, Any]) -> tuple[float, float]:
    pbr = meta.get("pbr") or {}
    return float(pbr.get("metallic", 0.0)), float(pbr.get("roughness", 0.9))


def _zip_bundle(paths: list[Path], directory: Path, stem: str) -> Path:
    """One .zip holding an OBJ with its .mtl and texture, for tools that want a single file."""
    target = directory / f"{stem}.zip"
    partial = directory / f".{stem}.zip.partial"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in paths:
            bundle.write(path, arcname=path.name)
    partial.replace(target)
    return target


def write_outputs(
    mesh: trimesh.Trimesh,
    meta: dict[str, Any],
    output_format: str,
    directory: Path,
    stem: str,
    render: bool,
    progress: Callable[[float, str], None],
    texture_size: int = 1024,
    face_limit: int | None = None,
) -> tuple[list[str], dict[str, Any]]:
    """Write every file of a job; returns (file names, main first) and the meta to add.

    A ``face_limit`` decimates the mesh first, whichever engine made it (the one place all
    engines share after ``generate``). Vertex-coloured meshes are baked into a texture of at
    most ``texture_size`` pixels a side: palette cells for plain colours, procedural patterns
    for faces tagged with a material.
    """
    added: dict[str, Any] = {}
    if face_limit is not None and len(mesh.faces) > face_limit:
        progress(0.0, "face limit")
        added["faces_before_limit"] = len(mesh.faces)
        try:
            mesh = limit_faces(mesh, face_limit)
        except FaceLimitError as exc:
            raise EngineInputError(str(exc)) from exc
        added["faces"] = len(mesh.faces)
        added["vertices"] = len(mesh.vertices)
    if output_format in ("glb", "obj", "usdz") and getattr(mesh.visual, "kind", None) == "vertex":
        # glTF viewers and OBJ readers handle a texture far better than vertex colours
        mesh = bake_materials(mesh, texture_size, *_pbr(meta))
    paths = export_mesh(mesh, output_format, directory, stem)
    if output_format == "obj":
        paths.append(_zip_bundle(paths, directory, stem))
    if render:
        progress(0.0, "preview")
        try:
            from meshforge.mesh.preview import write_previews  # needs OpenGL: load on demand

            paths.extend(write_previews(mesh, directory, stem))
        except RuntimeError as exc:
            # the model is still good: report the missing preview instead of failing the job
            log.warning("preview failed: %s", exc)
            added["preview_error"] = str(exc)
    return [p.name for p in paths], added
