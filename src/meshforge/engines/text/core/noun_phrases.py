"""Where a prompt's noun phrases start and end, and which words can never name the object."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from meshforge.engines.text.core.lexicon import (
    COLORS,
    MATERIALS,
    NUMBERS,
    SIZES,
    singularize,
    tokenize,
)
from meshforge.engines.text.core.relation_words import POSE_SHAPES, SHAPING

#: Longest keyword, in words ("sailing boat", "plush teddy bear").
MAX_KEYWORD_WORDS = 3
#: Words that end a noun phrase: what follows describes something else.
# Word lists as text (noqa SIM905): one word per line would triple this header's length.
BOUNDARIES = frozenset(
    "with on in by at for of from under over near beside behind inside into onto next to "  # noqa: SIM905
    "and or but while that which who whose where wearing holding made without no".split()
)
#: Nouns too broad to name a template ("a vehicle that flies to the moon", "a tool for
#: digging"): never keywords, and a prompt that starts with one is embedded whole.
GENERIC = frozenset(
    "thing things something object item stuff machine device vehicle building structure animal "  # noqa: SIM905
    "creature pet container tool place kind type sort one".split()
)
#: Words that measure out the object named after them ("a bar of soap", "a bunch of roses").
MEASURES = frozenset(
    "bar loaf slice piece bunch bouquet stack pile heap cluster group family set herd flock "  # noqa: SIM905
    "pack row bundle collection handful pair couple".split()
)
#: Young of an animal: after another template's noun they name its young ("a giraffe calf").
YOUNG = frozenset("calf pup puppy cub chick foal kid baby".split())  # noqa: SIM905
#: Words for a likeness of a thing: "a statue of a lion" is the lion, as a statue.
REPRESENTATIONS = frozenset(
    "statue statuette figurine figure sculpture carving model replica effigy bust decoy".split()  # noqa: SIM905
)
#: The letter of "3d", "2d" ("3 d" to the tokenizer): after a digit it says the model is one.
_DIMENSIONS = frozenset({"d"})
#: Pronouns that open a relative clause after a generic head ("the tool you hit nails with").
_CLAUSE_OPENERS = frozenset("you i we they he she people someone one".split())  # noqa: SIM905
#: Words with no bearing on which object is meant.
FILLER = frozenset("a an the my your our his her their its this that some s very".split())  # noqa: SIM905

#: A run of the prompt's words, ``words[start:end]``.
Span = tuple[int, int]


def is_keyword(phrase: str, words: Sequence[str]) -> bool:
    """Short plain noun phrases are keywords; descriptions are not."""
    plain = phrase.replace(" ", "").replace("-", "").isalpha()
    short = 0 < len(words) <= MAX_KEYWORD_WORDS
    return plain and short and not set(words) & FILLER and not set(words) <= GENERIC


#: Words after which the prompt says what the object is for or looks like, never what it is
#: ("an iron | for ironing shirts", "a house shaped | like a mushroom", "a teapot | that
#: looks like a cat"): a noun phrase before them is the object.
PURPOSE = frozenset("for like resembling that which".split())  # noqa: SIM905
#: Prepositions the scene reader does not cut at but that end a noun phrase all the same ("a
#: console table | against the wall"): the matcher cuts there too.
_PREPOSITIONS = frozenset(
    "against beneath underneath above below around across along among between through "  # noqa: SIM905
    "toward towards upon atop amid".split()
)
#: Nouns that, followed by "of", say the same ("a cake in the shape | of a castle").
_SHAPE_NOUNS = frozenset("shape form style likeness".split())  # noqa: SIM905
#: What separates clauses in the prompt as written: a comma, a parenthesis, a semicolon.
_CLAUSE_MARKS = re.compile(r"[,;:()\[\]]")


def clause_starts(prompt: str) -> frozenset[int]:
    """Indices of the prompt's words (``tokenize``) that open a clause after a comma or a
    parenthesis ("a medieval knight, | 4k, | unreal engine", "a triangle (| percussion
    instrument)"): what follows is a list of attributes, a style or an appositive."""
    starts: set[int] = set()
    count = 0
    for piece in _CLAUSE_MARKS.split(prompt):
        words = len(tokenize(piece))
        if words and count:
            starts.add(count)
        count += words
    return frozenset(starts)


def ends_in_purpose(words: Sequence[str], span: Span) -> bool:
    """True when what follows ``words[span]`` says what the object is for or looks like
    ("for ironing", "like a mushroom", "that looks like a cat", "in the shape of")."""
    end = span[1]
    after = words[end : end + 4]
    if after[:1] and after[0] in PURPOSE:
        return True
    # "in the shape of", "in the form of": the segment ends at "in"
    nouns = [word for word in after[1:] if word not in FILLER]
    return after[:1] == ["in"] and bool(nouns) and nouns[0] in _SHAPE_NOUNS


def segments(
    words: Sequence[str],
    spanning: Collection[tuple[str, ...]] = (),
    clauses: Collection[int] = (),
) -> list[Span]:
    """The prompt's words cut at prepositions and conjunctions, except inside ``spanning``,
    and before each index in ``clauses`` (``clause_starts``)."""
    spans: list[Span] = []
    start = index = 0
    while index < len(words):
        if index in clauses and index > start:
            spans.append((start, index))
            start = index
        kept = next((k for k in spanning if tuple(words[index : index + len(k)]) == k), None)
        if kept is not None:
            index += len(kept)
            continue
        if words[index] in BOUNDARIES or words[index] in PURPOSE or words[index] in _PREPOSITIONS:
            spans.append((start, index))
            start = index + 1
        index += 1
    spans.append((start, len(words)))
    return [(first, end) for first, end in spans if end > first]


def is_generic(segment: Sequence[str]) -> bool:
    """True for "a thing", "a wooden thing", "something": a head that names no object; also
    for one a relative clause describes ("the tool you hit nails with": "nails" is no head)."""
    nouns = [word for word in segment if not is_modifier(word)]
    if len(nouns) > 1 and nouns[0] in GENERIC and nouns[1] in _CLAUSE_OPENERS:
        return True
    return bool(nouns) and all(word in GENERIC for word in nouns)


#: Words between a shaping verb and the shape it gives ("curled *up into a* ball").
_POSE_LINKS = frozenset(("up", "into", "in", "a", "an", "tight", "tightly"))


def represents(words: Sequence[str], span: Span) -> bool:
    """True when ``words[span]`` is a likeness of what follows "of" ("a bronze statue | of a
    lion"): the object is the lion."""
    start, end = span
    # "a 3d model of a dog": the tokenizer reads "3d" as "3", "d"; the letter is no noun
    nouns = [
        word
        for index, word in enumerate(words[start:end], start)
        if not is_modifier(word)
        and not (word in _DIMENSIONS and index > 0 and words[index - 1].isdigit())
    ]
    following = words[end + 1 :] if end < len(words) and words[end] == "of" else []
    return len(nouns) == 1 and nouns[0] in REPRESENTATIONS and bool(following)


def is_pose_shape(words: Sequence[str], span: Span) -> bool:
    """True when ``words[span]`` names only the shape a body is put into ("a pangolin curled
    into | a ball", "a snake coiled in | a spiral"): a pose of the subject, not an object."""
    start, end = span
    nouns = [word for word in words[start:end] if not is_modifier(word)]
    before = [word for word in words[max(0, start - 3) : start] if word not in _POSE_LINKS]
    return len(nouns) == 1 and nouns[0] in POSE_SHAPES and bool(before) and before[-1] in SHAPING


def subject_end(segment: Sequence[str]) -> int | None:
    """Where the subject of a verb phrase ends: "a giraffe | eating leaves", "a racehorse |
    jumping a fence" (the index of the verb); None when no verb follows a noun.

    The verb's object has an article or is plural; a bare singular noun after an "-ing" word
    is a compound's head ("a fire breathing dragon", "a man eating shark").
    """
    for index in range(1, len(segment) - 1):
        word, before, after = segment[index], segment[index - 1], segment[index + 1]
        if not (word.endswith("ing") and len(word) > 5) or is_modifier(before):
            continue
        if after in FILLER or after in NUMBERS or after.isdigit() or singularize(after) != after:
            return index
    return None


#: Past participles that follow a noun without an "-ed" ("an avocado cut in half").
PARTICIPLES = frozenset(
    "cut made built broken split spread set worn torn frozen hung stuck spun sewn woven "  # noqa: SIM905
    "shaped sliced dressed".split()
)


def is_participle(word: str) -> bool:
    """True for a verb form that ends a noun phrase after its noun ("a dog running", "an
    avocado cut in half", "a cake shaped like a car")."""
    return (word.endswith("ing") and len(word) > 5) or word.endswith("ed") or word in PARTICIPLES


def until_verb(segment: Sequence[str], start: int) -> Sequence[str]:
    """``segment`` up to its first "-ing" word from ``start`` on: "ox pulling | a cart"."""
    for index in range(start, len(segment)):
        if segment[index].endswith("ing") and len(segment[index]) > 5:
            return segment[: index + 1]
    return segment


def is_modifier(word: str) -> bool:
    """Colour, material, size, number or filler: words that never name the object."""
    return (
        word in FILLER
        or word in COLORS
        or word in MATERIALS
        or word in SIZES
        or word in NUMBERS
        or word.isdigit()
    )


def content(segment: Sequence[str]) -> list[str]:
    """The segment without articles and possessives (colours stay: "golden retriever")."""
    return [word for word in segment if word not in FILLER and not word.isdigit()]


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: E501, SIM905
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905


def spelled(number: str) -> str | None:
    """A number of digits below 100 as words ("18" → "eighteen"), so that a name written with
    digits ("an 18 wheeler", "a 4 poster bed") is found as the lexicon spells it."""
    if not number.isdigit() or int(number) >= 100:
        return None
    value = int(number)
    if value < 20:
        return _UNITS[value]
    tens, units = divmod(value, 10)
    return _TENS[tens] + (f" {_UNITS[units]}" if units else "")
