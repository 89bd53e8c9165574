"""The keyword pass: which template names a prompt's words, whole words only.

A template's short plain phrases ("teddy bear", "sports car") are its keywords. Reading them
is exact and needs no model, so it comes first and still works when the sentence encoder is
not installed. This module only indexes and finds them; what a hit means for the prompt
(head, compound, modifier) is decided in ``matcher.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from meshforge.engines.text.core.lexicon import JOINERS, singularize, tokenize
from meshforge.engines.text.core.noun_phrases import (
    BOUNDARIES,
    MAX_KEYWORD_WORDS,
    is_keyword,
    spelled,
)


@dataclass(frozen=True)
class Hit:
    """A keyword found in a segment: where it ends and what it names."""

    end: int
    keyword: str
    template: str | None  #: None for a distractor that contains a keyword ("hot dog")


class KeywordIndex:
    """Every template's keywords in both spellings ("snow man", "snowman"), the everyday
    things that contain one ("hot dog"), and the phrases the encoder compares with."""

    def __init__(self, templates: Mapping[str, Sequence[str]], distractors: Sequence[str]) -> None:
        """Index ``templates`` (name → phrases, highest priority first) and ``distractors``."""
        self.keywords: dict[str, str] = {}
        self.blocked: dict[str, str] = {}  #: distractor phrases that contain a keyword
        # "snow man" and "snowman", "light house" and "lighthouse" are the same word: the first
        # template to claim it, in either spelling, keeps it (the catalog lists the templates
        # by priority, so that is the one with the higher priority)
        self.joined: dict[str, str] = {}
        for name, phrases in templates.items():
            for phrase in (name, *phrases):
                words = tokenize(phrase)
                if is_keyword(phrase, words):
                    key = " ".join(words)
                    if self.joined.setdefault(key.replace(" ", ""), name) == name:
                        self.keywords.setdefault(key, name)
        # "chest of drawers": keywords with a boundary word inside are read before segmenting.
        # So are everyday things named so ("a mortar and pestle"), and template names too long
        # for keywords ("a jack in the box").
        self.spanning = {
            tuple(key.split())
            for key in (*self.keywords, *(_as_words(p) for p in (*templates, *distractors)))
            if set(key.split()) & BOUNDARIES
        }
        #: every phrase the encoder compares a prompt with: (template, phrase), None for an
        #: everyday thing no template builds
        self.phrases: list[tuple[str | None, str]] = [
            (name, phrase) for name, phrases in templates.items() for phrase in (name, *phrases)
        ]
        for phrase in distractors:
            words = tokenize(phrase)
            hits = self.hits(words)
            if not hits:
                self.phrases.append((None, phrase))
            elif len(words) > 1 and hits[0].keyword != " ".join(words):
                # "hot dog", "cooking pot": a keyword inside, but another thing; longest wins.
                self.blocked[" ".join(words)] = phrase
        #: each template's keywords, in both spellings, to see if a prompt supports a match
        self.names: dict[str, set[str]] = {}
        for key, name in (*self.keywords.items(), *self.joined.items()):
            self.names.setdefault(name, set()).add(key.replace(" ", ""))
        self.elided = _elided(self.keywords)

    def hits(self, words: Sequence[str]) -> list[Hit]:
        """Keywords in ``words``, longest first at each position, left to right."""
        hits: list[Hit] = []
        index = 0
        while index < len(words):
            hit = self.keyword_at(words, index)
            if hit is None:
                index += 1
            else:
                hits.append(hit)
                index = hit.end
        return hits

    def keyword_at(self, words: Sequence[str], start: int) -> Hit | None:
        """The longest keyword starting at ``words[start]``, plural or not."""
        for length in range(min(MAX_KEYWORD_WORDS, len(words) - start), 0, -1):
            written = list(words[start : start + length])
            span = [*written[:-1], singularize(written[-1], self.keywords)]
            # "chest of drawers" is a keyword as written, "two armchairs" once made singular;
            # run together only words that may form one ("snow man"), never "a corn" → acorn
            joined = ("".join(span),) if length == 1 or not JOINERS & set(written) else ()
            # "an 18 wheeler": a name with a number in it, as the name spells it
            number = spelled(written[0]) if length > 1 else None
            numbered = (" ".join([number, *span[1:]]),) if number else ()
            for key in (" ".join(written), " ".join(span), *joined, *numbered):
                shown = " ".join(written if key == " ".join(written) else span)
                name = self.keywords.get(key) or self.joined.get(key)
                if name is not None:
                    return Hit(start + length, shown, name)
                if key in self.blocked:
                    return Hit(start + length, shown, None)
        return None

    def longest_ending(self, segment: Sequence[str], hit: Hit) -> Hit:
        """The longest keyword ending where ``hit`` ends: "a gaming pc tower" is read "gaming
        pc | tower" left to right, but its head is "pc tower"."""
        for length in range(MAX_KEYWORD_WORDS, len(hit.keyword.split()), -1):
            first = hit.end - length
            if first < 0:
                continue
            longer = self.keyword_at(segment[first : hit.end], 0)
            if longer is not None and longer.end == length and longer.template is not None:
                return Hit(hit.end, longer.keyword, longer.template)
        return hit


#: Words that join a name to what follows and never end one ("bunch of", "mortar and").
_LINKS = BOUNDARIES | JOINERS


def _elided(keywords: Mapping[str, str]) -> dict[str, str]:
    """Keywords of three words or more that end in their template's own keyword, that word
    left out: "maine coon" for "maine coon cat", "great white" for "great white shark". A
    prompt says the breed and leaves the kind unsaid; a prefix two templates share is left out.
    """
    found: dict[str, str | None] = {}
    for key, name in keywords.items():
        words = key.split()
        # "bunch of" (grapes) is no name: a prefix ends in a word that can end a name
        if len(words) >= 3 and keywords.get(words[-1]) == name and words[-2] not in _LINKS:
            prefix = " ".join(words[:-1])
            if prefix not in keywords:
                found[prefix] = name if found.get(prefix, name) == name else None
    return {prefix: name for prefix, name in found.items() if name is not None}


def _as_words(phrase: str) -> str:
    """``phrase`` as the matcher's words, joined by spaces."""
    return " ".join(tokenize(phrase))
