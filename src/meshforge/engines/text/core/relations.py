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

Normalised relations: ``on``, ``in``, ``next to``, ``under``, ``holding``, ``riding``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

Relation = Literal["on", "in", "next to", "under", "holding", "riding"]
RELATIONS: tuple[Relation, ...] = ("on", "in", "next to", "under", "holding", "riding")

#: Relation wordings as word sequences, longest first where one starts another.
WORDINGS: dict[tuple[str, ...], Relation] = {
    **{
        tuple(w.split()): "on" for w in ("on top of", "on the top of", "atop", "upon", "onto", "on")
    },
    **{
        tuple(w.split()): "in"
        for w in ("inside of", "inside", "within", "into", "in", "aboard", "on board")
    },
    **{
        tuple(w.split()): "next to"
        for w in (
            "next to",
            "beside",
            "besides",
            "by the side of",
            "by",
            "near",
            "nearby",
            "alongside",
            "close to",
            "against",
            "in front of",
            "behind",
            "beside of",
            "together with",
        )
    },
    **{tuple(w.split()): "under" for w in ("under", "underneath", "beneath", "below")},
    **{
        tuple(w.split()): "holding"
        for w in (
            "holding",
            "holds",
            "carrying",
            "carries",
            "wielding",
            "wields",
            "clutching",
            "clutches",
            "grasping",
            "grasps",
            "gripping",
            "grips",
            "brandishing",
            "hugging",
            "hugs",
            "cradling",
            "cuddling",
            "lifting",
            "raising",
            "swinging",
            "waving",
            "hold",
            "carry",
            "wield",
        )
    },
    **{
        tuple(w.split()): "riding"
        for w in (
            "riding on",
            "riding",
            "rides",
            "ride",
            "mounted on",
            "astride",
            "on the back of",
            "on top of the back of",
        )
    },
}
_LONGEST_WORDING = max(len(words) for words in WORDINGS)

#: Posture words before the relation belong to it, not to the subject ("a cat sitting | on"):
#: the common ones, and irregular participles the "-ing"/"-ed" rule (``_is_verb``) misses.
POSTURES = frozenset(
    "sitting sits sat seated standing stands stood lying lies laying lays perched perching "  # noqa: SIM905
    "perches resting rests sleeping sleeps napping placed hiding hides curled up is are "
    "leaning leans parked set kept lounging relaxing crouching crouched swimming floating "
    "stacked piled hanging hung stuck held laid lay sunk buried frozen hidden caught left "
    "sit stand lie lean hang rest sleep hide perch float swim being was were "
    "sat put spun asleep awake".split()
)
#: Particles of a phrasal verb ("curled *up* in", "bent *down* under"): part of the relation
#: when a verb comes before them.
PARTICLES = frozenset("up down out over around about together back".split())  # noqa: SIM905
#: Words before a participle that show it is an adjective of the subject, not its verb
#: ("a *painting* on", "an old *building* by"): articles, numbers and the like.
_NOT_BEFORE_VERB = frozenset(
    "a an the my your our his her their its this that these those some two three four five "  # noqa: SIM905
    "and or of".split()
)
#: Wordings that bring the subject into contact with the reference ("leaning against").
TOUCHING = frozenset({"against", "leaning", "leans", "lean", "propped"})
#: Verbs that make "on" a lean against the reference's side: "a guitar leaning on an amp"
#: stands beside it, touching, not on top of it.
LEANING = frozenset({"leaning", "leans", "lean", "propped"})
#: "out of" after a participle is being in it, coming out: "a rabbit peeking out of a hat",
#: "a tree growing out of a rock" (but "a chair made out of wood" is a material).
OUT_OF = ("out", "of")
#: "on horseback": the relation names its own reference object.
IMPLIED: dict[tuple[str, ...], tuple[Relation, str]] = {("on", "horseback"): ("riding", "a horse")}
#: "a knight with a sword in his hand": "with X in its hand" is holding X.
_HOLDING_HANDS = frozenset("hand hands paw paws claw claws mouth beak grip arms".split())  # noqa: SIM905
_POSSESSIVES = frozenset("its his her their the a one".split())  # noqa: SIM905
#: Reference words that are settings or states, never an object of a scene ("on fire", "in
#: space", "by the sea"): a prompt naming one is one object, however the catalog reads it.
NOT_OBJECTS = frozenset(
    "fire love space rain snow water sea ocean lake river pond grass ground floor wall sky air "  # noqa: SIM905
    "sand beach street road field forest jungle desert mountain hill room world city park "
    "garden background style shape form colour color light dark night day sun sunset moon "
    "sunlight shade shadow middle front top bottom center centre side corner edge wind mud "
    "stage focus motion action time place way home hand hands paw paws mouth "
    # states, weather, seasons and moods: "a bird in flight", "a rose in bloom"
    "ice flight bloom blossom autumn fall winter summer mood love trouble danger disguise "
    "storm clouds cloud fog mist darkness flames ruins pieces half line row circle pose "
    "profile silhouette orbit heaven hell universe galaxy dream dreams twilight dawn dusk "
    "moonlight starlight progress battle distance midair tiptoe tiptoes "
    "porch yard backyard woods meadow valley village town countryside mars earth planet "
    # the subject's own body: "a bear standing on its hind legs", "a cat on its back"
    "leg legs foot feet toe toes knee knees tail head back shoulder shoulders arms "
    "finger fingers lap belly tummy haunches hind fours".split()
)
#: Body parts a possessive names on the reference: "on a pirate's shoulder" is on the pirate,
#: at its shoulder; ``spot`` keeps the part for placement.
BODY_SPOTS = frozenset(
    "head shoulder shoulders back lap arm arms hand hands nose neck hat belly".split()  # noqa: SIM905
)
#: Clothes: "a man in a suit", "a cat in a hat" are one dressed object, not a scene.
WEARABLES = frozenset(
    "suit dress coat jacket costume uniform armor armour robe cloak tuxedo gown sweater hoodie "  # noqa: SIM905
    "scarf shirt pajamas pyjamas onesie kimono outfit clothes clothing boots shoes sneakers "
    "sunglasses glasses goggles mask hat cap helmet crown apron vest tie bowtie gloves mittens "
    "jeans trousers pants shorts skirt overalls raincoat bikini swimsuit diaper".split()
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
        return RelationText(
            subjects=tuple(" ".join(subject) for subject in subjects),
            relation=relation,
            wording=" ".join(wording),
            reference=" ".join(reference),
            touching=touching,
            verb_words=verb_words,
            then=then,
            spot=spot,
        )
    return None


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
    return participle and previous not in _NOT_BEFORE_VERB and previous not in _AND


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
    for length in range(min(_LONGEST_WORDING, len(words) - index), 0, -1):
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
    if len(words) < 5 or words[-1] not in _HOLDING_HANDS or "with" not in words:
        return None
    tail = len(words) - 1
    if words[tail - 1] in _POSSESSIVES:
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
