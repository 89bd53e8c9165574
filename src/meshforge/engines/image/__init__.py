"""Single-image → 3D: the silhouette given depth by a shape prior (revolve, extrude, inflate).

The engine class loads on first use: the API process imports this package only for its
light ``parameters`` module (through the registry) and must not pay for numpy to do so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meshforge.engines.image.engine import ImageEngine

__all__ = ["ImageEngine"]


def __getattr__(name: str) -> Any:
    if name == "ImageEngine":
        from meshforge.engines.image.engine import ImageEngine

        return ImageEngine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
