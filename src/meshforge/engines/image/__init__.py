"""Single-image → 3D: the object's silhouette inflated into a textured balloon."""

from __future__ import annotations

from meshforge.engines.image.engine import ImageEngine

__all__ = ["ImageEngine"]
