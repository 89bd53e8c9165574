"""Parameters an engine declares: name, type, range, default and description, in one place.

An engine package lists its own parameters in a light ``parameters.py`` (no numpy: the API
process imports it through the registry). That one declaration drives everything else:

* submit: a value out of range or of the wrong type is a 400 naming the field and its range
  (``parse``); the job stores the value with the defaults applied, so ``meta`` shows it;
* the engine reads its value back with ``PARAMETER.read(request)``, typed;
* ``GET /engines`` and the OpenAPI schema document it (``describe``, ``json_schema``).

Values arrive from JSON bodies sent by many clients, so numbers may come as strings ("0.5")
and flags as "yes"/"true"; anything else is refused, never clamped or guessed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from meshforge.engines.base import EngineInputError

if TYPE_CHECKING:
    from meshforge.engines.base import GenerationRequest

#: what a parameter's value can be, as stored in the job's JSON
ParamValue = float | int | bool | str
_Value = TypeVar("_Value", float, int, bool, str)

#: a refused value is quoted in the message up to this many characters
_QUOTE_CHARS = 40


class ParameterError(EngineInputError):
    """A parameter's value is not allowed; the message names the field and what is allowed."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def _quote(raw: object) -> str:
    if not isinstance(raw, str | int | float):  # a list or object: never repr a hostile depth
        return "a list" if isinstance(raw, list) else f"a {type(raw).__name__}"
    text = repr(raw)
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 3] + "..."


def _number(raw: object) -> float | None:
    """``raw`` as a finite float, from a JSON number or a numeric string; None if not one."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        value = float(raw)
    elif isinstance(raw, str) and len(raw) <= _QUOTE_CHARS:
        try:
            value = float(raw.strip())
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


@dataclass(frozen=True, kw_only=True)
class Parameter(Generic[_Value]):
    """One declared parameter; subclasses fix its type."""

    name: str
    description: str
    default: _Value  #: the value used when the request does not send one

    json_type: ClassVar[str] = ""

    def parse(self, raw: object) -> _Value:
        """The value ``raw`` stands for; ParameterError if it is not allowed."""
        raise NotImplementedError

    def read(self, request: GenerationRequest) -> _Value:
        """This parameter's value in ``request`` (its default when the job has none)."""
        return self.parse(request.params.get(self.name, self.default))

    def allowed(self) -> str:
        """What is allowed, in words ("a number from 0.2 to 2")."""
        raise NotImplementedError

    def refuse(self, raw: object) -> ParameterError:
        """The error for a value that is not allowed."""
        return ParameterError(self.name, f"must be {self.allowed()}, got {_quote(raw)}")

    def json_schema(self) -> dict[str, Any]:
        """The parameter as an OpenAPI / JSON Schema property."""
        return {"type": self.json_type, "default": self.default, "description": self.description}

    def describe(self) -> dict[str, Any]:
        """The parameter as ``GET /engines`` lists it."""
        return {"name": self.name, **self.json_schema()}


@dataclass(frozen=True, kw_only=True)
class _Ranged(Parameter[_Value]):
    """A number within ``minimum``..``maximum``; ``whole`` ones only for integers."""

    minimum: _Value
    maximum: _Value

    def _checked(self, raw: object, whole: bool) -> float:
        value = _number(raw)
        if value is None or (whole and not value.is_integer()):
            raise self.refuse(raw)
        if not float(self.minimum) <= value <= float(self.maximum):
            raise self.refuse(raw)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {**super().json_schema(), "minimum": self.minimum, "maximum": self.maximum}


@dataclass(frozen=True, kw_only=True)
class Number(_Ranged[float]):
    """A real number within ``minimum``..``maximum``."""

    json_type: ClassVar[str] = "number"

    def parse(self, raw: object) -> float:
        return self._checked(raw, whole=False)

    def allowed(self) -> str:
        return f"a number from {self.minimum:g} to {self.maximum:g}"


@dataclass(frozen=True, kw_only=True)
class Integer(_Ranged[int]):
    """A whole number within ``minimum``..``maximum`` ("12" and 12.0 are 12)."""

    json_type: ClassVar[str] = "integer"

    def parse(self, raw: object) -> int:
        return int(self._checked(raw, whole=True))

    def allowed(self) -> str:
        return f"a whole number from {self.minimum} to {self.maximum}"


_TRUE, _FALSE = frozenset({"true", "yes", "1"}), frozenset({"false", "no", "0"})


@dataclass(frozen=True, kw_only=True)
class Flag(Parameter[bool]):
    """On or off: true/false, or (as ModelsLab clients send them) "yes"/"no", "1"/"0"."""

    json_type: ClassVar[str] = "boolean"

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int) and raw in (0, 1):
            return bool(raw)
        if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
            return raw.strip().lower() in _TRUE
        raise self.refuse(raw)

    def allowed(self) -> str:
        return "true or false"


@dataclass(frozen=True, kw_only=True)
class Choice(Parameter[str]):
    """One word out of ``choices`` (matched without regard to case or surrounding spaces)."""

    choices: tuple[str, ...]

    json_type: ClassVar[str] = "string"

    def __post_init__(self) -> None:
        if self.default not in self.choices:
            raise ValueError(f"{self.name}: default {self.default!r} is not one of its choices")

    def parse(self, raw: object) -> str:
        word = raw.strip().lower() if isinstance(raw, str) else None
        if word is None or word not in self.choices:
            raise self.refuse(raw)
        return word

    def allowed(self) -> str:
        return "one of " + ", ".join(self.choices)

    def json_schema(self) -> dict[str, Any]:
        return {**super().json_schema(), "enum": list(self.choices)}


def parse_parameters(
    declared: Iterable[Parameter[Any]], sent: Mapping[str, object]
) -> dict[str, ParamValue]:
    """Every declared parameter's value: the one ``sent``, checked, or its default.

    Names ``sent`` that are not declared are left out (ModelsLab clients send fields of their
    own; unknown fields are ignored everywhere in the API).
    """
    return {
        parameter.name: parameter.parse(sent[parameter.name])
        if sent.get(parameter.name) is not None
        else parameter.default
        for parameter in declared
    }
