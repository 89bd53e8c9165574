"""The input picture as neural image models expect it: the object alone, centred, on white.

MeshForge's own foreground mask (alpha, a uniform border, or the photo's subject) replaces
the upstream background removers, which download their weights at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from meshforge.engines.base import GenerationRequest
from meshforge.engines.silhouette.foreground import foreground_mask
from meshforge.engines.silhouette.framing import (
    ANALYSIS_PX,
    object_frame,
    resized,
    validated_image,
    warp,
    warp_mask,
)

WHITE = 255.0


@dataclass(frozen=True)
class FramedObject:
    """The object on white (RGB) and on transparency (RGBA), and how it was found."""

    rgb: Image.Image
    rgba: Image.Image
    mask_method: str


def framed_object(request: GenerationRequest, out_px: int) -> FramedObject:
    """The request's object filling ``foreground_ratio`` of an ``out_px`` square."""
    source = validated_image(request)
    scale = min(1.0, ANALYSIS_PX / max(source.shape[:2]))
    analysis = resized(source, scale)
    use_alpha = request.image_has_alpha and not request.remove_bg
    found = foreground_mask(analysis, use_alpha, request.seed)
    frame = object_frame(found.mask, scale, request.foreground_ratio)
    colours = np.asarray(warp(source[..., :3].astype(np.float32), 1.0, frame, out_px, WHITE))
    inside = warp_mask(found.mask, scale, frame, out_px).astype(np.float32)[..., None]
    on_white: NDArray[np.uint8] = np.clip(colours * inside + WHITE * (1 - inside), 0, 255).astype(
        np.uint8
    )
    alpha = (inside[..., 0] * 255).astype(np.uint8)
    rgba = np.dstack([np.clip(colours, 0, 255).astype(np.uint8), alpha])
    return FramedObject(
        Image.fromarray(on_white, "RGB"), Image.fromarray(rgba, "RGBA"), str(found.method)
    )
