"""Reading a prompt: the matcher picks the object, then its colours, materials, sizes and counts.

There is one reader: the template the matcher chose is the prompt's object, and the matcher
says which words it read that object from (``Match.span``). Modifiers (colours, materials, size
words, numbers) attach to the next noun the vocabulary knows: to the whole object when that
noun names the object ("a red car", "a red flower pot"), to a part or another thing otherwise
("a snowman with a red hat" colours the hat). Modifiers that reach no known noun describe the
whole object.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from meshforge.engines.text.core.lexicon import (
    MATERIALS,
    NEGATORS,
    SIZES,
    Material,
    NamedColor,
    singularize,
    tokenize,
)
from meshforge.engines.text.core.matcher import Match
from meshforge.engines.text.core.modifiers import (
    Modifiers,
    read_color,
    read_modifier,
    read_negative,
    size_factors,
)

#: Longest multi-word noun ("teddy bear"), in words.
_MAX_NOUN_WORDS = 3
#: What a prompt matched when nothing was read yet.
NO_MATCH = Match(None, 0.0, "keyword")


class Matcher(Protocol):
    """What the reader needs of ``TemplateMatcher``."""

    def match(self, prompt: str) -> Match: ...


@dataclass(frozen=True)
class Vocabulary:
    """The nouns the reader knows: object names (phrase → template) and part names."""

    objects: Mapping[str, str]
    parts: frozenset[str] = frozenset()

    def knows(self, phrase: str) -> bool:
        """True when ``phrase`` names an object or a part."""
        return phrase in self.objects or phrase in self.parts


@dataclass(frozen=True)
class ParsedPrompt:
    """What a prompt asks for, with every word already mapped to numbers."""

    text: str
    words: tuple[str, ...] = ()  #: lower-case words, plurals made singular
    match: Match = NO_MATCH  #: the template the matcher chose, and how
    colors: tuple[NamedColor, ...] = ()  #: colours for the whole object, in prompt order
    part_colors: tuple[tuple[str, NamedColor], ...] = ()  #: (part word, colour)
    material: Material | None = None  #: the object's material
    part_materials: tuple[tuple[str, Material], ...] = ()  #: (part word, material)
    scale: float = 1.0  #: uniform size factor from tiny/small/large/huge…
    height_scale: float = 1.0  #: from tall/short
    width_scale: float = 1.0  #: from wide/thin
    size_words: tuple[str, ...] = ()
    count: int = 1  #: how many objects ("two dogs")
    part_counts: tuple[tuple[str, int], ...] = ()  #: (part word, number), e.g. ("leg", 3)
    removed_parts: frozenset[str] = field(default_factory=frozenset)  #: "no hat", negative words
    excluded_colors: tuple[NamedColor, ...] = ()  #: colours named in the negative prompt

    @property
    def noun(self) -> str | None:
        """The template name, or None when no template fits (an abstract sculpture)."""
        return self.match.template

    @property
    def matched_word(self) -> str | None:
        """The keyword or catalog phrase the template was matched by; None without one."""
        return self.match.phrase if self.match.template is not None else None

    def color_of(self, part: str) -> NamedColor | None:
        """The colour the prompt gives ``part``, if any."""
        return next((color for word, color in self.part_colors if word == part), None)

    def material_of(self, part: str) -> Material | None:
        """The material the prompt gives ``part``, if any."""
        return next((mat for word, mat in self.part_materials if word == part), None)

    def count_of(self, part: str) -> int | None:
        """The number the prompt gives ``part`` ("three legs"), if any."""
        return next((number for word, number in self.part_counts if word == part), None)

    def mentions(self, *words: str) -> bool:
        """True when any of ``words`` occurs in the prompt."""
        return any(word in self.words or singularize(word) in self.words for word in words)


@dataclass(frozen=True)
class _Noun:
    """A noun phrase the vocabulary knows, at ``tokens[index]``."""

    index: int
    phrase: str


#: A word such as "no" or "without": the next noun is absent.
_NEGATOR = "negator"
#: Where the words the object was read from end: modifiers still pending there describe the
#: object, even when its noun is one the vocabulary lacks ("a red umbrela on a green table").
_OBJECT_END = "object end"
#: The prompt read left to right: nouns, modifiers, negators and the object's end, in order.
_Event = _Noun | Modifiers | str


@dataclass
class _Reading:
    """Everything gathered while walking the prompt."""

    colors: list[NamedColor] = field(default_factory=list)
    part_colors: list[tuple[str, NamedColor]] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    part_materials: list[tuple[str, Material]] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    count: int = 1
    part_counts: list[tuple[str, int]] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)

    def attach(self, pending: Modifiers, target: str | None) -> None:
        """Give the pending modifiers to ``target`` (None: the whole object)."""
        if target is None:
            self.colors += pending.colors
            self.materials += pending.materials
            self.sizes += pending.sizes
            if pending.numbers:
                self.count = pending.numbers[-1]
        else:
            self.part_colors += [(target, color) for color in pending.colors]
            self.part_materials += [(target, mat) for mat in pending.materials]
            if pending.numbers:
                self.part_counts.append((target, pending.numbers[-1]))


def read_prompt(
    prompt: str, negative_prompt: str, matcher: Matcher, vocabulary: Vocabulary
) -> ParsedPrompt:
    """Match ``prompt`` to a template, then read its modifiers and ``negative_prompt``."""
    match = matcher.match(prompt)
    # As typed: the matcher's spelling fixes are for finding the object, and would turn part
    # words into keywords ("planter" → "platter"). Its words are these, one for one.
    tokens = tokenize(prompt)
    known = vocabulary.objects.keys() | vocabulary.parts
    events = _events(tokens, vocabulary, object_end=match.span[1])
    reading = _walk(events, _object_words(events, match, vocabulary))
    excluded, negative_words = read_negative(negative_prompt, known)
    scale, height, width = size_factors(reading.sizes)
    return ParsedPrompt(
        text=prompt,
        words=tuple(singularize(token, known) for token in tokens),
        match=match,
        colors=tuple(reading.colors),
        part_colors=tuple(reading.part_colors),
        material=reading.materials[0] if reading.materials else None,
        part_materials=tuple(reading.part_materials),
        scale=scale,
        height_scale=height,
        width_scale=width,
        size_words=tuple(reading.sizes),
        count=1 if _pair_of_one(tokens, match) else reading.count,
        part_counts=tuple(reading.part_counts),
        removed_parts=frozenset(reading.removed | negative_words),
        excluded_colors=tuple(excluded),
    )


def _pair_of_one(tokens: Sequence[str], match: Match) -> bool:
    """ "a pair of (red) chopsticks" is one object when the template is named in the plural.

    Chopsticks, scissors and glasses come as a pair, so their template builds the pair; "pair"
    counts two only of things named in the singular ("a pair of sneakers": two sneakers).
    """
    if match.template is None or "pair" not in tokens[: match.span[1]]:
        return False
    last = match.template.split()[-1]
    return last.endswith("s") and singularize(last) != last


def _events(tokens: list[str], vocabulary: Vocabulary, object_end: int) -> list[_Event]:
    """Nouns, modifiers and negators of the prompt, left to right, and the object's end."""
    events: list[_Event] = []
    index = 0
    while index < len(tokens):
        if index == object_end:
            events.append(_OBJECT_END)
        noun = _noun_here(tokens, index, vocabulary)
        if noun is not None:
            events.append(_Noun(index, noun[0]))
            index += noun[1]
            continue
        if tokens[index] in NEGATORS:
            events.append(_NEGATOR)
            index += 1
            continue
        modifier = Modifiers()
        used = read_modifier(tokens, index, modifier)
        if used:
            events.append(modifier)
        index += used or 1
    return events


def _object_words(events: Sequence[_Event], match: Match, vocabulary: Vocabulary) -> set[str]:
    """The object nouns inside the words the matcher read the object from ("flower", "pot")."""
    start, end = match.span
    words: set[str] = set()
    negated = False
    for event in events:
        if isinstance(event, _Noun):
            inside = start <= event.index < end
            if inside and not negated and event.phrase in vocabulary.objects:
                words.add(event.phrase)
            negated = False
        elif event == _NEGATOR:
            negated = True
    return words


def _walk(events: Sequence[_Event], object_words: set[str]) -> _Reading:
    """Attach each run of modifiers to the noun after it; a negated noun is removed."""
    reading = _Reading()
    pending = Modifiers()
    for event in events:
        if isinstance(event, _Noun):
            if pending.negated:
                reading.removed.add(event.phrase)
            else:
                reading.attach(pending, None if event.phrase in object_words else event.phrase)
            pending = Modifiers()
        elif isinstance(event, Modifiers):
            pending.absorb(event)
        elif event == _NEGATOR:
            pending.negated = True
        elif pending and not pending.negated:
            reading.attach(pending, None)
            pending = Modifiers()
    if pending and not pending.negated:
        reading.attach(pending, None)
    return reading


def _read_noun(tokens: list[str], start: int, vocabulary: Vocabulary) -> tuple[str, int] | None:
    """The longest known noun phrase at ``tokens[start]`` (singular) and its length."""
    known = vocabulary.objects.keys() | vocabulary.parts
    for length in range(min(_MAX_NOUN_WORDS, len(tokens) - start), 0, -1):
        words = tokens[start : start + length]
        phrase = " ".join([*words[:-1], singularize(words[-1], known)])
        if vocabulary.knows(phrase):
            return phrase, length
    word = tokens[start]
    # "three-legged", "four-wheeled", "finned": a number's noun written as an adjective
    for stem in (word[:-2], word[:-3]) if word.endswith("ed") else ():
        if stem in vocabulary.parts:
            return stem, 1
    return None


def _noun_here(tokens: list[str], index: int, vocabulary: Vocabulary) -> tuple[str, int] | None:
    """The noun phrase at ``index``, unless the words there are better read as a modifier.

    A multi-word colour wins over a noun that starts it ("light blue" is not a lamp), and a
    one-word noun that is also a modifier yields to the noun after it ("a glass vase").
    """
    color = read_color(tokens, index)
    if color is not None and color[1] > 1:
        return None
    noun = _read_noun(tokens, index, vocabulary)
    if noun is None or noun[1] > 1:
        return noun
    word = tokens[index]
    is_modifier = word in MATERIALS or word in SIZES or color is not None
    if is_modifier and index + 1 < len(tokens) and _read_noun(tokens, index + 1, vocabulary):
        return None
    return noun
