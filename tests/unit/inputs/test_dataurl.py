"""Data URIs, raw base64 and the load_image_input entry point for inline images."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from meshforge.inputs import (
    DecodedImage,
    InputError,
    InputTooLarge,
    classify_input,
    decode_base64,
    decode_data_uri,
    load_image_input,
)

PAYLOAD = bytes(range(256)) * 3  # exercises every base64 symbol, including + / and - _


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (5, 4), (1, 2, 3, 4)).save(out, format="PNG")
    return out.getvalue()


PNG = _png()
PNG_B64 = base64.b64encode(PNG).decode()


def load(value: str, *, max_bytes: int = 100_000) -> DecodedImage:
    return load_image_input(
        value, field="init_image", max_bytes=max_bytes, max_pixels=1_000_000, timeout_s=1
    )


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("https://example.com/a.png", "url"),
        ("  http://example.com/a.png\n", "url"),
        ("ftp://example.com/a.png", "url"),
        ("file:///etc/passwd", "url"),
        ("data:image/png;base64,AAAA", "data_uri"),
        ("DATA:image/png;base64,AAAA", "data_uri"),
        ("iVBORw0KGgo=", "base64"),
        ("/9j/4AAQSkZJRg", "base64"),  # a JPEG's base64 starts with a slash, not a URL
    ],
)
def test_classify(value: str, kind: str) -> None:
    assert classify_input(value) == kind


@pytest.mark.parametrize(
    "template",
    [
        "data:image/png;base64,{b64}",
        "data:image/png;base64, {b64}",  # the space ModelsLab's own examples carry
        "data:image/png;base64,\n{b64}\n",
        "  DATA:IMAGE/PNG;BASE64,{b64}  ",
        "data:image/png;name=a.png;base64,{b64}",
        "data:;base64,{b64}",
    ],
)
def test_data_uri_forms(template: str) -> None:
    decoded = decode_data_uri(
        template.format(b64=base64.b64encode(PAYLOAD).decode()), field="f", max_bytes=10_000
    )
    assert decoded.data == PAYLOAD


def test_data_uri_media_type_is_reported() -> None:
    decoded = decode_data_uri("data:Model/GLB;base64,AAAA", field="f", max_bytes=10)
    assert decoded.media_type == "model/glb"


def test_payload_with_line_breaks_every_76_characters() -> None:
    wrapped = base64.encodebytes(PAYLOAD).decode()  # MIME style, "\n" every 76 characters
    assert decode_base64(wrapped, field="f", max_bytes=10_000) == PAYLOAD


@pytest.mark.parametrize(
    "encoded",
    [
        base64.b64encode(PAYLOAD[:10]).decode(),
        base64.b64encode(PAYLOAD[:10]).decode().rstrip("="),
        base64.urlsafe_b64encode(PAYLOAD[:10]).decode(),
        base64.urlsafe_b64encode(PAYLOAD[:10]).decode().rstrip("="),
    ],
)
def test_raw_base64_padding_and_alphabets(encoded: str) -> None:
    assert decode_base64(encoded, field="f", max_bytes=100) == PAYLOAD[:10]


def test_urlsafe_alphabet_with_every_symbol() -> None:
    encoded = base64.urlsafe_b64encode(PAYLOAD).decode()
    assert "-" in encoded and "_" in encoded
    assert decode_base64(encoded, field="f", max_bytes=10_000) == PAYLOAD


@pytest.mark.parametrize(
    "garbage",
    [
        "this is not base64!",
        "AAAA*AAA",
        "AA=A",  # padding in the middle
        "A",  # a length no base64 can have
        "ab+c-d",  # two alphabets at once
        "données",  # non-ASCII
        "   ",
    ],
)
def test_garbage_base64_names_the_field(garbage: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_base64(garbage, field="init_image", max_bytes=100)
    assert str(caught.value).startswith("init_image: ")


@pytest.mark.parametrize(
    "value",
    [
        "data:image/png,rawtext",  # not base64-encoded
        "data:image/png;base64",  # no comma
        "data:image/png;base64,@@@@",
    ],
)
def test_malformed_data_uri_names_the_field(value: str) -> None:
    with pytest.raises(InputError, match=r"^image: "):
        decode_data_uri(value, field="image", max_bytes=100)


def test_size_cap() -> None:
    encoded = base64.b64encode(PAYLOAD).decode()
    assert decode_base64(encoded, field="f", max_bytes=len(PAYLOAD)) == PAYLOAD
    with pytest.raises(InputTooLarge, match=r"^f: "):
        decode_base64(encoded, field="f", max_bytes=len(PAYLOAD) - 1)


def test_size_cap_is_checked_before_decoding() -> None:
    # Invalid symbols after the first megabyte: the cap must refuse before validation runs.
    with pytest.raises(InputTooLarge):
        decode_base64("A" * 2_000_000 + "!!!!", field="f", max_bytes=1_000)


def test_too_large_is_an_input_error_and_prefixing_keeps_the_kind() -> None:
    error = InputTooLarge("too big").prefixed("init_image")
    assert isinstance(error, InputTooLarge)
    assert isinstance(error, InputError)
    assert isinstance(error, ValueError)
    assert str(error) == "init_image: too big"


@pytest.mark.parametrize(
    "value", [f"data:image/png;base64,{PNG_B64}", f"data:image/png;base64, {PNG_B64}", PNG_B64]
)
def test_load_image_input_inline(value: str) -> None:
    image = load(value)
    assert image.rgba.shape == (4, 5, 4)
    assert image.has_alpha


def test_load_image_input_garbage_names_the_field() -> None:
    with pytest.raises(InputError, match=r"^init_image: .*not valid base64"):
        load("C:\\Users\\me\\image.png")  # a local path pasted by mistake


def test_load_image_input_decode_errors_name_the_field() -> None:
    gif = io.BytesIO()
    Image.new("RGB", (2, 2)).save(gif, format="GIF")
    with pytest.raises(InputError, match=r"^init_image: GIF images are not supported"):
        load(base64.b64encode(gif.getvalue()).decode())


def test_load_image_input_oversized_inline_image() -> None:
    with pytest.raises(InputTooLarge, match=r"^init_image: "):
        load(PNG_B64, max_bytes=10)
