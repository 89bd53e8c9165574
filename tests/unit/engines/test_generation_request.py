"""GenerationRequest.float_param: the one reader of an engine's optional numeric parameters."""

from __future__ import annotations

import pytest

from meshforge.engines.base import EngineInputError, GenerationRequest


def request(**params: object) -> GenerationRequest:
    return GenerationRequest(task="text_to_3d", seed=1, params=dict(params))


def test_missing_parameter_takes_the_default() -> None:
    assert request().float_param("depth", 1.0, 0.2, 2.0) == 1.0


@pytest.mark.parametrize(("raw", "expected"), [(0.5, 0.5), ("1.5", 1.5), (-3, 0.2), (9, 2.0)])
def test_numbers_and_numeric_strings_are_read_and_clamped(raw: object, expected: float) -> None:
    assert request(depth=raw).float_param("depth", 1.0, 0.2, 2.0) == expected


@pytest.mark.parametrize("raw", ["deep", None, [1], "nan", float("inf")])
def test_anything_else_is_an_input_error_naming_the_field_and_range(raw: object) -> None:
    with pytest.raises(EngineInputError, match=r"^depth must be a number from 0\.2 to 2\b"):
        request(depth=raw).float_param("depth", 1.0, 0.2, 2.0)
