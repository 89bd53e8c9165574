"""Shap-E on torch: the prior samples a latent; MeshForge reads its surface and colours.

The diffusers pipeline runs to ``output_type="latent"`` (each denoising step reports progress
and checks cancel). The latent is Shap-E's implicit function: its weights are projected into
the renderer's MLP, which is then queried for a signed distance on a ``grid_size``³ grid and
for colours at the surface's vertices. Meshing is MeshForge's own (``surface``): the upstream
``decode_to_mesh`` meshes with lookup tables that live in the checkpoint, which tiny test
models cannot have, so this way the tests run exactly the code production runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import torch
import trimesh
from numpy.typing import NDArray

from meshforge.engines.base import (
    CancelFn,
    GenerationCanceled,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)
from meshforge.engines.neural.framing import framed_object
from meshforge.engines.neural.runtime import Placement, StepReporter, seeded_generator
from meshforge.engines.neural.shap_e.parameters import (
    GRID_SIZE,
    GUIDANCE_SCALE,
    IMAGE_GUIDANCE,
    NUM_INFERENCE_STEPS,
    TEXT_GUIDANCE,
)
from meshforge.engines.neural.surface import (
    Z_UP_TO_Y_UP,
    grid_points,
    surface_from_field,
    to_gltf_axes,
)
from meshforge.mesh.simplify import simplify

#: Shap-E's implicit function lives in the cube [-1, 1]³
BOX = (-1.0, 1.0)
#: points per query of the renderer's MLP (one cancel check and progress report each)
QUERY_BATCH = 65536
#: Shap-E's image encoder takes 224² pictures (CLIP ViT-L/14)
IMAGE_PX = 224


def load(task: Task, folder: Path, placement: Placement) -> Any:
    """ShapEPipeline or ShapEImg2ImgPipeline from ``folder``, moved to the device."""
    from diffusers import ShapEImg2ImgPipeline, ShapEPipeline
    from diffusers.utils import logging as diffusers_logging
    from transformers.utils import logging as transformers_logging

    diffusers_logging.disable_progress_bar()
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    kind = ShapEPipeline if task == "text_to_3d" else ShapEImg2ImgPipeline
    pipe = kind.from_pretrained(  # type: ignore[no-untyped-call]
        str(folder), local_files_only=True, dtype=placement.dtype
    )
    return pipe.to(placement.device)


def generate(
    pipeline: Any,
    request: GenerationRequest,
    progress: ProgressFn,
    cancel: CancelFn,
    placement: Placement,
) -> GenerationResult:
    """Sample a latent, read its surface, simplify, colour, turn into glTF axes."""
    steps = NUM_INFERENCE_STEPS.read(request)
    grid = GRID_SIZE.read(request)
    text = request.task == "text_to_3d"
    guidance = GUIDANCE_SCALE.read(request) or (TEXT_GUIDANCE if text else IMAGE_GUIDANCE)
    meta: dict[str, Any] = {"guidance_scale": guidance, "num_inference_steps": steps}
    if text:
        condition: Any = request.prompt
    else:
        framed = framed_object(request, IMAGE_PX)
        condition, meta["mask_method"] = framed.rgb, framed.mask_method
    reporter = StepReporter(progress, cancel, 0.05, 0.6, "sampling")
    with reporter.watch(pipeline), torch.inference_mode():
        latents = pipeline(
            condition,
            num_inference_steps=steps,
            guidance_scale=guidance,
            generator=seeded_generator(request.seed),
            output_type="latent",
        ).images
    renderer = pipeline.shap_e_renderer
    with torch.inference_mode():
        _load_latent(renderer, latents[0])
        field = _query(renderer, grid_points(grid, *BOX), placement, progress, cancel, 0.6, 0.85)
    surface = surface_from_field(field[:, 0].reshape(grid, grid, grid), *BOX)
    progress(0.87, "surface")
    mesh = simplify(surface.mesh, request.mesh_simplify)
    progress(0.9, "simplify")
    with torch.inference_mode():
        colours = _query(
            renderer,
            np.asarray(mesh.vertices, np.float32),
            placement,
            progress,
            cancel,
            0.9,
            0.97,
            channels=True,
        )
    rgba = np.full((len(colours), 4), 255, np.uint8)
    rgba[:, :3] = np.clip(colours * 255.0 + 0.5, 0, 255).astype(np.uint8)
    mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=rgba)
    mesh = to_gltf_axes(mesh, Z_UP_TO_Y_UP)
    meta.update(
        {
            "grid_size": grid,
            "faces_before_simplify": len(surface.mesh.faces),
            "floaters_dropped": surface.floaters_dropped,
            "watertight": surface.watertight,
        }
    )
    return GenerationResult(mesh, meta)


def _load_latent(renderer: Any, latent: torch.Tensor) -> None:
    """Write the implicit function a latent encodes into the renderer's MLP (as upstream does)."""
    projected = renderer.params_proj(latent[None])
    for name, parameter in renderer.mlp.state_dict().items():
        if f"nerstf.{name}" in projected:
            parameter.copy_(projected[f"nerstf.{name}"].squeeze(0))


def _query(
    renderer: Any,
    points: NDArray[np.float32],
    placement: Placement,
    progress: ProgressFn,
    cancel: CancelFn,
    start: float,
    end: float,
    channels: bool = False,
) -> NDArray[np.float32]:
    """The MLP's signed distance (N, 1) or colours (N, 3, sRGB 0..1) at ``points``."""
    dtype = next(renderer.mlp.parameters()).dtype
    parts: list[NDArray[np.float32]] = []
    for first in range(0, len(points), QUERY_BATCH):
        if cancel():
            raise GenerationCanceled("canceled while reading the surface")
        batch = torch.from_numpy(points[first : first + QUERY_BATCH])[None]
        out = renderer.mlp(
            position=batch.to(placement.device, dtype),
            direction=None,
            ts=None,
            nerf_level="fine",
            rendering_mode="stf",
        )
        values = out.channels if channels else out.signed_distance
        parts.append(values[0].float().cpu().numpy())
        done = min(first + QUERY_BATCH, len(points)) / max(len(points), 1)
        progress(start + (end - start) * done, "colours" if channels else "surface")
    return np.concatenate(parts, axis=0)
