"""Multi-view image → 3D: the visual hull of 2-4 views, rounded and textured from them.

The engine class loads on first use: the API process imports this package only for its
light ``parameters`` module (through the registry) and must not pay for numpy to do so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshforge.engines.multiview.engine import MultiViewEngine

__all__ = ["MultiViewEngine"]


def __getattr__(name: str) -> Any:
    if name == "MultiViewEngine":
        from meshforge.engines.multiview.engine import MultiViewEngine

        return MultiViewEngine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
