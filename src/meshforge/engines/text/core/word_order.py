"""Scene wordings that do not put the subject first and the relation after it.

``relations.split_relation`` reads "subject, relation, reference" ("a frog sat under an
umbrella"). People also write:

* the relation first, the subject last (inversion): "under the umbrella sat a frog", "on the
  table sits a vase": ``inverted``;
* the reference first, the subject in a "with" phrase, the relation naming a spot on the
  reference: "a pirate with a parrot on his shoulder", "a tree with a bird on a branch":
  ``with_on_spot`` (whether the spot is the reference's own, not an object apart, is for
  ``scene`` to decide: it needs the catalog);
* two objects and how they stand to each other, no object after it: "a cat and a dog
  sitting side by side", "two robots back to back": ``reciprocal``;
* a container and what fills it: "a mug full of pencils", "a basket filled with apples" (the
  pencils in the mug): ``full_of``;
* two objects side by side with no relation word at all: "a bottle of wine and two glasses",
  "a knight and a dragon": ``side_by_side``.

Each gives the same ``RelationText`` the usual order gives, subject first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meshforge.engines.text.core.filling import contents_of
from meshforge.engines.text.core.lexicon import NUMBERS
from meshforge.engines.text.core.relation_words import BODY_SPOTS, POSTURES, RECIPROCAL
from meshforge.engines.text.core.relations import RelationText, split_relation, wording_at

#: "under the umbrella *there* sat a frog": a dummy subject before the verb.
_THERE = frozenset({"there", "here"})
#: Verbs of being somewhere that are no posture: "under the bridge *lives* a troll".
_DWELLING = frozenset("lives lived live dwells dwelt waits waited grows grew stays stayed".split())  # noqa: SIM905
#: Words that start a noun phrase: "and *two* glasses", "and *a* dog".
_DETERMINERS = frozenset("a an the some two three four five six several many his her its".split())  # noqa: SIM905
#: Joins two objects in a list ("a cat and a dog").
_AND = frozenset({"and", "&"})
#: Words that name the reference itself as the spot: "a table with a vase on *it*".
_ITSELF = frozenset({"it", "them", "top"})
#: Possessive words before a spot on the reference: "on *his* shoulder", "in *its* mouth".
_OWNERS = frozenset("his her its their the a one".split())  # noqa: SIM905


def inverted(words: Sequence[str]) -> RelationText | None:
    """ "Under the umbrella sat a frog": the relation and its reference first, then a verb of
    position ("sat", "sits", "is lying"), then the subject."""
    found = wording_at(words, 0)
    if found is None or found[0] in ("holding", "riding"):
        return None
    relation, length = found
    verb = next((i for i in range(length + 1, len(words)) if _is_position_verb(words, i)), None)
    if verb is None:
        return None
    start = verb
    while start > length and words[start - 1] in _THERE:
        start -= 1
    end = verb
    while end < len(words) and _is_position_verb(words, end):
        end += 1
    reference, subject = words[length:start], words[end:]
    if not reference or not subject or wording_at(subject, 0) is not None:
        return None
    # read again in the usual order, so that every rule of that reading applies to it
    verbs = [word for word in words[verb:end] if word not in _DWELLING]  # "lives": no posture
    usual = [*subject, *verbs, *words[:length], *reference]
    text = split_relation(usual)
    return text if text is not None and text.relation == relation else None


def _is_position_verb(words: Sequence[str], index: int) -> bool:
    """A verb saying where something is: a posture ("sat", "lies", "is") or an "-ing" word."""
    word = words[index]
    return word in POSTURES or word in _DWELLING or (len(word) > 5 and word.endswith("ing"))


@dataclass(frozen=True)
class WithSpot:
    """ "A with B on C": B related to A, at C, when C turns out to be a spot on A."""

    text: RelationText  #: subject B, reference A, the spot as ``spot`` when it is a body part
    owner: str  #: A's phrase, as typed ("a tree")
    held: str  #: B's phrase ("a bird")
    place: str  #: C's phrase ("a branch", "his shoulder", "it")
    #: C is plainly a spot on A: a pronoun ("it") or a possessive ("his shoulder")
    plainly_a_spot: bool


def with_on_spot(text: RelationText) -> WithSpot | None:
    """``text`` ("a tree with a bird" | "on" | "a branch") read as B on A, if it has that form."""
    if len(text.subjects) != 1 or text.relation in ("holding", "riding") or text.then is not None:
        return None
    words = text.subjects[0].split()
    if "with" not in words:
        return None
    at = words.index("with")
    owner, held = words[:at], words[at + 1 :]
    place = text.reference.split()
    if not owner or not held or not place or "with" in held:
        return None
    spot = place[-1] if place[-1] in BODY_SPOTS else ""
    plainly = (len(place) == 1 and place[0] in _ITSELF) or (
        len(place) == 2 and place[0] in _OWNERS - {"the", "a", "one"}
    )
    if plainly and text.relation == "in":
        return None  # "a girl with a bow in her hair": worn, or held ("in her hand")
    inverted_text = RelationText(
        subjects=(" ".join(held),),
        relation=text.relation,
        wording=text.wording,
        reference=" ".join(owner),
        touching=text.touching,
        spot=spot,
    )
    return WithSpot(inverted_text, " ".join(owner), " ".join(held), text.reference, plainly)


def side_by_side(words: Sequence[str]) -> RelationText | None:
    """ "A bottle of wine and two glasses": two objects listed with no relation, the second
    with its own article or number, are side by side. Not a list inside a "with" phrase ("a
    cat with a collar and a bell": both are the cat's)."""
    joins = [index for index, word in enumerate(words) if word in _AND]
    if len(joins) != 1:
        return None
    at = joins[0]
    first, second = words[:at], words[at + 1 :]
    if not first or len(second) < 2 or "with" in first:
        return None
    if second[0] not in _DETERMINERS and second[0] not in NUMBERS and not second[0].isdigit():
        return None
    return RelationText(
        subjects=(" ".join(first),),
        relation="next to",
        wording="and",
        reference=" ".join(second),
    )


def reciprocal(words: Sequence[str]) -> RelationText | None:
    """ "A cat and a dog sitting side by side": two listed objects, then how they stand to
    each other (``RECIPROCAL``), with the verbs before it: the first next to the second."""
    for ending in RECIPROCAL:
        if tuple(words[-len(ending) :]) == ending and len(words) > len(ending):
            break
    else:
        return None
    end = len(words) - len(ending)
    while end > 0 and _is_position_verb(words, end - 1):
        end -= 1
    joins = [index for index in range(end) if words[index] in _AND]
    if len(joins) != 1:
        return None
    first, second = words[: joins[0]], words[joins[0] + 1 : end]
    if not first or not second:
        return None
    return RelationText(
        subjects=(" ".join(first),),
        relation="next to",
        wording=" ".join(words[end:]),
        reference=" ".join(second),
    )


def full_of(words: Sequence[str]) -> RelationText | None:
    """ "A mug full of pencils": the pencils in the mug, when nothing else is related ("a vase
    of flowers on a table" is the vase, its flowers and the table: ``split_relation``).
    "Of" alone is a container only with a relation after it ("a vase of tulips" is a vase)."""
    if any(wording_at(words, index) for index in range(len(words))):
        return None
    found = contents_of(words)
    if found is None or found[2] == "of":
        return None
    container, contents, wording = found
    return RelationText(
        subjects=(" ".join(contents),),
        relation="in",
        wording=wording,
        reference=" ".join(container),
        filling=True,
    )
