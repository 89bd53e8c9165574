"""Declared engine parameters: what each type accepts, refuses, and how the refusal reads."""

from __future__ import annotations

import math

import pytest

from meshforge.engines.base import EngineInputError, GenerationRequest
from meshforge.engines.parameters import (
    Choice,
    Flag,
    Integer,
    Number,
    ParameterError,
    parse_parameters,
)

DEPTH = Number(name="depth", description="How deep.", default=1.0, minimum=0.2, maximum=2.0)
STEPS = Integer(name="steps", description="How many.", default=8, minimum=1, maximum=64)
SMOOTH = Flag(name="smooth", description="Smooth or not.", default=False)
PRIOR = Choice(name="prior", description="Which.", default="auto", choices=("auto", "revolve"))


@pytest.mark.parametrize(("raw", "expected"), [(0.5, 0.5), ("0.5", 0.5), (2, 2.0), (" 1.5 ", 1.5)])
def test_a_number_accepts_json_numbers_and_numeric_strings(raw: object, expected: float) -> None:
    assert DEPTH.parse(raw) == expected


@pytest.mark.parametrize("raw", [3, 0.1, "deep", math.nan, math.inf, True, None, [1], {"a": 1}])
def test_a_number_out_of_range_or_of_another_type_is_refused_naming_the_range(raw: object) -> None:
    with pytest.raises(
        ParameterError, match=r"^depth: must be a number from 0.2 to 2, got "
    ) as err:
        DEPTH.parse(raw)
    assert err.value.field == "depth"


def test_an_integer_takes_whole_numbers_only() -> None:
    assert STEPS.parse("12") == 12 and STEPS.parse(12.0) == 12
    for raw in (12.5, 0, 65, "twelve"):
        with pytest.raises(ParameterError, match="a whole number from 1 to 64"):
            STEPS.parse(raw)


@pytest.mark.parametrize(
    ("raw", "expected"), [(True, True), ("yes", True), ("TRUE", True), (0, False), ("no", False)]
)
def test_a_flag_reads_the_spellings_clients_send(raw: object, expected: bool) -> None:
    assert SMOOTH.parse(raw) is expected


@pytest.mark.parametrize("raw", ["maybe", 2, [True]])
def test_a_flag_refuses_anything_else(raw: object) -> None:
    with pytest.raises(ParameterError, match="smooth: must be true or false"):
        SMOOTH.parse(raw)


def test_a_choice_ignores_case_and_spaces_and_lists_the_choices_when_refusing() -> None:
    assert PRIOR.parse(" Revolve ") == "revolve"
    with pytest.raises(ParameterError, match="prior: must be one of auto, revolve, got 'extrude'"):
        PRIOR.parse("extrude")


def test_a_choice_whose_default_is_not_a_choice_is_a_declaration_error() -> None:
    with pytest.raises(ValueError, match="default 'x' is not one of its choices"):
        Choice(name="prior", description="", default="x", choices=("a",))


def test_a_hostile_value_is_described_without_being_printed() -> None:
    deep: list[object] = []
    for _ in range(10_000):
        deep = [deep]
    with pytest.raises(ParameterError, match=r"got a list$"):
        DEPTH.parse(deep)
    with pytest.raises(ParameterError, match=r"got 'xxxx[x]*\.\.\.$"):
        DEPTH.parse("x" * 10_000)


def test_parse_parameters_fills_defaults_and_leaves_out_undeclared_names() -> None:
    values = parse_parameters((DEPTH, PRIOR), {"depth": "0.4", "colour": "red", "prior": None})
    assert values == {"depth": 0.4, "prior": "auto"}


def test_an_engine_reads_its_value_typed_or_the_default() -> None:
    request = GenerationRequest(task="image_to_3d", seed=1, params={"depth": 0.3})
    assert DEPTH.read(request) == 0.3 and STEPS.read(request) == 8
    # a request built by hand (tests, plug-ins) is checked too: an engine never sees junk
    with pytest.raises(EngineInputError, match="depth: must be a number"):
        DEPTH.read(GenerationRequest(task="image_to_3d", seed=1, params={"depth": "deep"}))


def test_the_description_documents_type_range_default_and_choices() -> None:
    assert DEPTH.describe() == {
        "name": "depth",
        "type": "number",
        "default": 1.0,
        "description": "How deep.",
        "minimum": 0.2,
        "maximum": 2.0,
    }
    assert PRIOR.json_schema()["enum"] == ["auto", "revolve"]
    assert SMOOTH.json_schema()["type"] == "boolean" and STEPS.json_schema()["type"] == "integer"
