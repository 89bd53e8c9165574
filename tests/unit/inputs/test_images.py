"""decode_image: allowed formats only, pixel limit before decoding, modes, alpha, EXIF."""

from __future__ import annotations

import dataclasses
import io
import struct
import time
import warnings
import zlib
from typing import Any

import numpy as np
import pytest
from PIL import Image

from meshforge.inputs import DecodedImage, InputError, decode_image

LIMIT_PIXELS = 4096 * 4096


def encode(image: Image.Image, image_format: str, **params: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, format=image_format, **params)
    return out.getvalue()


def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def bomb_png(width: int, height: int) -> bytes:
    """A valid 1-bit all-black PNG, built by hand: Pillow would need width*height bytes."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    rows_per_block = 100
    idat = [compressor.compress(row * rows_per_block) for _ in range(height // rows_per_block)]
    idat.append(compressor.compress(row * (height % rows_per_block)))
    idat.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(idat))
        + _png_chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def bomb_400mp() -> bytes:
    return bomb_png(20_000, 20_000)


def noise_rgb(width: int, height: int) -> Image.Image:
    pixels = np.random.default_rng(7).integers(0, 256, (height, width, 3), dtype=np.uint8)
    return Image.fromarray(pixels, "RGB")


def test_400_megapixel_bomb_is_refused_fast(bomb_400mp: bytes) -> None:
    assert len(bomb_400mp) < 64_000
    started = time.perf_counter()
    with pytest.raises(InputError, match="too many pixels"):
        decode_image(bomb_400mp, max_pixels=LIMIT_PIXELS)
    assert time.perf_counter() - started < 0.5  # decoding would take seconds and 400 MB


def test_bomb_in_pillows_warning_band_is_an_error_not_a_warning() -> None:
    # 100 MP is above Pillow's MAX_IMAGE_PIXELS (89 MP) but below its hard error (179 MP):
    # Pillow only warns there. A caller's limit above Pillow's must still end in InputError.
    data = bomb_png(10_000, 10_000)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # as in production, where warnings are not errors
        with pytest.raises(InputError, match="too many pixels"):
            decode_image(data, max_pixels=500_000_000)
    assert caught == []


def test_own_pixel_limit_applies_below_pillows() -> None:
    data = bomb_png(5_000, 4_000)  # 20 MP: Pillow is fine with it, our limit is not
    with pytest.raises(InputError, match="16,777,216"):
        decode_image(data, max_pixels=LIMIT_PIXELS)


@pytest.mark.parametrize(("image_format", "tolerance"), [("PNG", 0), ("JPEG", 40), ("WEBP", 40)])
def test_allowed_formats_decode(image_format: str, tolerance: int) -> None:
    source = Image.new("RGB", (40, 30), (200, 100, 50))
    decoded = decode_image(encode(source, image_format), max_pixels=LIMIT_PIXELS)
    assert decoded.format == image_format
    assert decoded.rgba.shape == (30, 40, 4)
    assert decoded.rgba.dtype == np.uint8
    assert not decoded.has_alpha
    assert (decoded.rgba[..., 3] == 255).all()
    difference = np.abs(decoded.rgba[..., :3].astype(int) - np.array([200, 100, 50]))
    assert difference.max() <= tolerance


@pytest.mark.parametrize(
    ("image_format", "name"), [("GIF", "GIF"), ("BMP", "BMP"), ("TIFF", "TIFF")]
)
def test_other_formats_are_refused_naming_the_allowed_ones(image_format: str, name: str) -> None:
    data = encode(Image.new("RGB", (4, 4)), image_format)
    with pytest.raises(InputError) as caught:
        decode_image(data, max_pixels=LIMIT_PIXELS)
    assert name in str(caught.value)
    assert "PNG, JPEG or WebP" in str(caught.value)


def test_unknown_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="not a PNG, JPEG or WebP image"):
        decode_image(b"hello, this is text", max_pixels=LIMIT_PIXELS)
    with pytest.raises(InputError, match="empty"):
        decode_image(b"", max_pixels=LIMIT_PIXELS)


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP"])
def test_truncated_files_are_refused(image_format: str) -> None:
    data = encode(noise_rgb(64, 64), image_format)
    with pytest.raises(InputError, match="damaged or incomplete"):
        decode_image(data[: len(data) // 2], max_pixels=LIMIT_PIXELS)


def test_corrupt_png_data_is_refused() -> None:
    data = bytearray(encode(noise_rgb(32, 32), "PNG"))
    data[60:200] = bytes(140)  # wipe part of the compressed stream, keep the header
    with pytest.raises(InputError, match="damaged or incomplete"):
        decode_image(bytes(data), max_pixels=LIMIT_PIXELS)


def test_rgba_png_reports_alpha() -> None:
    source = Image.new("RGBA", (3, 2), (10, 20, 30, 0))
    decoded = decode_image(encode(source, "PNG"), max_pixels=LIMIT_PIXELS)
    assert decoded.has_alpha
    assert decoded.rgba[0, 0].tolist() == [10, 20, 30, 0]


def test_rgba_webp_reports_alpha() -> None:
    source = Image.new("RGBA", (8, 8), (10, 20, 30, 128))
    decoded = decode_image(encode(source, "WEBP", lossless=True), max_pixels=LIMIT_PIXELS)
    assert decoded.has_alpha
    assert decoded.rgba[0, 0, 3] == 128


def test_palette_with_transparency_key() -> None:
    source = Image.new("P", (2, 1))
    source.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    source.putpixel((0, 0), 0)
    source.putpixel((1, 0), 1)
    decoded = decode_image(encode(source, "PNG", transparency=0), max_pixels=LIMIT_PIXELS)
    assert decoded.has_alpha
    assert decoded.rgba[0].tolist() == [[255, 0, 0, 0], [0, 255, 0, 255]]


def test_palette_without_transparency() -> None:
    source = Image.new("RGB", (4, 4), (0, 0, 255)).convert("P")
    decoded = decode_image(encode(source, "PNG"), max_pixels=LIMIT_PIXELS)
    assert not decoded.has_alpha
    assert decoded.rgba[0, 0].tolist() == [0, 0, 255, 255]


def test_rgb_with_transparency_key() -> None:
    source = Image.new("RGB", (2, 1), (1, 2, 3))
    source.putpixel((1, 0), (9, 9, 9))
    decoded = decode_image(encode(source, "PNG", transparency=(1, 2, 3)), max_pixels=LIMIT_PIXELS)
    assert decoded.has_alpha
    assert decoded.rgba[0].tolist() == [[1, 2, 3, 0], [9, 9, 9, 255]]


@pytest.mark.parametrize(
    ("mode", "value", "expected_rgba", "alpha"),
    [
        ("1", 1, [255, 255, 255, 255], False),
        ("L", 77, [77, 77, 77, 255], False),
        ("LA", (77, 5), [77, 77, 77, 5], True),
    ],
)
def test_grey_modes(mode: str, value: Any, expected_rgba: list[int], alpha: bool) -> None:
    decoded = decode_image(encode(Image.new(mode, (2, 2), value), "PNG"), max_pixels=LIMIT_PIXELS)
    assert decoded.rgba[1, 1].tolist() == expected_rgba
    assert decoded.has_alpha is alpha


def test_sixteen_bit_grey_is_scaled_not_clipped() -> None:
    gray16 = np.array([[0, 257 * 77, 32_896, 65_535]], dtype=np.uint16)
    data = encode(Image.fromarray(gray16), "PNG")
    decoded = decode_image(data, max_pixels=LIMIT_PIXELS)
    assert decoded.rgba[0, :, 0].tolist() == [0, 77, 128, 255]
    assert not decoded.has_alpha


def test_sixteen_bit_grey_transparency_key() -> None:
    gray16 = np.array([[1000, 2000]], dtype=np.uint16)
    data = encode(Image.fromarray(gray16), "PNG", transparency=1000)
    decoded = decode_image(data, max_pixels=LIMIT_PIXELS)
    assert decoded.has_alpha
    assert decoded.rgba[0, :, 3].tolist() == [0, 255]


def test_cmyk_jpeg_becomes_rgb() -> None:
    source = Image.new("CMYK", (8, 8), (0, 255, 255, 0))  # pure red in CMYK
    decoded = decode_image(encode(source, "JPEG", quality=95), max_pixels=LIMIT_PIXELS)
    red, green, blue, alpha = decoded.rgba[4, 4].tolist()
    assert red > 200 and green < 60 and blue < 60 and alpha == 255
    assert not decoded.has_alpha


@pytest.mark.parametrize("image_format", ["PNG", "JPEG"])
def test_exif_orientation_is_applied(image_format: str) -> None:
    # 3 wide, 2 high, red top-left. Orientation 6 means "rotate 90 degrees clockwise to view".
    source = Image.new("RGB", (3, 2), (0, 0, 255))
    source.putpixel((0, 0), (255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6
    params: dict[str, Any] = {"exif": exif.tobytes()}
    if image_format == "JPEG":
        source = source.resize((30, 20), Image.Resampling.NEAREST)
        params["quality"] = 95
    decoded = decode_image(encode(source, image_format, **params), max_pixels=LIMIT_PIXELS)
    height, width = decoded.rgba.shape[:2]
    assert height > width  # turned upright
    top_right = decoded.rgba[0, -1, :3].astype(int)
    assert top_right[0] > 200 and top_right[2] < 60  # the red corner moved to the top right


def test_result_is_frozen_and_read_only() -> None:
    decoded = decode_image(encode(Image.new("RGB", (2, 2)), "PNG"), max_pixels=LIMIT_PIXELS)
    assert isinstance(decoded, DecodedImage)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.format = "GIF"  # type: ignore[misc]
    with pytest.raises(ValueError, match="read-only"):
        decoded.rgba[0, 0, 0] = 1
