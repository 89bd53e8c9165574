"""Text → 3D: prompt parsing plus parametric templates composed with manifold3d."""

from __future__ import annotations

from meshforge.engines.text.engine import TextEngine

__all__ = ["TextEngine"]
