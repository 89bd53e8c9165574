"""Hunyuan3D-2 (Tencent) shape model through hy3dgen: one image to a mesh.

The engine class loads on first use: the API process imports this package only for its
light ``parameters`` module (through the registry) and must not pay for torch to do so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshforge.engines.neural.hunyuan3d.engine import Hunyuan3DEngine

__all__ = ["Hunyuan3DEngine"]


def __getattr__(name: str) -> Any:
    if name == "Hunyuan3DEngine":
        from meshforge.engines.neural.hunyuan3d.engine import Hunyuan3DEngine

        return Hunyuan3DEngine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
