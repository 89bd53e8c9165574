"""The free-form field limits of request models, without a server."""

from __future__ import annotations

import contextvars
import math
from typing import Any

import pytest
from pydantic import ValidationError

from meshforge.modelslab.field_limits import (
    DEFAULT_LIMITS,
    FieldLimits,
    current_field_limits,
    json_problem,
    use_field_limits,
)
from meshforge.modelslab.requests import TextTo3DRequest


def nested(depth: int) -> Any:
    value: Any = 1
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.mark.parametrize(
    "value",
    [None, True, 0, -(2**70), 1.5, "", "é" * 100, [], {}, nested(8), {"a": [1, "b", None]}],
)
def test_small_plain_json_passes(value: Any) -> None:
    assert json_problem(value, max_bytes=1024, max_depth=8) is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (nested(9), "8 levels"),
        ("x" * 1025, "1024 bytes"),
        ("é" * 600, "1024 bytes"),  # bytes, not characters
        ([0] * 600, "1024 bytes"),
        ({str(n): n for n in range(300)}, "1024 bytes"),
        (10**1100, "1024 bytes"),
        (math.nan, "NaN"),
        ([math.inf], "NaN"),
        ("\ud800", "surrogate"),
        ({1: "a"}, "keys must be text"),
        ({"a": object()}, "must be JSON"),
    ],
)
def test_what_is_refused_and_why(value: Any, words: str) -> None:
    problem = json_problem(value, max_bytes=1024, max_depth=8)
    assert problem is not None and words in problem


def test_huge_values_are_refused_without_walking_them() -> None:
    # a million-item list is refused on its length, before its items are looked at
    assert json_problem([[0]] * 1_000_000, max_bytes=1024, max_depth=8) is not None


def test_a_request_outside_a_server_uses_the_defaults() -> None:
    assert current_field_limits() == DEFAULT_LIMITS == FieldLimits()
    with pytest.raises(ValidationError, match="2000"):
        TextTo3DRequest.model_validate({"prompt": "x" * 2001})


def test_limits_set_in_one_context_stay_there() -> None:
    def validate_with_small_limits() -> str:
        use_field_limits(FieldLimits(prompt_chars=5))
        try:
            TextTo3DRequest.model_validate({"prompt": "x" * 6})
        except ValidationError as exc:
            return str(exc)
        return ""

    assert "at most 5 characters" in contextvars.copy_context().run(validate_with_small_limits)
    assert current_field_limits() == DEFAULT_LIMITS
    assert TextTo3DRequest.model_validate({"prompt": "x" * 6}).prompt == "x" * 6
