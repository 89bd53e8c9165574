"""Texture images for meshes: colour bleeding and PBR texture visuals."""

from __future__ import annotations

import cv2
import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image
from scipy import ndimage

#: Above this edge length the nearest-colour fill runs on a downscaled copy (EDT cost is O(n)).
_FILL_WORK_PX = 512
#: Colour of meshes that carry no visuals at all.
_DEFAULT_GREY = 200


def bleed_colors(rgb: NDArray[np.uint8], mask: NDArray[np.bool_]) -> NDArray[np.uint8]:
    """Return ``rgb`` with every pixel outside ``mask`` set to the nearest foreground colour.

    Texture filtering and UVs that land just outside the silhouette then pick up object
    colours instead of background streaks.
    """
    if rgb.shape[:2] != mask.shape:
        raise ValueError(f"image {rgb.shape[:2]} and mask {mask.shape} differ in size")
    if not mask.any():
        raise ValueError("mask has no foreground pixels to bleed from")
    if mask.all():
        return rgb.copy()
    height, width = mask.shape
    scale = min(1.0, _FILL_WORK_PX / max(height, width))
    fill = _fill_downscaled(rgb, mask, scale) if scale < 1.0 else _nearest_fill(rgb, mask)
    return np.where(mask[..., None], rgb, fill).astype(np.uint8)


def _nearest_fill(rgb: NDArray[np.uint8], mask: NDArray[np.bool_]) -> NDArray[np.uint8]:
    """Copy each pixel's nearest foreground pixel colour (exact EDT indices)."""
    _, (rows, cols) = ndimage.distance_transform_edt(~mask, return_indices=True)
    filled: NDArray[np.uint8] = rgb[rows, cols]
    return filled


def _fill_downscaled(
    rgb: NDArray[np.uint8], mask: NDArray[np.bool_], scale: float
) -> NDArray[np.uint8]:
    """Nearest-colour fill computed at ``scale`` and upsampled: it only colours background."""
    height, width = mask.shape
    small_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    weight = mask.astype(np.float32)
    # Average only foreground colours so background never leaks into the small image.
    weighted = rgb.astype(np.float32) * weight[..., None]
    summed = cv2.resize(weighted, small_size, interpolation=cv2.INTER_AREA)
    coverage = cv2.resize(weight, small_size, interpolation=cv2.INTER_AREA)
    small_mask = coverage > 1e-3
    if not small_mask.any():
        return _nearest_fill(rgb, mask)
    small_rgb = np.clip(summed / np.maximum(coverage, 1e-3)[..., None], 0, 255).astype(np.uint8)
    small_fill = _nearest_fill(small_rgb, small_mask)
    upsampled = cv2.resize(small_fill, (width, height), interpolation=cv2.INTER_LINEAR)
    return np.asarray(upsampled, np.uint8)


def texture_visuals(
    uv: NDArray[np.floating],
    image: Image.Image,
    metallic: float = 0.0,
    roughness: float = 0.9,
    metallic_roughness: Image.Image | None = None,
) -> trimesh.visual.TextureVisuals:
    """Build UV texture visuals whose PBR material uses ``image`` (RGB or palette) as base colour.

    ``metallic_roughness`` is the glTF metallic-roughness texture (G = roughness, B = metallic)
    on the same UVs; ``metallic``/``roughness`` multiply it (pass 1.0 to use it as it is).
    """
    material = trimesh.visual.material.PBRMaterial(  # type: ignore[no-untyped-call]
        name="base",
        # palette images stay palette images: a smaller PNG of the same colours
        baseColorTexture=image if image.mode in ("RGB", "P") else image.convert("RGB"),
        baseColorFactor=[255, 255, 255, 255],
        metallicFactor=float(metallic),
        roughnessFactor=float(roughness),
        metallicRoughnessTexture=(
            None if metallic_roughness is None else metallic_roughness.convert("RGB")
        ),
        doubleSided=False,
    )
    return trimesh.visual.TextureVisuals(  # type: ignore[no-untyped-call]
        uv=np.asarray(uv, np.float64), material=material
    )


def texture_image(mesh: trimesh.Trimesh) -> Image.Image | None:
    """Return the base colour image of a textured mesh, or None when it has none."""
    visual = mesh.visual
    if not isinstance(visual, trimesh.visual.TextureVisuals) or visual.uv is None:
        return None
    material = visual.material
    image = getattr(material, "baseColorTexture", None)
    if image is None:
        image = getattr(material, "image", None)
    return image if isinstance(image, Image.Image) else None


def vertex_colors(mesh: trimesh.Trimesh) -> NDArray[np.uint8]:
    """Per-vertex RGBA colours of any mesh; a texture is sampled at each vertex's UV."""
    visual = mesh.visual
    if isinstance(visual, trimesh.visual.TextureVisuals):
        visual = visual.to_color()  # type: ignore[no-untyped-call]
    if isinstance(visual, trimesh.visual.ColorVisuals) and visual.kind is not None:
        return np.asarray(visual.vertex_colors, np.uint8)
    colors = np.full((len(mesh.vertices), 4), _DEFAULT_GREY, np.uint8)
    colors[:, 3] = 255
    return colors
