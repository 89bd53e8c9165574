"""Where noun phrases end: verbs after a subject, likenesses, relative clauses."""

from __future__ import annotations

import pytest

from meshforge.engines.text.core.lexicon import tokenize
from meshforge.engines.text.core.noun_phrases import is_generic, represents, subject_end


@pytest.mark.parametrize(
    ("prompt", "end"),
    [
        ("a giraffe eating leaves", 2),  # a plural object
        ("a racehorse jumping a fence", 2),  # an object with an article
        ("a fire breathing dragon", None),  # a bare singular noun: a compound's head
        ("a sleeping cat", None),  # an adjective before the noun
        ("a dog running", None),  # nothing after the verb
    ],
)
def test_a_verb_after_a_noun_ends_the_subject(prompt: str, end: int | None) -> None:
    assert subject_end(tokenize(prompt)) == end


def test_a_likeness_of_a_thing_gives_way_to_the_thing() -> None:
    words = tokenize("a bronze statue of a lion")
    assert represents(words, (0, 3))
    assert not represents(tokenize("a statue"), (0, 2))  # nothing follows: the statue itself
    assert not represents(tokenize("a bunch of roses"), (0, 2))  # a measure, no likeness


def test_a_generic_head_with_a_relative_clause_is_generic() -> None:
    assert is_generic(tokenize("the tool you hit nails"))
    assert not is_generic(tokenize("a toolbox you carry"))
