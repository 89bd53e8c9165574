"""Shap-E (OpenAI) through diffusers: ShapEPipeline for text, ShapEImg2ImgPipeline for images.

The engine class loads on first use: the API process imports this package only for its
light ``parameters`` module (through the registry) and must not pay for torch to do so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshforge.engines.neural.shap_e.engine import ShapEEngine

__all__ = ["ShapEEngine"]


def __getattr__(name: str) -> Any:
    if name == "ShapEEngine":
        from meshforge.engines.neural.shap_e.engine import ShapEEngine

        return ShapEEngine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
