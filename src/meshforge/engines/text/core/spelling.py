"""Typos: misspelt and cut-short names put right before any pass reads the prompt.

A word neither the lexicon nor the encoder's vocabulary knows is a typo of a template's name
or an everyday thing's ("umbrela", "kangeroo", "a giraf"), else of a lexicon noun; real words
never change ("peony" is no misspelt "pony"). Its own module because the edit arithmetic is
shared: the embedding pass also asks whether a prompt's word is a misspelt template name.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from meshforge.engines.text.core.forms import VOCABULARY
from meshforge.engines.text.core.lexicon import singularize

if TYPE_CHECKING:
    from meshforge.engines.text.core.embedding_pass import EmbeddingPass
    from meshforge.engines.text.core.keyword_pass import KeywordIndex
    from meshforge.engines.text.core.lexicon_pass import LexiconPass

#: Words this long may have two typos and still name a template; shorter ones one.
LONG_WORD = 8
#: Misspellings are corrected in words at least this long ("hamer"); shorter ones are too
#: often another word. Real words are never corrected ("peony" is no misspelt "pony").
_MIN_FUZZY_LENGTH = 4
#: Words at least this long may be a name cut short ("giraf"); shorter ones are too often
#: the start of many names.
_MIN_TRUNCATED_LENGTH = 5
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class Speller:
    """Puts misspelt nouns right against template names, everyday things and WordNet."""

    def __init__(
        self,
        index: KeywordIndex,
        embedding: EmbeddingPass,
        lexicon_pass: LexiconPass,
        distractor_categories: Mapping[str, str],
    ) -> None:
        """Correct against ``index``'s names and the everyday things' names."""
        self._index = index
        self._embedding = embedding
        self._lexicon_pass = lexicon_pass
        self._distractor_categories = distractor_categories
        #: single-word everyday things, the second choice when a typo is put right
        self._everyday_words = {
            name for name in distractor_categories if name.isalpha() and name not in index.joined
        }

    def respelled_all(self, words: Sequence[str]) -> list[str]:
        """``words`` with each misspelt noun put right (``respelled``), except a word that
        makes a known name with its neighbour ("go kart", "key chain"): a real compound is
        never "corrected" into another word ("kart" is no misspelt "kant")."""
        return [
            word if self._in_compound(words, index) else self.respelled(word)
            for index, word in enumerate(words)
        ]

    def _in_compound(self, words: Sequence[str], index: int) -> bool:
        """True when ``words[index]`` and a neighbour are a keyword or a lexicon noun."""
        for first in (index - 1, index):
            pair = words[first : first + 2] if first >= 0 else []
            if len(pair) < 2:
                continue
            if "".join(pair) in self._index.joined or self._lexicon_pass.noun(" ".join(pair)):
                return True
        return False

    def respelled(self, word: str) -> str:
        """A misspelt noun put right ("umbrela", "kangeroo"); English words stay ("peony").

        A word neither the lexicon nor the encoder's vocabulary knows is a typo of a template's
        name, an everyday thing's or a lexicon noun within one edit, else a template's or an
        everyday thing's name cut short ("giraf") or within two edits in words of
        ``LONG_WORD - 1`` letters or more ("bycicle"): the fewest edits win. Only a single
        nearest spelling is taken; typos rarely hit the first letter, so it must match.
        """
        if len(word) < _MIN_FUZZY_LENGTH or word in self._index.joined or not word.isalpha():
            return word
        if word in self._distractor_categories:
            return word  # an everyday thing ("ramen"), though neither vocabulary knows it
        if word in VOCABULARY:
            return word  # a form's name ("helicoid", not a misspelt "helicon")
        encoder = self._embedding.encoder
        lexicon = self._lexicon_pass.lexicon
        if encoder.knows_word(word) or encoder.knows_word(singularize(word)):
            return word
        if lexicon.is_word(word):
            return word
        allowed = 2 if len(word) >= LONG_WORD - 1 else 1
        # the fewest edits first, whichever list the name is in: one edit to a template's
        # name, an everyday thing's or a lexicon noun before a cut-short name or two edits
        near = self._nearest_name(word, 1)
        if near is not None:
            return near
        # (never a person's: WordNet's people are often names, "kart" is no misspelt "kant")
        close = [
            candidate
            for candidate in _one_edit(word)
            if candidate[0] == word[0]
            and (noun := lexicon.noun(candidate))
            and noun.category not in (None, "characters")
        ]
        if close:
            return close[0] if len(set(close)) == 1 else word
        for names in (self._index.joined, self._everyday_words):
            completed = _completed(word, names)
            if completed is not None:
                return completed
        near = self._nearest_name(word, allowed) if allowed > 1 else None
        return word if near is None else near

    def _nearest_name(self, word: str, typos: int) -> str | None:
        """The one template name, else everyday thing, exactly ``typos`` edits from ``word``
        (with the same first letter: typos rarely hit it); ``word`` itself when two are as
        near (no telling which was meant), None when none is."""
        for names in (self._index.joined, self._everyday_words):
            close = [
                name
                for name in names
                if name[0] == word[0] and typo_count(word, name, typos + 1) == typos
            ]
            doubled = [name for name in close if _doubling(word, name)]
            if len(close) == 1 or len(doubled) == 1:
                # "hamer" is hammer, not hamper: a letter not doubled is the usual slip
                return close[0] if len(close) == 1 else doubled[0]
            if close:
                return word
        return None


def typo_count(word: str, other: str, cap: int) -> int:
    """Edits (insert, delete, substitute, swap neighbours) from ``word`` to ``other``, ≤ cap."""
    if abs(len(word) - len(other)) >= cap:
        return cap
    before: list[int] | None = None
    previous = list(range(len(other) + 1))
    for i, char in enumerate(word, 1):
        current = [i]
        for j, theirs in enumerate(other, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != theirs))
            swapped = i > 1 and j > 1 and char == other[j - 2] and word[i - 2] == theirs
            if swapped and before is not None:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) >= cap:
            return cap
        before, previous = previous, current
    return min(previous[-1], cap)


def _completed(word: str, names: Collection[str]) -> str | None:
    """The one name ``word`` is cut short of by a letter or two ("a giraf", "an elephan");
    ``word`` itself when several are ("a pengu"), None when none is."""
    if len(word) < _MIN_TRUNCATED_LENGTH:
        return None
    cut = [name for name in names if name.startswith(word) and len(name) - len(word) <= 2]
    if len(cut) > 1:
        return word
    return cut[0] if cut else None


def _doubling(word: str, name: str) -> bool:
    """True when ``name`` is ``word`` with one letter doubled or undoubled ("hamer")."""
    longer, shorter = (name, word) if len(name) > len(word) else (word, name)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
    )


def _one_edit(word: str) -> set[str]:
    """Every string one edit from ``word`` (delete, swap neighbours, replace, insert)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts
