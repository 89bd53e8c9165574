"""When a prompt asks for the abstract sculpture: a form, an art form, or no thing at all.

"a klein bottle", "tangled loops" name a form the sculpture builds (``core/forms.py``); "an
abstract sculpture" asks for one; "harmony", "the sound of silence", "asdfghjkl" name no
thing, every noun abstract or no English word. Its own module because telling "nothing
concrete" from "something no template builds" takes all three passes: the keywords (a
template's word among abstract ones), the lexicon (abstract nouns, non-words) and the encoder
(a word the lexicon lacks may still be near a template: "a pikachu").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meshforge.engines.text.core.embedding_pass import EmbeddingPass
from meshforge.engines.text.core.forms import (
    ARRANGEMENTS,
    ART_STYLES,
    ART_WORDS,
    FORM_HELPERS,
    NAMED_HEADS,
    form_words,
    named_form,
)
from meshforge.engines.text.core.keyword_pass import KeywordIndex
from meshforge.engines.text.core.lexicon import COLORS, MATERIALS, singularize
from meshforge.engines.text.core.lexicon_pass import LexiconPass
from meshforge.engines.text.core.match import Match
from meshforge.engines.text.core.noun_phrases import (
    BOUNDARIES,
    GENERIC,
    Span,
    is_modifier,
    segments,
)
from meshforge.engines.text.core.nouns import ABSTRACT, NounLexicon
from meshforge.engines.text.core.spelling import LONG_WORD

#: Words that ask for the abstract sculpture itself when the prompt names no template's object:
#: art forms and the styles that only describe a form.
ART_FORM_WORDS = (
    ART_WORDS
    | frozenset("sculptures artworks".split())  # noqa: SIM905
    | frozenset(style for style in ART_STYLES if " " not in style)
)


class AbstractReading:
    """Reads whether a prompt names a form or nothing concrete, over one catalog."""

    def __init__(
        self, index: KeywordIndex, embedding: EmbeddingPass, lexicon_pass: LexiconPass
    ) -> None:
        """Read with ``index``'s keywords, ``embedding``'s encoder and ``lexicon_pass``'s nouns."""
        self._index = index
        self._embedding = embedding
        self._lexicon_pass = lexicon_pass

    def form_asked(self, words: list[str]) -> Match | None:
        """The sculpture, when the prompt names a form ("a klein bottle", "tangled loops",
        "stacked floating rings") and no other word of it a concrete object ("a spiral
        staircase", "a knot of rope", "a lattice fence" name one); None otherwise."""
        runs = form_words(words) | self._named_after(words)
        if not runs:
            return None
        inside = {index for start, end in runs.items() for index in range(start, end)}
        # a template's keyword outside the form's words ("ice cream swirl") names an object;
        # one inside them is the form ("klein bottle", arranged "rings")
        for start, end in segments(words, self._index.spanning):
            for hit in self._index.hits(words[start:end]):
                first = start + hit.end - len(hit.keyword.split())
                if not set(range(first, start + hit.end)) <= inside:
                    return None
        for index, word in enumerate(words):
            if index in inside or is_modifier(word) or says_nothing(word):
                continue
            if word in FORM_HELPERS or word in ARRANGEMENTS or word in ART_FORM_WORDS:
                continue
            noun = self._lexicon_pass.noun(word)
            if noun is not None and noun.category is not None:
                return None  # "a lattice fence", "a wave surfboard": an object's shape
        first = min(runs)
        phrase = named_form(words) or " ".join(words[first : runs[first]])
        reason = f"the prompt asks for a form ({phrase}) and names no object"
        return Match(None, 0.0, "keyword", phrase, span=(0, len(words)), reason=reason)

    def _named_after(self, words: Sequence[str]) -> dict[int, int]:
        """Runs of a name no English word before a mathematical head ("a kuen surface", "a
        calabi manifold"): a form named after its finder, though no list has it."""
        runs: dict[int, int] = {}
        for index in range(1, len(words)):
            name = words[index - 1]
            if words[index] not in NAMED_HEADS or not name.isalpha() or len(name) < 3:
                continue
            if not self._lexicon_pass.lexicon.is_word(name) and not self._index.hits([name]):
                runs[index - 1] = index + 1
        return runs

    def only_abstract(self, words: Sequence[str], *, adjectives: bool = False) -> bool:
        """True when no word of the prompt names a thing: its nouns are abstract ("the sound
        of silence"), the rest adjectives, verbs or no English word at all ("asdfghjkl").

        ``adjectives``: a prompt of adjectives alone ("untitled") counts too; not where a
        generic noun stands for the thing ("a shiny vehicle").
        """
        lexicon = self._lexicon_pass.lexicon
        if lexicon.is_empty():
            return False  # no words to tell a thing from an idea by
        if self._names_a_compound(words):
            return False
        nothing = 0  # abstract nouns and non-words
        for word in words:
            noun = self._lexicon_pass.noun(word)
            if word in self._index.joined or singularize(word) in self._index.joined:
                # a template's word whose usual sense is abstract ("the sound of silence")
                # counts as abstract only beside another abstract noun ("a light" is a lamp)
                if noun is None or noun.code != ABSTRACT:
                    return False
            elif word in GENERIC and noun is not None and noun.category is not None:
                return False  # "a shiny vehicle": some vehicle, if not which
            elif says_nothing(word):
                continue
            elif noun is not None and noun.code != ABSTRACT:
                return False  # "a white orchid": a colour's name, but a thing here
            elif not lexicon.is_word(word) and _is_compound(word, lexicon):
                return False  # "gamepad", "lightsaber": an unknown word made of nouns
            elif noun is None and self._ends_in_a_thing(word):
                return False  # "dehumidifier": a prefix before a thing's name
            elif noun is not None or adjectives or not lexicon.is_word(word):
                nothing += 1  # an abstract noun, an adjective or verb ("untitled"), a non-word
        return nothing > 0

    def _ends_in_a_thing(self, word: str) -> bool:
        """True when ``word`` ends in a concrete noun of ``LONG_WORD`` letters or more
        ("dehumidifier"): a prefix does not make a thing an idea."""
        for cut in range(1, len(word) - LONG_WORD + 1):
            noun = self._lexicon_pass.noun(word[cut:])
            if noun is not None and noun.code != ABSTRACT:
                return True
        return False

    def _names_a_compound(self, words: Sequence[str]) -> bool:
        """True when two or three of the words name a thing together, though each alone may
        be abstract ("a tennis racket": "racket" is first a din)."""
        for size in (3, 2):
            for start in range(len(words) - size + 1):
                compound = " ".join(words[start : start + size])
                noun = self._lexicon_pass.noun(compound)
                if compound in self._index.keywords or (noun is not None and noun.code != ABSTRACT):
                    return True
        return False

    def sculpture(self, query: str, span: Span, words: Sequence[str]) -> Match:
        """The abstract sculpture for a prompt with no concrete noun, unless a word the lexicon
        lacks is very near a template ("a pikachu" may still be a thing)."""
        found = self._embedding.match(query, span, words)
        known = all(
            self._lexicon_pass.lexicon.is_word(word) or says_nothing(word) for word in words
        )
        concrete = found.template is not None or found.fallback is not None
        if not known and concrete and found.score >= self._embedding.sure:
            return found
        reason = "no word of the prompt names a thing (WordNet)"
        return replace(found, template=None, fallback=None, kind=None, reason=reason)


#: Words that name nothing even when no list files them: pronouns and the like.
_FUNCTION_WORDS = frozenset(
    "i me my we us you it they them he him she her this that what whatever anything "  # noqa: SIM905
    "everything nothing something anyone someone please nobody somebody anybody everybody "
    "none".split()
)


def says_nothing(word: str) -> bool:
    """True for words that never name a thing: sizes, numbers, articles, pronouns, "thing"
    (colours and materials may: "an orange", "a white orchid", "a soldering iron")."""
    if word in COLORS or word in MATERIALS:
        return False
    return is_modifier(word) or word in GENERIC or word in _FUNCTION_WORDS or word in BOUNDARIES


def _is_compound(word: str, lexicon: NounLexicon) -> bool:
    """True when ``word`` is two English words run together, the last a noun ("gamepad")."""
    return any(
        lexicon.is_word(word[:cut]) and lexicon.is_noun(word[cut:])
        for cut in range(3, len(word) - 2)
    )
