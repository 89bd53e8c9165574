"""Files uploaded through ModelsLab's upload routes: what the bytes really are, and the crop.

The type comes from the file's own first bytes (its magic number), never from the type the
client claims in a data URI or an ``image_type`` field: a claimed ``image/png`` that holds an
HTML page is refused, and a JPEG sent as "png" is stored as the JPEG it is. Images are then
decoded (with the pixel limit) and 3D files loaded, so only files that open are kept; audio and
video are recognised by their container signature alone, since MeshForge never opens them.

The signature table is written here rather than taken from a library: the few formats the
upload routes accept fit in a dozen lines, and a sniffing dependency (``filetype``,
``python-magic``) would answer for hundreds of formats this server has to refuse anyway.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
from PIL import Image

from meshforge.inputs.dataurl import classify_input, decode_base64, decode_data_uri
from meshforge.inputs.errors import InputError
from meshforge.inputs.images import decode_image
from meshforge.inputs.model_files import check_model_loads

FileKind = Literal["image", "audio", "video", "model"]
ALL_KINDS: tuple[FileKind, ...] = ("image", "audio", "video", "model")

#: what each kind accepts, for messages
ACCEPTED = {
    "image": "PNG, JPEG or WebP",
    "audio": "MP3, WAV, OGG, FLAC or M4A",
    "video": "MP4, MOV or WebM",
    "model": "GLB, OBJ, STL or PLY",
}
#: MPEG-4 family brands (bytes 8-12 of an ``ftyp`` box) that are audio-only or QuickTime
_AUDIO_BRANDS = frozenset({b"M4A ", b"M4B ", b"F4A "})
_QUICKTIME_BRANDS = frozenset({b"qt  "})
_VIDEO_BRANDS = frozenset(
    {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash"}
)
#: a line of an OBJ file that places a vertex ("v x y z")
_OBJ_VERTEX = re.compile(rb"^\s*v\s+[-+.\deE]+\s+[-+.\deE]+\s+[-+.\deE]+", re.MULTILINE)
#: share of the longer side added around a cropped subject, so its outline is not touched
_CROP_MARGIN_SHARE = 0.04
#: a pixel differs from the background colour when a channel is further from it than this
_BACKGROUND_TOLERANCE = 24


@dataclass(frozen=True)
class SniffedFile:
    """What an upload's bytes are: a kind and the extension it is stored under."""

    kind: FileKind
    extension: str


def _iso_media(data: bytes) -> SniffedFile | None:
    """MP4, MOV and M4A all start with an ``ftyp`` box; its major brand tells them apart."""
    if data[4:8] != b"ftyp":
        return None
    brand = data[8:12]
    if brand in _AUDIO_BRANDS:
        return SniffedFile("audio", "m4a")
    if brand in _QUICKTIME_BRANDS:
        return SniffedFile("video", "mov")
    if brand in _VIDEO_BRANDS:
        return SniffedFile("video", "mp4")
    return None  # HEIC, AVIF, 3GP and friends: not accepted


def _is_mp3(data: bytes) -> bool:
    if data.startswith(b"ID3"):
        return True
    # an MPEG audio frame header: 11 sync bits, then a layer other than "reserved" (00 is
    # ADTS AAC, 0xFFD8 is JPEG: both are told apart by the layer bits)
    return len(data) >= 2 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0 and data[1] & 0x06 != 0


def _is_binary_stl(data: bytes) -> bool:
    # an 80-byte header, a triangle count, then exactly 50 bytes per triangle
    if len(data) < 84:
        return False
    count = int.from_bytes(data[80:84], "little")
    return count > 0 and len(data) == 84 + 50 * count


def _text_model(data: bytes) -> SniffedFile | None:
    """ASCII STL and OBJ are plain text: recognised by their keywords."""
    head = data[:4096]
    if b"\x00" in head:
        return None
    if head.lstrip().lower().startswith(b"solid") and b"facet" in data[:65536].lower():
        return SniffedFile("model", "stl")
    if _OBJ_VERTEX.search(data[:262144]):
        return SniffedFile("model", "obj")
    return None


def sniff(data: bytes) -> SniffedFile | None:
    """The kind and extension of ``data`` from its signature; None for anything else."""
    signatures: tuple[tuple[bool, SniffedFile], ...] = (
        (data.startswith(b"\x89PNG\r\n\x1a\n"), SniffedFile("image", "png")),
        (data.startswith(b"\xff\xd8\xff"), SniffedFile("image", "jpg")),
        (data[:4] == b"RIFF" and data[8:12] == b"WEBP", SniffedFile("image", "webp")),
        (data[:4] == b"RIFF" and data[8:12] == b"WAVE", SniffedFile("audio", "wav")),
        (data.startswith(b"OggS"), SniffedFile("audio", "ogg")),
        (data.startswith(b"fLaC"), SniffedFile("audio", "flac")),
        (data.startswith(b"\x1a\x45\xdf\xa3"), SniffedFile("video", "webm")),
        (data.startswith(b"glTF"), SniffedFile("model", "glb")),
        (data.startswith((b"ply\n", b"ply\r\n")), SniffedFile("model", "ply")),
    )
    for matches, sniffed in signatures:
        if matches:
            return sniffed
    if iso := _iso_media(data):
        return iso
    if _is_mp3(data):
        return SniffedFile("audio", "mp3")
    if _is_binary_stl(data):
        return SniffedFile("model", "stl")
    return _text_model(data)


def decode_upload(value: str, *, field: str, max_bytes: int) -> bytes:
    """The bytes of a data URI or raw base64 string (an upload never names a URL)."""
    kind = classify_input(value)
    if kind == "url":
        raise InputError(
            f"{field}: must be the file itself, base64-encoded (a data URI such as "
            "data:image/png;base64,... or bare base64), not a URL"
        )
    if kind == "data_uri":
        return decode_data_uri(value, field=field, max_bytes=max_bytes).data
    return decode_base64(value, field=field, max_bytes=max_bytes)


def check_upload(
    data: bytes, *, field: str, kinds: tuple[FileKind, ...], max_pixels: int
) -> SniffedFile:
    """What ``data`` is, when it is one of ``kinds`` and opens; else InputError saying why."""
    if not data:
        raise InputError(f"{field}: the file is empty")
    sniffed = sniff(data)
    if sniffed is None or sniffed.kind not in kinds:
        accepted = "; ".join(ACCEPTED[kind] for kind in kinds)
        found = f"a file of type {sniffed.extension}" if sniffed else "not a file type accepted"
        raise InputError(f"{field}: the data is {found} here; send {accepted}")
    if sniffed.kind == "image":
        try:
            decode_image(data, max_pixels=max_pixels)
        except InputError as exc:
            raise exc.prefixed(field) from exc
    elif sniffed.kind == "model":
        check_model_loads(sniffed.extension, data, field=field)
    return sniffed


def crop_to_subject(data: bytes, *, max_pixels: int) -> bytes:
    """The image cut to its subject plus a small margin, as a PNG.

    The subject is what is not transparent when the image has transparency, otherwise what
    differs from the colour of the border (a photo on a plain backdrop). An image with no
    distinct subject is kept whole.
    """
    rgba = np.asarray(decode_image(data, max_pixels=max_pixels).rgba)
    alpha = rgba[..., 3]
    if (alpha < 255).any():
        subject = alpha > 0
    else:
        border = np.concatenate([rgba[0], rgba[-1], rgba[:, 0], rgba[:, -1]])[:, :3]
        background = np.median(border, axis=0)
        distance = np.abs(rgba[..., :3].astype(np.int16) - background.astype(np.int16))
        subject = distance.max(axis=2) > _BACKGROUND_TOLERANCE
    rows, cols = np.flatnonzero(subject.any(axis=1)), np.flatnonzero(subject.any(axis=0))
    height, width = subject.shape
    if rows.size:
        margin = round(max(height, width) * _CROP_MARGIN_SHARE)
        top, bottom = max(0, rows[0] - margin), min(height, rows[-1] + 1 + margin)
        left, right = max(0, cols[0] - margin), min(width, cols[-1] + 1 + margin)
        rgba = rgba[top:bottom, left:right]
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgba), "RGBA").save(buffer, format="PNG")
    return buffer.getvalue()
