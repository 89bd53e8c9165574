"""How much of the front picture shows on a model's back, measured on rendered views.

The model is rendered from the front and from behind with the project's preview renderer,
each view twice: with its texture and with a plain white one. Their ratio is the texture's
own colour (albedo) with the renderer's lighting divided out, so a back that only differs
in shading does not pass for a different one. The back view is mirrored to line up with
the front; the correlation of their luminance over the pixels both cover is 1 for the old
engine's back (the front photo seen through the model) and near 0 for an unrelated one.
"""

from __future__ import annotations

import numpy as np
import trimesh
from PIL import Image
from scipy import ndimage

from meshforge.mesh.render import MeshRenderer

#: the renderer's background, which no lit white surface reaches exactly
_BACKGROUND = np.array([0.82, 0.82, 0.84]) * 255
_LUMA = np.array([0.299, 0.587, 0.114])


def _views(mesh: trimesh.Trimesh, px: int) -> tuple[np.ndarray, np.ndarray]:
    """Front and mirrored back renders, RGB float."""
    with MeshRenderer(mesh, px) as renderer:
        front = np.asarray(renderer.render(0.0), np.float64)
        back = np.asarray(renderer.render(180.0), np.float64)[:, ::-1]
    return front, back


def albedo_views(mesh: trimesh.Trimesh, px: int = 256) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Luminance of the texture seen from the front and (mirrored) from behind, and where
    both views see the model."""
    white = mesh.copy()
    image = Image.new("RGB", (4, 4), (255, 255, 255))
    white.visual = trimesh.visual.TextureVisuals(uv=mesh.visual.uv, image=image)
    front, back = _views(mesh, px)
    front_white, back_white = _views(white, px)
    covered = (np.abs(front_white - _BACKGROUND).max(axis=2) > 2) & (
        np.abs(back_white - _BACKGROUND).max(axis=2) > 2
    )
    lit_front, lit_back = front_white @ _LUMA, back_white @ _LUMA
    # Grazing faces are nearly black under the white texture too: their ratio is noise.
    covered &= (lit_front > 60) & (lit_back > 60)
    return front @ _LUMA / np.maximum(lit_front, 1), back @ _LUMA / np.maximum(lit_back, 1), covered


def back_front_correlation(mesh: trimesh.Trimesh, px: int = 256) -> float:
    """Pearson correlation of the back's texture luminance with the front's, mirrored."""
    front, back, covered = albedo_views(mesh, px)
    return float(np.corrcoef(front[covered], back[covered])[0, 1])


def _detail(values: np.ndarray, covered: np.ndarray, sigma_px: float) -> np.ndarray:
    """``values`` minus their local mean over ``covered`` (a normalised Gaussian blur)."""
    weight = covered.astype(np.float64)
    local = ndimage.gaussian_filter(values * weight, sigma_px)
    norm = ndimage.gaussian_filter(weight, sigma_px)
    return values - local / np.maximum(norm, 1e-6)


def back_front_detail_correlation(
    mesh: trimesh.Trimesh, px: int = 256, sigma_share: float = 0.03, along_rows: bool = False
) -> float:
    """The same correlation on the views' detail (each minus its local mean): eyes, text and
    edges of the picture showing through, whatever the back's overall colours.

    ``along_rows`` keeps only the detail within each row (each row's mean removed too): a
    revolved object's bands rightly go all the way round, a highlight or a print must not.
    """
    front, back, covered = albedo_views(mesh, px)
    sigma = sigma_share * px
    # Stay clear of the outline: there the local mean mixes in the background.
    inner = ndimage.binary_erosion(covered, iterations=max(1, round(sigma)))
    front_detail = _detail(front, covered, sigma)
    back_detail = _detail(back, covered, sigma)
    if along_rows:
        front_detail, back_detail = (
            _row_detail(front_detail, inner),
            _row_detail(back_detail, inner),
        )
    return float(np.corrcoef(front_detail[inner], back_detail[inner])[0, 1])


def _row_detail(values: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """``values`` minus each row's mean over ``inner``."""
    counts = np.maximum(inner.sum(axis=1, keepdims=True), 1)
    return values - (values * inner).sum(axis=1, keepdims=True) / counts


def seen_through(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """The model as the old engine textured it: the back tile replaced by the front photo
    seen through the model (a two-tile texture is front | back)."""
    uv = np.asarray(mesh.visual.uv, np.float64).copy()
    image = mesh.visual.material.baseColorTexture
    front = image.crop((0, 0, image.width // 2, image.height))
    uv[:, 0] = np.where(uv[:, 0] >= 0.5, uv[:, 0] - 0.5, uv[:, 0]) * 2.0
    through = mesh.copy()
    through.visual = trimesh.visual.TextureVisuals(uv=uv, image=front)
    return through
