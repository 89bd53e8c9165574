"""The words that describe an object rather than name it: colours, materials, sizes, numbers."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from meshforge.engines.text.core.lexicon import (
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

#: Longest colour name ("light goldenrod yellow"), in words.
_MAX_COLOR_WORDS = 4
_MAX_SCALE = 4.0
_MIN_SCALE = 0.25


@dataclass
class Modifiers:
    """Modifiers read but not yet attached to a noun."""

    colors: list[NamedColor] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    negated: bool = False

    def __bool__(self) -> bool:
        return bool(self.colors or self.materials or self.sizes or self.numbers)

    def absorb(self, other: Modifiers) -> None:
        """Add ``other``'s modifiers after these, keeping the prompt's order."""
        self.colors += other.colors
        self.materials += other.materials
        self.sizes += other.sizes
        self.numbers += other.numbers


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


def read_modifier(tokens: list[str], start: int, into: Modifiers) -> int:
    """Add the modifier at ``tokens[start]`` to ``into``; return words used (0 if none)."""
    word = tokens[start]
    if word.isdigit():
        into.numbers.append(int(word))
        return 1
    if word in NUMBERS:
        into.numbers.append(NUMBERS[word])
        return 1
    if word in MATERIALS:
        into.materials.append(MATERIALS[word])
        return 1
    color = read_color(tokens, start)
    if color is not None:
        into.colors.append(color[0])
        return color[1]
    if word in SIZES:
        into.sizes.append(word)
        return 1
    return 0


def size_factors(sizes: list[str]) -> tuple[float, float, float]:
    """Multiply the size words' factors together, bounded so a pile of "huge" stays sane."""
    scale = height = width = 1.0
    for word in sizes:
        uniform, tall, wide = SIZES[word]
        scale, height, width = scale * uniform, height * tall, width * wide
    return _bounded(scale), _bounded(height), _bounded(width)


def _bounded(factor: float) -> float:
    """Clamp a size factor to the range we build at."""
    return min(_MAX_SCALE, max(_MIN_SCALE, factor))


def read_negative(text: str, known: Container[str]) -> tuple[list[NamedColor], set[str]]:
    """Colours and words (made singular against the ``known`` nouns) of the negative prompt."""
    tokens = tokenize(text)
    colors: list[NamedColor] = []
    words: set[str] = set()
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
