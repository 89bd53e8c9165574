"""Where a prompt relates objects: "a cat sitting on a chair", "a cup and a book on a table".

Pure text, no catalog: ``split_relation`` finds the first relation wording in the prompt's
words and cuts the prompt there into the subjects' noun phrases (one or two, joined by "and")
and the reference object's phrase; a second wording after the reference relates it to a third
object ("a cat on a chair | next to | a table"). Whether each phrase names a concrete object is
for ``scene.read_scene`` to decide with the catalog; this module only knows the wordings, so
that the check every prompt goes through is a scan of its words against a few small tables.

A wording is a preposition (or a verb such as "holding") from ``WORDINGS``; the verb phrase in
front of it belongs to it, not to the subject: posture verbs ("sitting", "perched", "stuck"),
any other participle right after the subject's noun ("a dog *sleeping* on", "a cat *curled up*
in"), and particles after them ("up", "down"). A lean is beside, touching ("leaning on an
amp"); "out of" after a participle is in ("peeking out of a hat"); a possessive names the
owner as the reference and its body part as the spot ("on a pirate's shoulder").

Some wordings name no place and are passed over: a pose ("curled up *in a ball*"), a picture
("flowers *painted on* it"), clothes ("a wizard *in a long robe* holding a staff"). Two held
things are one per hand ("holding a sword | and | a shield": ``also``); a subject full of
something names it as an object of its own ("a vase | of | flowers | on a table":
``contents``, see ``filling``). The tables of words are in ``relation_words``.

Normalised relations: ``on``, ``in``, ``next to``, ``under``, ``holding``, ``riding``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from meshforge.engines.text.core.filling import contents_of
from meshforge.engines.text.core.relation_words import (
    BODY_SPOTS,
    DECORATING,
    HOLDING_HANDS,
    IMPLIED,
    LEANING,
    LONGEST_WORDING,
    NOT_BEFORE_VERB,
    OUT_OF,
    PARTICLES,
    POSE_SHAPES,
    POSSESSIVES,
    POSTURES,
    SHAPING,
    TOUCHING,
    WEARABLES,
    WORDINGS,
    Relation,
)

#: Joins subjects: "a cat and a dog on a sofa".
_AND = frozenset({"and", "&"})
#: At most this many objects in one scene (subjects plus the reference).
MAX_OBJECTS = 3


@dataclass(frozen=True)
class RelationLink:
    """A second relation, of the reference to a third object: "… on a chair | next to a table"."""

    relation: Relation
    wording: str  #: the words it was read from ("next to")
    other: str  #: the third object's phrase ("a table")
    touching: bool = False


@dataclass(frozen=True)
class RelationText:
    """A prompt cut at its relation: the subjects' phrases, the relation, the reference's."""

    subjects: tuple[str, ...]  #: one or two noun phrases, as typed ("a black cat")
    relation: Relation
    wording: str  #: the words the relation was read from ("sitting on")
    reference: str  #: the object the subjects are related to ("a red chair")
    touching: bool = False  #: "leaning against": beside, in contact
    #: how many words of ``wording`` were taken from the end of the subject's phrase by the
    #: participle rule ("an oil painting on": the reader may give them back, see ``scene``)
    verb_words: int = 0
    then: RelationLink | None = None  #: the reference's own relation to a third object
    #: the reference's body part a possessive named ("a pirate's *shoulder*"), "" for none
    spot: str = ""
    #: a second object held, in the other hand ("holding a sword | and | a shield"), or ""
    also: str = ""
    #: what the subject is full of ("a vase | of | flowers"), an object of its own, or ""
    contents: str = ""
    #: the subject is what the reference is full of ("a mug full of pencils"): no scene when
    #: the reference builds it itself ("a bookshelf full of books")
    filling: bool = False


def split_relation(words: Sequence[str]) -> RelationText | None:
    """The first relation in ``words`` (a tokenised prompt) and the phrases around it."""
    holding = _with_in_hand(words)
    if holding is not None:
        return holding
    for index in range(1, len(words)):
        found = wording_at(words, index) or _coming_out_at(words, index)
        if found is None:
            continue
        relation, length = found
        start, verb_words = _verb_start(words, index, 1)
        before, after = words[:start], words[index + length :]
        wording = words[start : index + length]
        if _no_place(relation, wording, after):
            continue  # "curled up in a ball", "flowers painted on it": a pose, a decoration
        implied = IMPLIED.get(tuple(words[index : index + length + 1]))
        if implied is not None and not words[index + length + 1 :]:
            relation, after = implied[0], implied[1].split()
        subjects = _subjects(before)
        if not subjects or not after or wording_at(after, 0) is not None:
            return None
        reference, then = list(after), None
        if len(subjects) < MAX_OBJECTS - 1:
            reference, then = _second_relation(after)
        reference, spot = _possessed(reference)
        relation, touching = _leaned(relation, wording)
        reference, also = _two_held(relation, reference, then is None and len(subjects) == 1)
        subjects, contents = _with_contents(subjects, then is None)
        return RelationText(
            subjects=tuple(" ".join(subject) for subject in subjects),
            relation=relation,
            wording=" ".join(wording),
            reference=" ".join(reference),
            touching=touching,
            verb_words=verb_words,
            then=then,
            spot=spot,
            also=" ".join(also),
            contents=" ".join(contents),
        )
    return None


def _no_place(relation: Relation, wording: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the wording says no place: a pose ("curled up in a ball", "rolled into a
    ball"), a picture on a surface ("flowers painted on it", "a cat printed on a mug") or
    clothes ("a wizard in a long robe | holding a staff")."""
    if set(wording) & DECORATING:
        return True
    if relation == "in" and tuple(wording[-2:]) != OUT_OF and _head(after) in WEARABLES:
        return True
    content = [word for word in after if word not in POSSESSIVES]
    shaped = relation == "in" and bool(set(wording) & SHAPING)
    return shaped and bool(content) and content[0] in POSE_SHAPES


def _head(words: Sequence[str]) -> str:
    """The last word of the first noun phrase in ``words`` ("a suit sitting on …" → suit)."""
    end = next(
        (i for i in range(1, len(words)) if wording_at(words, i) or words[i] in _AND | {"with"}),
        len(words),
    )
    if end < len(words) and words[end] not in _AND | {"with"}:
        end, _ = _verb_start(words, end, 1)  # without the verb of the next relation
    return words[end - 1] if end else ""


def _two_held(relation: Relation, reference: list[str], alone: bool) -> tuple[list[str], list[str]]:
    """The held object and a second one, one per hand: "holding | a sword | and | a shield"."""
    joins = [index for index, word in enumerate(reference) if word in _AND]
    if relation != "holding" or not alone or len(joins) != 1:
        return reference, []
    first, second = reference[: joins[0]], reference[joins[0] + 1 :]
    if not first or not second:
        return reference, []
    return first, second


def _with_contents(subjects: list[list[str]], alone: bool) -> tuple[list[list[str]], list[str]]:
    """The subject and what it is full of: "a vase of flowers", "a mug full of pencils"
    (``contents_of``). Only for one subject and no third object."""
    if len(subjects) != 1 or not alone:
        return subjects, []
    found = contents_of(subjects[0])
    if found is None:
        return subjects, []
    return subjects, found[1]


def _leaned(relation: Relation, wording: Sequence[str]) -> tuple[Relation, bool]:
    """The relation and whether it touches: "leaning on" is beside, touching, not on top."""
    touching = bool(set(wording) & TOUCHING)
    if relation == "on" and set(wording) & LEANING:
        return "next to", True
    return relation, touching


def _coming_out_at(words: Sequence[str], index: int) -> tuple[Relation, int] | None:
    """ "out of" after a participle ("peeking out of a hat"): in it, two words long."""
    if tuple(words[index : index + 2]) != OUT_OF or index < 2:
        return None
    verb = words[index - 1]
    if verb in POSTURES or (len(verb) > 5 and verb.endswith("ing")):
        return "in", 2
    return None


def _possessed(reference: list[str]) -> tuple[list[str], str]:
    """The owner's phrase and its body part: "a pirate 's shoulder" → "a pirate", "shoulder"."""
    if len(reference) >= 3 and reference[-2] == "s" and reference[-1] in BODY_SPOTS:
        return reference[:-2], reference[-1]
    return reference, ""


def without_second(text: RelationText) -> RelationText:
    """``text`` read as two objects: the second relation's words back in the reference."""
    if text.then is None:
        return text
    reference = " ".join((text.reference, text.then.wording, text.then.other))
    return replace(text, reference=reference, then=None)


def _verb_start(words: Sequence[str], index: int, first: int) -> tuple[int, int]:
    """Where the verb phrase in front of the wording at ``words[index]`` starts (never before
    ``words[first]``: the subject keeps a word), and how many of its words only the
    participle rule took."""
    start, guessed = index, 0
    while start > first:
        word, previous = words[start - 1], words[start - 2]
        if word in POSTURES:
            start -= 1  # "sitting", "is lying": part of the relation, not of the subject
        elif word in PARTICLES and start - 1 > first and _is_verb(previous, words[start - 3]):
            start -= 1  # "curled up": the particle of the verb before it
        elif _is_verb(word, previous):
            start -= 1
            guessed = index - start
        else:
            break
    return start, guessed


def _is_verb(word: str, previous: str) -> bool:
    """A participle used as the subject's verb: "dog *sleeping*", "sword *stuck*"."""
    if word in POSTURES:
        return True
    participle = (len(word) > 5 and word.endswith("ing")) or (len(word) > 4 and word.endswith("ed"))
    return participle and previous not in NOT_BEFORE_VERB and previous not in _AND


def _second_relation(after: Sequence[str]) -> tuple[list[str], RelationLink | None]:
    """The reference's phrase, and its own relation to a third object when one follows."""
    for index in range(1, len(after)):
        found = wording_at(after, index)
        if found is None:
            continue
        relation, length = found
        start, _ = _verb_start(after, index, 1)
        other = after[index + length :]
        if not other or wording_at(other, 0) is not None or relation == "holding":
            return list(after), None
        wording = after[start : index + length]
        relation, touching = _leaned(relation, wording)
        link = RelationLink(relation, " ".join(wording), " ".join(other), touching)
        return list(after[:start]), link
    return list(after), None


def wording_at(words: Sequence[str], index: int) -> tuple[Relation, int] | None:
    """The longest relation wording starting at ``words[index]`` and its length in words."""
    for length in range(min(LONGEST_WORDING, len(words) - index), 0, -1):
        relation = WORDINGS.get(tuple(words[index : index + length]))
        if relation is not None:
            return relation, length
    return None


def _subjects(words: Sequence[str]) -> list[list[str]]:
    """The subject noun phrases before the relation: one, or two joined by "and"."""
    phrases: list[list[str]] = [[]]
    for word in words:
        if word in _AND:
            phrases.append([])
        else:
            phrases[-1].append(word)
    if any(not phrase for phrase in phrases) or len(phrases) >= MAX_OBJECTS:
        return []
    return phrases


def _with_in_hand(words: Sequence[str]) -> RelationText | None:
    """ "A knight with a sword in his hand": holding, when the prompt ends so."""
    if len(words) < 5 or words[-1] not in HOLDING_HANDS or "with" not in words:
        return None
    tail = len(words) - 1
    if words[tail - 1] in POSSESSIVES:
        tail -= 1
    if words[tail - 1] != "in":
        return None
    with_at = words.index("with")
    subject, held = list(words[:with_at]), list(words[with_at + 1 : tail - 1])
    if not subject or not held:
        return None
    return RelationText(
        subjects=(" ".join(subject),),
        relation="holding",
        wording=" ".join(("with", "…", *words[tail - 1 :])),
        reference=" ".join(held),
    )
