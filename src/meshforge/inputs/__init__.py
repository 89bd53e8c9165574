"""User-supplied inputs: SSRF-safe URL fetching, data URIs and base64, and image decoding."""

from __future__ import annotations

from meshforge.inputs.addresses import Resolver, is_public_address, system_resolver
from meshforge.inputs.dataurl import DataUri, classify_input, decode_base64, decode_data_uri
from meshforge.inputs.errors import InputError, InputTooLarge
from meshforge.inputs.fetch import fetch_url
from meshforge.inputs.images import DecodedImage, decode_image, load_image_input

__all__ = [
    "DataUri",
    "DecodedImage",
    "InputError",
    "InputTooLarge",
    "Resolver",
    "classify_input",
    "decode_base64",
    "decode_data_uri",
    "decode_image",
    "fetch_url",
    "is_public_address",
    "load_image_input",
    "system_resolver",
]
