"""Decode user images (PNG, JPEG, WebP only) to RGBA arrays, refusing bombs before decoding."""

from __future__ import annotations

import io
import struct
import threading
import warnings
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, UnidentifiedImageError

from meshforge.inputs.dataurl import classify_input, decode_base64, decode_data_uri
from meshforge.inputs.errors import InputError
from meshforge.inputs.fetch import fetch_url

ALLOWED_FORMATS = ("PNG", "JPEG", "WEBP")
_ALLOWED_WORDS = "PNG, JPEG or WebP"
# Content types accepted from a download; the decoder's own sniffing is the real check, this
# only turns "the URL is a web page" into a clear message.
IMAGE_CONTENT_TYPES = ("image/*", "application/octet-stream", "binary/octet-stream")
# Only to name a refused format in the message; never used to pick a decoder.
_OTHER_SIGNATURES = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_SIXTEEN_BIT_GRAY = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I"})
# Errors Pillow raises from damaged or truncated files.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error)
# warnings.catch_warnings swaps process-wide state; the lock keeps concurrent decodes here from
# restoring each other's filters (the own pixel check below refuses bombs regardless).
_OPEN_LOCK = threading.Lock()


@dataclass(frozen=True)
class DecodedImage:
    """An RGBA image (H, W, 4 uint8, read-only) and whether the source carried transparency."""

    rgba: npt.NDArray[np.uint8]
    has_alpha: bool
    format: str  # "PNG", "JPEG" or "WEBP"


@dataclass(frozen=True)
class NormalisedImage:
    """A user image re-encoded as an RGBA PNG, and whether the source carried transparency."""

    png: bytes
    has_alpha: bool


def _unsupported_message(data: bytes) -> str:
    """Name the format when it is a common one, and say which ones are accepted."""
    for signature, name in _OTHER_SIGNATURES:
        if data.startswith(signature):
            return f"{name} images are not supported; send {_ALLOWED_WORDS}"
    return f"the data is not a {_ALLOWED_WORDS} image"


def _open_header(data: bytes, max_pixels: int) -> Image.Image:
    """Open (header only) with the allowed decoders and enforce the pixel limit before decoding."""
    too_large = InputError(f"the image has too many pixels (the limit is {max_pixels:,})")
    with _OPEN_LOCK, warnings.catch_warnings():
        # Pillow only *warns* between MAX_IMAGE_PIXELS and twice that; a bomb must be an error.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise too_large from exc
        except UnidentifiedImageError as exc:
            raise InputError(_unsupported_message(data)) from exc
        except _DECODE_ERRORS as exc:
            raise InputError("the image file is damaged or incomplete") from exc
    width, height = image.size
    if width * height > max_pixels:
        image.close()
        raise too_large
    return image


def _sixteen_bit_gray_to_rgba(image: Image.Image) -> tuple[npt.NDArray[np.uint8], bool]:
    """16-bit grey to 8-bit RGBA by scaling; Pillow's convert() would clip at 255 instead."""
    gray16 = np.asarray(image).astype(np.uint32)
    gray8 = ((gray16 * 255 + 32767) // 65535).clip(0, 255).astype(np.uint8)
    alpha = np.full(gray8.shape, 255, dtype=np.uint8)
    key = image.info.get("transparency")
    if isinstance(key, int):
        alpha[gray16 == key] = 0
    return np.dstack([gray8, gray8, gray8, alpha]), isinstance(key, int)


def _to_rgba(image: Image.Image) -> tuple[npt.NDArray[np.uint8], bool]:
    """Convert any mode the three decoders produce to RGBA, reporting real transparency."""
    if image.mode in _SIXTEEN_BIT_GRAY:
        return _sixteen_bit_gray_to_rgba(image)
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    if image.mode == "CMYK":
        image = image.convert("RGB")
    # convert() applies palette transparency and single-colour transparency keys (tRNS).
    return np.array(image.convert("RGBA"), dtype=np.uint8), has_alpha


def _apply_orientation(image: Image.Image) -> Image.Image:
    """Rotate/flip as the EXIF Orientation tag says; a broken EXIF block is ignored."""
    try:
        return ImageOps.exif_transpose(image)
    except (*_DECODE_ERRORS, KeyError, TypeError):
        # Cameras write odd EXIF; a wrong rotation is better than refusing a good image.
        return image


def decode_image(data: bytes, *, max_pixels: int) -> DecodedImage:
    """Decode PNG/JPEG/WebP bytes to RGBA; raises InputError for other formats, bombs, damage."""
    if not data:
        raise InputError("the image is empty")
    image = _open_header(data, max_pixels)
    try:
        image_format = str(image.format)
        image.load()
        oriented = _apply_orientation(image)
        rgba, has_alpha = _to_rgba(oriented)
    except _DECODE_ERRORS as exc:
        raise InputError("the image file is damaged or incomplete") from exc
    finally:
        image.close()
    rgba.setflags(write=False)  # shared by reference in a frozen value; copy before editing
    return DecodedImage(rgba=rgba, has_alpha=has_alpha, format=image_format)


def load_image_input(
    value: str,
    *,
    field: str,
    max_bytes: int,
    max_pixels: int,
    timeout_s: float,
    allow_private: bool = False,
) -> DecodedImage:
    """Get and decode `init_image`/`image`: an http(s) URL, a data URI or raw base64."""
    kind = classify_input(value)
    if kind == "url":
        try:
            data = fetch_url(
                value.strip(),
                max_bytes=max_bytes,
                timeout_s=timeout_s,
                allow_private=allow_private,
                allowed_content_types=IMAGE_CONTENT_TYPES,
            )
        except InputError as exc:
            raise exc.prefixed("could not download the image").prefixed(field) from exc
    elif kind == "data_uri":
        data = decode_data_uri(value, field=field, max_bytes=max_bytes).data
    else:
        data = decode_base64(value, field=field, max_bytes=max_bytes)
    try:
        return decode_image(data, max_pixels=max_pixels)
    except InputError as exc:
        raise exc.prefixed(field) from exc


def load_image_as_png(
    value: str,
    *,
    field: str,
    max_bytes: int,
    max_pixels: int,
    timeout_s: float,
    allow_private: bool = False,
) -> NormalisedImage:
    """``load_image_input``, re-encoded as one PNG (what jobs store); blocking, run in a thread."""
    decoded = load_image_input(
        value,
        field=field,
        max_bytes=max_bytes,
        max_pixels=max_pixels,
        timeout_s=timeout_s,
        allow_private=allow_private,
    )
    return _as_png(decoded)


def image_bytes_as_png(data: bytes, *, field: str, max_pixels: int) -> NormalisedImage:
    """Decode image bytes already at hand (an upload read from storage) and re-encode as PNG."""
    try:
        decoded = decode_image(data, max_pixels=max_pixels)
    except InputError as exc:
        raise exc.prefixed(field) from exc
    return _as_png(decoded)


def _as_png(decoded: DecodedImage) -> NormalisedImage:
    buffer = io.BytesIO()
    # Level 1: the PNG is read once by the engine, so saving time beats saving bytes.
    Image.fromarray(decoded.rgba, "RGBA").save(buffer, format="PNG", compress_level=1)
    return NormalisedImage(png=buffer.getvalue(), has_alpha=decoded.has_alpha)
