"""English nouns from WordNet: which are things, of which category, and what each is a kind of.

The data is ``wordnet/nouns.tsv.gz``, built offline from Princeton WordNet 3.0 by
``tools/build_noun_lexicon.py`` (how, and how to rebuild: its docstring; the licence:
``wordnet/WORDNET_LICENSE``). It is read on first use, once per process (about 10 MB more
in the engine's memory).

A noun (single or multi-word: "crowbar", "soldering iron", "bow tie") is filed as a template
category ("tools"; an animal also by body plan, "animals/bird"), as ``.`` (a concrete thing no
category archetype reads as: a mountain, a hand, sand) or as ``-`` (abstract: harmony, the
future). Concrete nouns also know their hypernyms ("beagle" → hound → hunting dog → dog), so
the matcher can tell a kind of a template's object ("a beagle" is a dog) from a lookalike
("a harmonica" is no harp). Other English words (adjectives, verbs, adverbs) are known as
words only, so that a typo can be told from a real word ("peony" is no misspelt "pony").
"""

from __future__ import annotations

import gzip
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from meshforge.engines.text.core.lexicon import singularize

#: A concrete thing that no category's archetype reads as (landscape, body parts, matter).
CONCRETE = "."
#: No physical thing at all: a feeling, an idea, a time, a quality.
ABSTRACT = "-"
#: An English word that is no noun (an adjective, verb or adverb).
_OTHER_WORD = "+"
#: Longest noun looked up, in words ("chest of drawers" is three, "jack in the box" four).
MAX_NOUN_WORDS = 4
#: How far up a fantasy creature's anchors are looked for.
_MYTH_DEPTH = 6
#: Suffixes of inflected verbs and adjectives, with what replaces them to give the lemma.
_INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ier", "y"),
    ("iest", "y"),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
    ("ly", ""),
)
_ADJECTIVE_SUFFIXES = frozenset({"ier", "iest", "er", "est", "ly"})
#: The fantasy creatures' filing, and the anchors that correct it, nearest anchor first. The
#: lexicon's build files a mythical being as a character only when its WordNet gloss says
#: "man", "woman", "human"..., so a cyclops ("one of a race of giants having a single eye"), a
#: titan's kin, a warlock and the heroes of myth came out animals. Read here, a being under
#: WordNet's imaginary being is a character, but for the monsters (a dragon, a griffin, a
#: hydra) below its mythical monster; a troll, filed among the monsters, is a giant or a dwarf.
#: Anchors are (lemma, the filing of the sense meant).
_FANTASY = "animals"
_HUMANOID_ANCHORS = (("troll", _FANTASY), ("giant", _FANTASY), ("imaginary being", "characters"))
_MONSTER_ANCHOR = ("mythical monster", _FANTASY)


@dataclass(frozen=True)
class Noun:
    """A noun of the lexicon as the prompt wrote it, and how it is filed."""

    phrase: str  #: the lemma ("watering can"), singular
    code: str  #: a category ("tools", "animals/mammal"), ``CONCRETE`` or ``ABSTRACT``

    @property
    def category(self) -> str | None:
        """The template category (folder) it belongs to, None for none."""
        if self.code in (CONCRETE, ABSTRACT):
            return None
        return self.code.partition("/")[0]

    @property
    def kind(self) -> str | None:
        """What it is within its category, when known ("mammal" for an animal)."""
        return self.code.partition("/")[2] or None


class NounLexicon:
    """The WordNet noun lexicon, loaded from the package on first use."""

    def __init__(self, text: str | None = None) -> None:
        """Parse ``text`` (the lexicon file's content) or, when None, the shipped file."""
        self._text = text
        self._lemmas: dict[str, str] = {}
        self._plurals: dict[str, str] = {}
        self._synset_codes: list[str] = []
        self._synset_parents: list[str] = []
        self._loaded = False
        self._lock = threading.Lock()
        self._children: dict[int, list[int]] | None = None  #: built on the first ``kinds_below``
        self._first_sense_lemmas: dict[int, list[str]] | None = None

    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            text = self._text
            if text is None:
                packed = resources.files(__package__).joinpath("wordnet/nouns.tsv.gz").read_bytes()
                text = gzip.decompress(packed).decode("utf-8")
            codes: dict[str, str] = {}  # one string object per distinct code
            for line in io.StringIO(text):
                line = line.rstrip("\n")
                kind, _, rest = line.partition("\t")
                first, _, second = rest.partition("\t")
                if kind == "L":
                    self._lemmas[first] = codes.setdefault(second, second)
                elif kind == "S":
                    self._synset_codes.append(codes.setdefault(first, first))
                    self._synset_parents.append(second)
                elif kind == "P":
                    self._plurals[first] = second
            self._text = None
            self._file_humanoid_myths()
            self._loaded = True

    def _file_humanoid_myths(self) -> None:
        """Refile the people-shaped beings of myth as characters (``_HUMANOID_ANCHORS``)."""

        def anchor(lemma: str, code: str) -> int | None:
            stored = self._lemmas.get(lemma, "")
            senses = [int(s) for s in stored.split(",") if s.isdigit()]
            return next((s for s in senses if self._synset_codes[s] == code), None)

        humanoid = {anchor(lemma, code) for lemma, code in _HUMANOID_ANCHORS} - {None}
        monster = anchor(*_MONSTER_ANCHOR)
        if not humanoid:
            return  # a lexicon without them (tests)
        for synset, code in enumerate(self._synset_codes):
            if code != _FANTASY:
                continue
            for node, _distance in self.hypernyms(synset, _MYTH_DEPTH):
                if node in humanoid:
                    self._synset_codes[synset] = "characters"
                    break
                if node == monster:
                    break

    def _entry(self, phrase: str) -> tuple[str, str] | None:
        """(lemma, stored code) of ``phrase`` as written or made singular, None if unknown."""
        if not self._loaded:
            self._load()
        words = phrase.split()
        last = words[-1] if words else ""
        for candidate in (last, self._plurals.get(last), singularize(last, self._lemmas)):
            if candidate is None:
                continue
            lemma = " ".join([*words[:-1], candidate])
            code = self._lemmas.get(lemma)
            if code is not None and code != _OTHER_WORD:
                return lemma, code
        return None

    def noun(self, phrase: str) -> Noun | None:
        """``phrase`` (lower-case words, singular or plural) as a noun, None if no noun."""
        entry = self._entry(phrase)
        if entry is None:
            return None
        lemma, stored = entry
        if stored in (CONCRETE, ABSTRACT):
            return Noun(lemma, stored)
        return Noun(lemma, self._synset_codes[int(stored.partition(",")[0])])

    def is_word(self, word: str) -> bool:
        """True for an English word: a noun, adjective, verb or adverb, or an inflection."""
        if not self._loaded:
            self._load()
        if word in self._lemmas or word in self._plurals or self._entry(word) is not None:
            return True
        for suffix, replacement in _INFLECTIONS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                # "-er", "-est" and "-ly" make adjectives and adverbs of adjectives, never of
                # nouns: "hamer" is no form of "ham"
                adjective = suffix in _ADJECTIVE_SUFFIXES
                for lemma in (stem + replacement, stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                    code = self._lemmas.get(lemma)
                    if code is not None and (not adjective or code == _OTHER_WORD):
                        return True  # "painted", "running", "taller", "bigger"
        return False

    def is_empty(self) -> bool:
        """True for a lexicon without words (tests of the encoder's rules alone)."""
        if not self._loaded:
            self._load()
        return not self._lemmas

    def is_noun(self, word: str) -> bool:
        """True for a single word the lexicon knows as a noun (any filing)."""
        return self._entry(word) is not None

    def senses(self, phrase: str) -> tuple[int, ...]:
        """Ids of the concrete senses of ``phrase``, the most likely first; () if none."""
        entry = self._entry(phrase)
        if entry is None or entry[1] in (CONCRETE, ABSTRACT):
            return ()
        return tuple(int(sense) for sense in entry[1].split(","))

    def sense_code(self, sense: int) -> str:
        """The category code of one sense (a synset id from ``senses``)."""
        return self._synset_codes[sense]

    def hypernyms(self, sense: int, depth: int) -> Iterator[tuple[int, int]]:
        """(synset id, distance) of ``sense`` and its concrete hypernyms up to ``depth`` steps,
        nearest first."""
        seen = {sense}
        level = [sense]
        for distance in range(depth + 1):
            following: list[int] = []
            for node in level:
                yield node, distance
                parents = self._synset_parents[node]
                for parent in (int(p) for p in parents.split(",") if p):
                    if parent not in seen:
                        seen.add(parent)
                        following.append(parent)
            level = following

    def kinds_below(self, sense: int, depth: int) -> list[str]:
        """Lemmas whose most likely sense is ``sense`` or one of its hyponyms up to ``depth``
        steps down ("flower" → "snapdragon", "orchid", ...), in file order."""
        if not self._loaded:
            self._load()
        with self._lock:
            if self._children is None:
                self._index_hyponyms()
            children = self._children or {}
            first = self._first_sense_lemmas or {}
        below = {sense}
        level = [sense]
        for _ in range(depth):
            level = [
                child for node in level for child in children.get(node, ()) if child not in below
            ]
            below.update(level)
        return [lemma for node in sorted(below) for lemma in first.get(node, ())]

    def _index_hyponyms(self) -> None:
        """Synset → its hyponyms, and synset → the lemmas whose first sense it is."""
        children: dict[int, list[int]] = {}
        for node, parents in enumerate(self._synset_parents):
            for parent in parents.split(","):
                if parent:
                    children.setdefault(int(parent), []).append(node)
        first: dict[int, list[str]] = {}
        for lemma, code in self._lemmas.items():
            if code[:1].isdigit():
                first.setdefault(int(code.partition(",")[0]), []).append(lemma)
        self._children, self._first_sense_lemmas = children, first

    def words(self) -> Iterator[str]:
        """Every noun lemma (for typo correction), in file order."""
        if not self._loaded:
            self._load()
        return (lemma for lemma, code in self._lemmas.items() if code != _OTHER_WORD)

    def __contains__(self, phrase: object) -> bool:
        """True for a known noun (the ``known`` of ``singularize``)."""
        return isinstance(phrase, str) and self._entry(phrase) is not None


_shared: NounLexicon | None = None
_shared_lock = threading.Lock()


def shared_lexicon() -> NounLexicon:
    """The process-wide lexicon of the shipped file (parsed on its first lookup)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = NounLexicon()
        return _shared
