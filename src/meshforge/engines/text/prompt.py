"""Prompt parsing: which object, in which colours, materials, sizes and numbers.

Modifiers (colours, materials, size words, numbers) attach to the next noun the vocabulary
knows, so "a snowman with a red hat" colours the hat while "a red car" colours the car.
Modifiers that reach no known noun describe the whole object.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from meshforge.engines.text.lexicon import (
    COLORS,
    JOINERS,
    MATERIALS,
    NEGATORS,
    NUMBERS,
    SHADES,
    SIZES,
    Material,
    NamedColor,
    singularize,
    tokenize,
)

# singularize and tokenize live in lexicon; they are re-exported for callers that import them here
__all__ = [
    "ParsedPrompt",
    "Vocabulary",
    "parse_prompt",
    "read_color",
    "singularize",
    "tokenize",
]

#: Longest multi-word noun ("teddy bear") and colour name ("light goldenrod yellow"), in words.
_MAX_NOUN_WORDS = 3
_MAX_COLOR_WORDS = 4
_MAX_SCALE = 4.0
_MIN_SCALE = 0.25


@dataclass(frozen=True)
class Vocabulary:
    """The nouns the parser knows: object names (phrase → template) and part names."""

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
    noun: str | None = None  #: the template name, or None when no object noun was found
    matched_word: str | None = None  #: the prompt's own word(s) for the object
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


@dataclass
class _Pending:
    """Modifiers read but not yet attached to a noun."""

    colors: list[NamedColor] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    negated: bool = False

    def __bool__(self) -> bool:
        return bool(self.colors or self.materials or self.sizes or self.numbers)


@dataclass
class _Reading:
    """Everything gathered while walking the prompt."""

    noun: str | None = None
    matched_word: str | None = None
    colors: list[NamedColor] = field(default_factory=list)
    part_colors: list[tuple[str, NamedColor]] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    part_materials: list[tuple[str, Material]] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    count: int = 1
    part_counts: list[tuple[str, int]] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)

    def attach(self, pending: _Pending, target: str | None) -> None:
        """Give the pending modifiers to ``target`` (None or the object: the whole object)."""
        if target is None or target == self.matched_word:
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


def read_color(tokens: list[str], start: int) -> tuple[NamedColor, int] | None:
    """The colour named at ``tokens[start]`` and how many words it used, or None."""
    for length in range(min(_MAX_COLOR_WORDS, len(tokens) - start), 0, -1):
        name = "".join(tokens[start : start + length])
        if name in COLORS and not (length == 1 and name in MATERIALS):
            label = " ".join(tokens[start : start + length])
            return NamedColor(label, COLORS[name]), length
    word = tokens[start]
    if word in SHADES and start + 1 < len(tokens):
        following = read_color(tokens, start + 1)
        if following is None:
            return None
        color, used = following
        multiply, whiten = SHADES[word]
        shaded = tuple(
            round(channel * multiply * (1 - whiten) + 255 * whiten) for channel in color.rgb
        )
        return NamedColor(f"{word} {color.name}", (shaded[0], shaded[1], shaded[2])), used + 1
    return None


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


def _read_modifier(tokens: list[str], start: int, pending: _Pending) -> int:
    """Add the modifier at ``tokens[start]`` to ``pending``; return words used (0 if none)."""
    word = tokens[start]
    if word.isdigit():
        pending.numbers.append(int(word))
        return 1
    if word in NUMBERS:
        pending.numbers.append(NUMBERS[word])
        return 1
    if word in MATERIALS:
        pending.materials.append(MATERIALS[word])
        return 1
    color = read_color(tokens, start)
    if color is not None:
        pending.colors.append(color[0])
        return color[1]
    if word in SIZES:
        pending.sizes.append(word)
        return 1
    return 0


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


def _walk(tokens: list[str], vocabulary: Vocabulary) -> _Reading:
    """Read the prompt left to right, attaching modifiers to the nouns after them."""
    reading = _Reading()
    pending = _Pending()
    index = 0
    while index < len(tokens):
        noun = _noun_here(tokens, index, vocabulary)
        if noun is not None:
            phrase, used = noun
            if reading.noun is None and phrase in vocabulary.objects and not pending.negated:
                reading.noun, reading.matched_word = vocabulary.objects[phrase], phrase
            if pending.negated:
                reading.removed.add(phrase)
            else:
                reading.attach(pending, phrase)
            pending = _Pending()
            index += used
            continue
        word = tokens[index]
        if word in NEGATORS:
            pending.negated = True
            index += 1
            continue
        used = _read_modifier(tokens, index, pending)
        index += used or 1
    if pending and not pending.negated:
        reading.attach(pending, None)
    return reading


def _size_factors(sizes: list[str]) -> tuple[float, float, float]:
    """Multiply the size words' factors together, bounded so a pile of "huge" stays sane."""
    scale = height = width = 1.0
    for word in sizes:
        uniform, tall, wide = SIZES[word]
        scale, height, width = scale * uniform, height * tall, width * wide
    return _bounded(scale), _bounded(height), _bounded(width)


def _bounded(factor: float) -> float:
    """Clamp a size factor to the range we build at."""
    return min(_MAX_SCALE, max(_MIN_SCALE, factor))


def _read_negative(text: str, vocabulary: Vocabulary) -> tuple[list[NamedColor], set[str]]:
    """Colours and part words of the negative prompt."""
    tokens = tokenize(text)
    colors: list[NamedColor] = []
    words: set[str] = set()
    known = vocabulary.objects.keys() | vocabulary.parts
    index = 0
    while index < len(tokens):
        color = read_color(tokens, index)
        if color is not None:
            colors.append(color[0])
            index += color[1]
            continue
        if tokens[index] not in NEGATORS and tokens[index] not in JOINERS:
            words.add(singularize(tokens[index], known))
        index += 1
    return colors, words


def parse_prompt(prompt: str, negative_prompt: str, vocabulary: Vocabulary) -> ParsedPrompt:
    """Read ``prompt`` and ``negative_prompt`` against the known nouns."""
    tokens = tokenize(prompt)
    known = vocabulary.objects.keys() | vocabulary.parts
    reading = _walk(tokens, vocabulary)
    excluded, negative_words = _read_negative(negative_prompt, vocabulary)
    scale, height, width = _size_factors(reading.sizes)
    return ParsedPrompt(
        text=prompt,
        words=tuple(singularize(token, known) for token in tokens),
        noun=reading.noun,
        matched_word=reading.matched_word,
        colors=tuple(reading.colors),
        part_colors=tuple(reading.part_colors),
        material=reading.materials[0] if reading.materials else None,
        part_materials=tuple(reading.part_materials),
        scale=scale,
        height_scale=height,
        width_scale=width,
        size_words=tuple(reading.sizes),
        count=reading.count,
        part_counts=tuple(reading.part_counts),
        removed_parts=frozenset(reading.removed | negative_words),
        excluded_colors=tuple(excluded),
    )
