"""The WordNet noun lexicon (core/nouns.py): categories, abstract nouns, compounds, kinds, words.

The nouns checked here were not used to choose the build's anchors (tools/build_noun_lexicon.py):
they test that the hypernym anchors generalise, not that a list was copied.
"""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from meshforge.engines.text.core.nouns import ABSTRACT, NounLexicon, shared_lexicon

LEXICON = shared_lexicon()


@pytest.mark.parametrize(
    ("noun", "category"),
    [
        ("accordion", "instruments"),
        ("canoe", "vehicles"),
        ("tow truck", "vehicles"),
        ("toucan", "animals"),
        ("salamander", "animals"),
        ("tulip", "plants"),
        ("cardigan", "clothing"),
        ("scalpel", "tools"),
        ("chisel", "tools"),
        ("lasagna", "food"),
        ("sofa", "furniture"),
        ("pagoda", "buildings"),
        ("musket", "weapons"),
    ],
)
def test_concrete_nouns_get_their_category(noun: str, category: str) -> None:
    found = LEXICON.noun(noun)
    assert found is not None and found.category == category, found


def test_animals_are_filed_by_body_plan() -> None:
    kinds = {noun: LEXICON.noun(noun) for noun in ("toucan", "salamander", "zebra finch", "gecko")}
    assert {noun: found and found.kind for noun, found in kinds.items()} == {
        "toucan": "bird",
        "salamander": "reptile",
        "zebra finch": "bird",
        "gecko": "reptile",
    }


@pytest.mark.parametrize("noun", ["harmony", "future", "idea", "chaos", "emotion", "nostalgia"])
def test_abstract_nouns_are_abstract(noun: str) -> None:
    found = LEXICON.noun(noun)
    assert found is not None and found.code == ABSTRACT and found.category is None


def test_multi_word_nouns_and_plurals_are_found() -> None:
    for phrase, category in (
        ("soldering iron", "tools"),
        ("bow tie", "clothing"),
        ("fire engine", "vehicles"),
        ("fire engines", "vehicles"),
        ("mice", "animals"),
    ):
        found = LEXICON.noun(phrase)
        assert found is not None and found.category == category, phrase
    assert LEXICON.noun("fire") is not None and LEXICON.noun("fire").category != "vehicles"  # type: ignore[union-attr]


def test_mythical_beings_are_characters_when_part_human() -> None:
    assert LEXICON.noun("centaur").category == "characters"  # type: ignore[union-attr]
    assert LEXICON.noun("griffin").category == "animals"  # type: ignore[union-attr]


def test_hypernyms_reach_the_kind() -> None:
    (beagle,) = LEXICON.senses("beagle")[:1]
    (dog,) = LEXICON.senses("dog")[:1]
    ancestors = dict(LEXICON.hypernyms(beagle, depth=3))
    assert ancestors[dog] == 3  # beagle → hound → hunting dog → dog
    assert dog not in dict(LEXICON.hypernyms(beagle, depth=2))


def test_words_are_told_from_typos() -> None:
    for word in ("peony", "pony", "woolly", "painted", "running", "quickly"):
        assert LEXICON.is_word(word), word
    for typo in ("kangeroo", "brocoli", "hamer", "asdfghjkl"):
        assert not LEXICON.is_word(typo), typo
    assert LEXICON.noun("quickly") is None  # a word, but no noun


def test_a_lexicon_can_be_read_from_text() -> None:
    text = (
        "S\tanimals/mammal\t\nS\tanimals/mammal\t0\nL\tdog\t0\nL\tpuppy\t1\nL\tjoy\t-\nL\tsoft\t+\n"
    )
    small = NounLexicon(text)
    assert small.noun("puppies").category == "animals"  # type: ignore[union-attr]
    assert [sense for sense, _ in small.hypernyms(1, 3)] == [1, 0]
    assert small.noun("joy").code == ABSTRACT  # type: ignore[union-attr]
    assert small.noun("soft") is None and small.is_word("soft")


def test_the_shipped_file_is_small_and_carries_the_licence() -> None:
    data = resources.files("meshforge.engines.text.core").joinpath("wordnet")
    packed = data.joinpath("nouns.tsv.gz").read_bytes()
    assert len(packed) < 1_100_000
    assert gzip.decompress(packed).startswith(b"# Noun lexicon")
    assert "Princeton University" in data.joinpath("WORDNET_LICENSE").read_text()
