"""What the client accepts as an image or a file, and how it becomes something to send.

A URL is passed on as it is. A local path, bytes or a PIL image is uploaded first (through
``base64_to_url``, as a data URI) and its URL is what ``image_to_3d`` gets. A list of 2 to 4
views is laid side by side in one transparent PNG strip (front, right, back, left), which is
the multi-view input MeshForge and ModelsLab read with ``multi_image``; that needs Pillow,
imported only then.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, TypeAlias, runtime_checkable

#: the views a multi-view strip holds, in this order
VIEW_ORDER = ("front", "right", "back", "left")
MIN_VIEWS, MAX_VIEWS = 2, 4
#: tallest view in a strip: taller views are scaled down (the engines work far below this)
MAX_VIEW_HEIGHT_PX = 1024
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"glTF", "model/gltf-binary"),
)


@runtime_checkable
class PillowImage(Protocol):
    """What the client uses of a PIL image (so PIL is needed only when one is passed)."""

    @property
    def size(self) -> tuple[int, int]: ...

    def save(self, fp: Any, format: str | None = None) -> None: ...


FileLike: TypeAlias = str | os.PathLike[str] | bytes | PillowImage
#: one image, or 2-4 views for a multi-view model
ImageInput: TypeAlias = FileLike | Sequence[FileLike]


def is_url(value: object) -> bool:
    """True for an http(s) URL or a data URI, which are sent as they are."""
    return isinstance(value, str) and value.strip().lower().startswith(
        ("http://", "https://", "data:")
    )


def media_type_of(data: bytes, name: str | None = None) -> str:
    """The media type for a data URI: from the bytes, else from the file name's extension.

    Only a hint (MeshForge decides by the bytes); ModelsLab wants one that is plausible.
    """
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    guessed = mimetypes.guess_type(name)[0] if name else None
    return guessed or "application/octet-stream"


def read_file(item: FileLike) -> tuple[bytes, str]:
    """The bytes of a path, bytes or PIL image, and a name for its media type."""
    if isinstance(item, PillowImage) and not isinstance(item, str | bytes | os.PathLike):
        buffer = io.BytesIO()
        item.save(buffer, format="PNG")
        return buffer.getvalue(), "image.png"
    if isinstance(item, bytes):
        return item, ""
    path = Path(item)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file (pass a path, a URL, bytes or a PIL image)")
    return path.read_bytes(), path.name


def data_uri(data: bytes, name: str = "") -> str:
    """``data:<type>;base64,<data>``, as every ModelsLab upload route takes it."""
    return f"data:{media_type_of(data, name)};base64,{base64.b64encode(data).decode('ascii')}"


def multiview_strip(views: Sequence[bytes]) -> bytes:
    """2-4 views side by side, scaled to one height, with transparent gaps, as one PNG."""
    if not MIN_VIEWS <= len(views) <= MAX_VIEWS:
        raise ValueError(
            f"a multi-view model takes {MIN_VIEWS} to {MAX_VIEWS} views "
            f"({', '.join(VIEW_ORDER)}), got {len(views)}"
        )
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow comes with MeshForge
        raise ImportError("multi-view input needs Pillow: pip install pillow") from exc
    images = [Image.open(io.BytesIO(view)).convert("RGBA") for view in views]
    height = min(MAX_VIEW_HEIGHT_PX, min(image.height for image in images))
    scaled = [
        image.resize((max(1, round(image.width * height / image.height)), height))
        for image in images
    ]
    # the server splits the strip on fully transparent columns: one gap between each view
    gap = max(8, height // 32)
    strip = Image.new("RGBA", (sum(i.width for i in scaled) + gap * (len(scaled) + 1), height))
    left = gap
    for image in scaled:
        strip.paste(image, (left, 0))
        left += image.width + gap
    buffer = io.BytesIO()
    strip.save(buffer, format="PNG")
    return buffer.getvalue()
