"""Multi-view image → 3D: the visual hull of 2-4 views, rounded and textured from them."""

from __future__ import annotations

from meshforge.engines.multiview.engine import MultiViewEngine

__all__ = ["MultiViewEngine"]
