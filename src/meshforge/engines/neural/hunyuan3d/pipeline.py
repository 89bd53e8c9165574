"""Hunyuan3D-2's shape model on torch: hy3dgen samples a latent; MeshForge meshes and colours it.

``load`` splits the single published checkpoint (``model.*``, ``vae.*``, ``conditioner.*``) the
way ``Hunyuan3DDiTPipeline.from_single_file`` does, from local files only (upstream's
``from_pretrained`` falls back to a Hub download), and builds hy3dgen's flow-matching pipeline
from hy3dgen's DiT, VAE and scheduler (``upstream``). ``generate`` runs that pipeline to the
latent, its per-step ``callback`` reporting progress and checking cancel; the VAE decodes the
latent and its geometry decoder is queried on the grid in batches (progress and cancel between
them), as hy3dgen's ``VanillaVolumeDecoder`` does. The surface is MeshForge's marching cubes
(``surface``), and the colours are the input picture projected from the front: the upstream
texture model needs CUDA-only rasterisers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
import trimesh
import yaml  # type: ignore[import-untyped]
from numpy.typing import NDArray

from meshforge.engines.base import CancelFn, GenerationRequest, GenerationResult, ProgressFn
from meshforge.engines.neural.framing import FramedObject, framed_object
from meshforge.engines.neural.hunyuan3d.parameters import (
    DEFAULT_GUIDANCE,
    GUIDANCE_SCALE,
    NUM_INFERENCE_STEPS,
    OCTREE_RESOLUTION,
    SUBFOLDER,
)
from meshforge.engines.neural.hunyuan3d.upstream import (
    CONDITIONER_TARGET,
    SingleImageEncoder,
    shape_modules,
)
from meshforge.engines.neural.runtime import Placement, StepReporter, batched, seeded_generator
from meshforge.engines.neural.surface import surface_from_field, to_gltf_axes
from meshforge.mesh.simplify import simplify
from meshforge.mesh.texture import bleed_colors

#: hy3dgen reads the shape in the cube [-1.01, 1.01]³ (its ``box_v``)
BOX = 1.01
#: query points per geometry-decoder call (hy3dgen's ``num_chunks`` default)
QUERY_BATCH = 8000
#: checkpoint names, in the order hy3dgen's ``smart_load_model`` prefers them
CHECKPOINTS = ("model.fp16.safetensors", "model.safetensors")
#: hy3dgen's meshes are already +Y up (its apps export them to glTF as they are): only centred.
#: Not checked against real weights here (tiny models draw noise): bench/gpu_check.py renders.
MODEL_TO_GLTF = np.eye(4)
#: vertex colour when the picture has no object pixels to project
_GREY = 200


@dataclass(frozen=True)
class LoadedPipeline:
    """hy3dgen's pipeline and the picture size its image processor would make."""

    pipe: Any
    image_px: int


def load(folder: Path, placement: Placement) -> LoadedPipeline:
    """hy3dgen's flow-matching pipeline from ``folder/hunyuan3d-dit-v2-0`` on ``placement``."""
    from safetensors.torch import load_file

    modules = shape_modules()
    subfolder = folder / SUBFOLDER
    config = yaml.safe_load((subfolder / "config.yaml").read_text(encoding="utf-8"))
    _expect(config, "model", "Hunyuan3DDiT")
    _expect(config, "vae", "ShapeVAE")
    _expect(config, "conditioner", CONDITIONER_TARGET.rsplit(".", 1)[1])
    checkpoint = next((subfolder / n for n in CHECKPOINTS if (subfolder / n).is_file()), None)
    if checkpoint is None:
        raise FileNotFoundError(f"none of {', '.join(CHECKPOINTS)} in {subfolder}")
    parts: dict[str, dict[str, torch.Tensor]] = {}
    for key, tensor in load_file(str(checkpoint)).items():
        part, _, name = key.partition(".")
        parts.setdefault(part, {})[name] = tensor
    denoiser = modules.denoiser(**config["model"].get("params", {}))
    vae = modules.vae(**config["vae"].get("params", {}))
    conditioner = SingleImageEncoder(**config["conditioner"].get("params", {}))
    for module, part in ((denoiser, "model"), (vae, "vae"), (conditioner, "conditioner")):
        if part not in parts:
            raise ValueError(f"{checkpoint} holds no {part}.* weights")
        module.load_state_dict(parts[part])
    scheduler = modules.scheduler(**config.get("scheduler", {}).get("params", {}))
    image_px = int(config.get("image_processor", {}).get("params", {}).get("size", 512))
    pipe = modules.pipeline(
        vae=vae,
        model=denoiser,
        scheduler=scheduler,
        conditioner=conditioner,
        image_processor=_already_framed,
        device=placement.device,
        dtype=placement.dtype,
    )
    return LoadedPipeline(pipe, image_px)


def _expect(config: dict[str, Any], part: str, class_name: str) -> None:
    target = str(config.get(part, {}).get("target", ""))
    if target.rsplit(".", 1)[-1] != class_name:
        raise ValueError(f"config.yaml: {part} is {target or 'missing'}, expected {class_name}")


def _already_framed(framed: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """hy3dgen's image processor slot: MeshForge frames the picture before the call."""
    return framed


def generate(
    loaded: LoadedPipeline,
    request: GenerationRequest,
    progress: ProgressFn,
    cancel: CancelFn,
    placement: Placement,
) -> GenerationResult:
    """Sample a latent, decode the occupancy on the grid, mesh, simplify, colour."""
    pipe = loaded.pipe
    steps = NUM_INFERENCE_STEPS.read(request)
    cells = OCTREE_RESOLUTION.read(request)
    guidance = GUIDANCE_SCALE.read(request) or DEFAULT_GUIDANCE
    framed = framed_object(request, loaded.image_px)
    pixels = np.asarray(framed.rgb, np.float32) / 255.0 * 2.0 - 1.0
    image = torch.from_numpy(pixels).permute(2, 0, 1)[None]
    reporter = StepReporter(progress, cancel, 0.05, 0.6, "sampling")
    if cancel():
        reporter.step(0, steps)
    latents = pipe(
        image={"image": image},
        num_inference_steps=steps,
        guidance_scale=guidance,
        generator=seeded_generator(request.seed),
        output_type="latent",
        callback=lambda step, _t, _out: reporter.step(step + 1, steps),
        callback_steps=1,
        enable_pbar=False,
    )
    with torch.inference_mode():
        decoded = pipe.vae(latents / pipe.vae.scale_factor)
        field = _occupancy(pipe.vae, decoded, cells + 1, placement, progress, cancel)
    surface = surface_from_field(field, -BOX, BOX)
    progress(0.9, "surface")
    mesh = simplify(surface.mesh, request.mesh_simplify)
    mesh = to_gltf_axes(mesh, MODEL_TO_GLTF)
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=front_colours(mesh, framed))
    progress(0.97, "colour")
    meta: dict[str, Any] = {
        "guidance_scale": guidance,
        "num_inference_steps": steps,
        "octree_resolution": cells,
        "mask_method": framed.mask_method,
        "faces_before_simplify": len(surface.mesh.faces),
        "floaters_dropped": surface.floaters_dropped,
        "watertight": surface.watertight,
    }
    return GenerationResult(mesh, meta)


def _occupancy(
    vae: Any,
    decoded: torch.Tensor,
    size: int,
    placement: Placement,
    progress: ProgressFn,
    cancel: CancelFn,
) -> NDArray[np.float32]:
    """The geometry decoder's logits on a ``size``³ grid over the box (hy3dgen's grid).

    hy3dgen's ``VanillaVolumeDecoder`` makes the same query; this loop adds progress and a
    cancel check between batches, which a 257³ grid on a CPU needs.
    """
    from meshforge.engines.neural.surface import grid_points

    points = torch.from_numpy(grid_points(size, -BOX, BOX))
    reporter = StepReporter(progress, cancel, 0.6, 0.85, "volume")
    values: list[NDArray[np.float32]] = []
    batches = -(-len(points) // QUERY_BATCH)

    def on_batch(done: int, _total: int) -> None:
        reporter.step(-(-done // QUERY_BATCH), batches)  # counted in batches, not points

    for start, stop in batched(len(points), QUERY_BATCH, on_batch):
        queries = points[start:stop][None].to(placement.device, decoded.dtype)
        logits = vae.geo_decoder(queries=queries, latents=decoded)
        values.append(logits[0, :, 0].float().cpu().numpy())
    return np.concatenate(values).reshape(size, size, size)


def front_colours(mesh: trimesh.Trimesh, framed: FramedObject) -> NDArray[np.uint8]:
    """RGBA per vertex: the framed picture projected along -Z onto the mesh (glTF axes).

    The mesh's front-view bounding box is mapped onto the object's box in the picture, and
    colours outside the object's mask are bled in from the nearest object pixel, so the back
    and the sides take the colours of the front they stand behind.
    """
    rgba = np.asarray(framed.rgba)
    inside = rgba[..., 3] >= 128
    vertices = np.asarray(mesh.vertices)
    colours = np.full((len(vertices), 4), 255, np.uint8)
    if not inside.any():
        colours[:, :3] = _GREY
        return colours
    rgb = bleed_colors(np.ascontiguousarray(rgba[..., :3]), inside)
    rows, cols = np.nonzero(inside)
    low, high = vertices.min(axis=0), vertices.max(axis=0)
    extent = np.maximum(high - low, 1e-9)
    across = (vertices[:, 0] - low[0]) / extent[0]
    down = (high[1] - vertices[:, 1]) / extent[1]
    col = np.rint(cols.min() + across * (cols.max() - cols.min())).astype(int)
    row = np.rint(rows.min() + down * (rows.max() - rows.min())).astype(int)
    colours[:, :3] = rgb[row, col]
    return colours
