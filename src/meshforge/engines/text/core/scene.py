"""Scenes: two or three objects and relations ("a cat sitting on a chair") as one model.

``read_scene`` decides whether a prompt is a scene, conservatively: the prompt has a relation
wording (``relations.split_relation``), and the catalog reads a concrete object from every
phrase around it, each with the same reader a single object uses (so "a black cat on a red
chair" gives the cat its black and the chair its red). An object is built by its template;
one without a template of its own by its category's fallback archetype (the matcher's
``Match.fallback``: "a dog on a rug" is a dog on the household archetype); one the matcher
only finds near some other template ("a throne" near the king), when it is the object the
subjects are related to, by a plain shape for the relation (``stand_ins``: a slab to rest on).
``meta["scene"]`` names each: "dog", "household (fallback)", "slab (stand-in)".

A third object relates to the second ("a cat on a chair | next to a table"): the cat is placed
on the chair, then the two of them next to the table. Clothes ("a man in a suit"), settings
("a robot on fire", "a house by the sea"), the subject's own body ("a bear on its hind legs")
and keywords that span the relation word stay one object. So does what the subject stands on
or is in when its template builds that itself ("a desk globe on a wooden stand", "a teacup on
a saucer": one object, ``scene_objects.own_part``). A part the subject builds that it holds or
rides ("a viking holding a battle axe", "a witch riding a broomstick") is a scene whose second
object is that very part: the subject is built alone, holding its own axe, and
``meta["scene"]["built"]`` says so. A template that is the subject's own kind of the reference
wins over its part: "a cactus in a clay pot" is in a flower pot (a plant pot), without its own.

Word orders other than "subject, relation, reference" (``word_order``): the relation first
("under the umbrella sat a frog"), the subject in a "with" phrase at a spot on the owner ("a
pirate with a parrot on his shoulder", "a tree with a bird on a branch") and two objects
listed with no relation ("a bottle of wine and two glasses": side by side).

The reading is decided from the objects, not from lists of prompts: a character "on" a mount
rides it (an animal big enough to carry it, or an object with a saddle or handlebars: "a
child on a rocking horse"); a building the subject's size is its shelter, not a setting ("a
dog in his doghouse"); a hat it comes out of holds it ("peeking out of a top hat"); a
support word that, after the subject's name, is a template is that template ("a tv on a
stand" is on a tv stand); a possessive's owner is the reference, its body part the spot ("a
parrot on a pirate's shoulder").

Placing the objects so read is ``composition.build_scene``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from meshforge.engines.text.core.catalog import Catalog
from meshforge.engines.text.core.distractors import DISTRACTORS
from meshforge.engines.text.core.lexicon import COLORS, MATERIALS, singularize, tokenize
from meshforge.engines.text.core.relations import (
    OUT_OF,
    WEARABLES,
    WORDINGS,
    Relation,
    RelationText,
    split_relation,
    without_second,
)
from meshforge.engines.text.core.scene_objects import (
    SceneObject,
    category_of,
    comes_in,
    compound,
    head_of,
    own_part,
    read_object,
    without_part,
)
from meshforge.engines.text.core.word_order import (
    WithSpot,
    inverted,
    side_by_side,
    with_on_spot,
)

#: Relations in which a part the subject builds itself still reads as a second object: "a
#: viking holding an axe", "a witch riding a broomstick". What the subject stands on or is in
#: and builds itself is the one object ("a desk globe on a wooden stand", "a teacup on a
#: saucer"), unless a template is the subject's own kind of it ("a fern in a pot": a plant pot).
OWN_PART_RELATIONS: frozenset[Relation] = frozenset({"holding", "riding"})
#: A building at most this many times its occupant's height is its shelter ("a dog in his
#: doghouse", "a man in a tent"): a second object. A bigger one is where the subject is ("a
#: bench in a house"), not an object of the scene.
SHELTER_SIZE = 2.5
#: An animal at least this fraction of a character's height can carry it: "a knight on a
#: horse", "a gnome on a cat" ride; "a man on a cat" does not.
MOUNT_SIZE = 0.45
#: Parts one sits astride: a character "on" an object with one rides it ("a child on a
#: rocking horse", "a man on a motorcycle").
ASTRIDE_PARTS = frozenset({"saddle", "handlebar", "handlebars"})


@dataclass(frozen=True)
class SceneLink:
    """The reference's own relation to a third object: "(a cat on) a chair" "next to" "a table"."""

    relation: Relation
    wording: str
    other: SceneObject
    touching: bool = False


@dataclass(frozen=True)
class Scene:
    """Subjects related to a reference object: "a cat and a dog" "on" "a sofa"."""

    subjects: tuple[SceneObject, ...]
    relation: Relation
    wording: str
    reference: SceneObject
    touching: bool = False
    then: SceneLink | None = None  #: the reference related to a third object, if any
    #: the reference's body part the subject is on ("a pirate's shoulder"), "" for anywhere
    spot: str = ""

    @property
    def objects(self) -> tuple[SceneObject, ...]:
        """Every object, in prompt order."""
        third = () if self.then is None else (self.then.other,)
        return (*self.subjects, self.reference, *third)

    @property
    def relations(self) -> tuple[Relation, ...]:
        """The subjects' relation, then the reference's to the third object, if any."""
        return (self.relation,) if self.then is None else (self.relation, self.then.relation)


def read_scene(prompt: str, negative_prompt: str, catalog: Catalog) -> Scene | None:
    """The prompt's scene, or None when it names one object (the usual case, decided cheaply)."""
    words = tokenize(prompt)
    text = inverted(words) or split_relation(words) or side_by_side(words)
    if text is None or _keyword_spans_relation(words, catalog):
        return None
    if text.relation == "in" and _only_made_of(text.reference):
        return None  # "a sofa in green velvet", "a dress in silk": what it is made of
    spot = with_on_spot(text)
    if spot is not None:
        scene = _on_spot(prompt, spot, negative_prompt, catalog)
        if scene is not None:
            return scene
    scene = _scene_of(prompt, text, negative_prompt, catalog)
    if scene is None and text.then is not None:
        # "a lamp on a table in a room": the room is a setting, the scene is two objects
        scene = _scene_of(prompt, without_second(text), negative_prompt, catalog)
    return scene


def _only_made_of(phrase: str) -> bool:
    """True when ``phrase`` names only colours and materials ("green velvet", "solid gold")."""
    words = [word for word in tokenize(phrase) if word not in _FINISHES]
    return bool(words) and all(word in COLORS or word in MATERIALS for word in words)


#: Words that say how a material looks, not what a thing is ("in polished brass").
_FINISHES = frozenset(
    "solid pure polished shiny shining glossy matte brushed dark light bright pale "  # noqa: SIM905
    "soft rich plush".split()
)


def _scene_of(
    prompt: str, text: RelationText, negative_prompt: str, catalog: Catalog
) -> Scene | None:
    """The scene ``text`` describes, when every phrase in it names an object."""
    subjects: list[SceneObject] = []
    for phrase in text.subjects:
        subject = _read_subject(phrase, text, negative_prompt, catalog)
        if subject is None:
            return None
        subjects.append(subject)
    emerging = tuple(text.wording.split()[-2:]) == OUT_OF  # "peeking out of a hat"
    own_kind = compound(subjects[0], text.reference, negative_prompt, catalog)
    reference = own_kind or read_object(
        text.reference, negative_prompt, catalog, text.relation, emerging
    )
    if reference is None or _is_setting(reference, text.relation, subjects, emerging):
        return None
    reference = _without_subjects(subjects, reference)
    if text.relation == "in" and own_kind is None and comes_in(subjects[0], reference, catalog):
        return None  # "a scented candle in a glass jar" is one jar candle
    part = own_part(subjects, reference)
    if own_kind is not None and part is not None and text.relation not in OWN_PART_RELATIONS:
        # "a cactus in a clay pot" is in a flower pot: not in its own pot as well
        subjects[0] = without_part(subjects[0], part)
        part = None
    relation = _ridden(text.relation, subjects[0], reference) if part is None else text.relation
    if part is not None:
        if text.relation not in OWN_PART_RELATIONS or len(subjects) > 1:
            return None  # "a desk globe on a wooden stand": the globe builds its stand
        reference = replace(reference, own_part=part)
        # the holder read from the whole prompt: its part is asked for ("holding a flag"),
        # with the colours the prompt gives it ("a wizard holding a red orb")
        whole = catalog.read(prompt, negative_prompt)
        if whole.match.template == subjects[0].template.name:
            subjects[0] = replace(subjects[0], prompt=whole)
    then = None
    if text.then is not None:
        other = read_object(text.then.other, negative_prompt, catalog, text.then.relation)
        if other is None or part is not None:
            return None
        if _is_setting(other, text.then.relation, [reference], emerging=False):
            return None  # "a lamp on a table in a house": where the table is
        then = SceneLink(text.then.relation, text.then.wording, other, text.then.touching)
    return Scene(tuple(subjects), relation, text.wording, reference, text.touching, then, text.spot)


def _on_spot(prompt: str, spot: WithSpot, negative_prompt: str, catalog: Catalog) -> Scene | None:
    """ "A pirate with a parrot on his shoulder", "a tree with a bird on a branch": the parrot
    on the pirate, when the place is a spot on it (a possessive, "it", or a word no template
    claims: the pirate's, the tree's own) and the parrot is no part or clothes of it ("a
    snowman with a hat on his head" is one snowman, "a man with a hat on a bench" sits on it)."""
    owner = read_object(spot.owner, negative_prompt, catalog, None)
    held = read_object(spot.held, negative_prompt, catalog, None)
    if owner is None or held is None or owner.stand_in is not None:
        return None
    if head_of(spot.held) in WEARABLES or category_of(held.template) == "clothing":
        return None
    if own_part([owner], held) is not None:
        return None
    if not spot.plainly_a_spot:
        place = read_object(spot.place, negative_prompt, catalog, spot.text.relation)
        if place is not None and place.fallback is None and place.stand_in is None:
            return None  # a template: an object of its own ("on a bench")
    return _scene_of(prompt, spot.text, negative_prompt, catalog)


def _read_subject(
    phrase: str, text: RelationText, negative_prompt: str, catalog: Catalog
) -> SceneObject | None:
    """A subject's object; with the participle the relation took when it names the object
    ("an oil painting | on", "a building | by"), read by keyword."""
    if text.verb_words and phrase == text.subjects[-1]:
        whole = " ".join((phrase, *text.wording.split()[: text.verb_words]))
        reading = catalog.read(whole, negative_prompt)
        if reading.match.method == "keyword" and reading.match.span[1] > len(tokenize(phrase)):
            return read_object(whole, negative_prompt, catalog, None)
    return read_object(phrase, negative_prompt, catalog, None)


def _is_setting(
    item: SceneObject, relation: Relation, subjects: Sequence[SceneObject], emerging: bool
) -> bool:
    """Clothes ("a man in a suit") and a building something is in ("a bench in a house"):
    what the subject wears or where it is, not a second object. But a hat something peeks out
    of holds it, and a shelter its size ("a dog in his doghouse") is an object beside it."""
    category = category_of(item.template)
    if category == "clothing":
        return not emerging and relation != "next to"
    if relation != "in" or category != "buildings":
        return False
    occupant = max(subject.template.height_m for subject in subjects)
    return item.template.height_m > SHELTER_SIZE * occupant


def _without_subjects(subjects: Sequence[SceneObject], reference: SceneObject) -> SceneObject:
    """The reference without its own part the subjects are: "three eggs in a nest" are the
    prompt's three eggs, not the nest's own clutch as well."""
    template = reference.template
    named = {word for subject in subjects for word in tokenize(subject.phrase)}
    named |= {singularize(word) for word in named}
    parts = {part for part in template.parts if named & set(template.words_for(part))}
    if not parts:
        return reference
    removed = reference.prompt.removed_parts | parts
    return replace(reference, prompt=replace(reference.prompt, removed_parts=removed))


def _ridden(relation: Relation, subject: SceneObject, reference: SceneObject) -> Relation:
    """ "riding" for a character on a mount: an animal big enough to carry it, or an object
    with a saddle or handlebars; otherwise ``relation`` as read."""
    if relation != "on" or category_of(subject.template) != "characters":
        return relation
    mount = reference.template
    if reference.stand_in is not None:
        return relation
    if category_of(mount) == "animals" and reference.fallback is None:
        big_enough = mount.height_m >= MOUNT_SIZE * subject.template.height_m
        return "riding" if big_enough else relation
    words = {word for part in mount.parts for word in mount.words_for(part)}
    return "riding" if words & ASTRIDE_PARTS else relation


def _keyword_spans_relation(words: Sequence[str], catalog: Catalog) -> bool:
    """True when an object's name has a relation wording inside ("jack in the box"): a
    template's or one of the everyday objects the matcher knows without a template ("pot of
    honey" has none: "of" alone relates nothing)."""
    text = f" {' '.join(words)} "
    return any(f" {phrase} " in text for phrase in _spanning_names(catalog))


_spanning: dict[int, tuple[str, ...]] = {}


def _spanning_names(catalog: Catalog) -> tuple[str, ...]:
    """The catalog's object names with a relation wording inside, found once per catalog."""
    key = id(catalog.vocabulary)
    if key not in _spanning:
        names = (*catalog.vocabulary.objects, *DISTRACTORS)
        _spanning[key] = tuple(name for name in names if " " in name and _has_wording(name.split()))
    return _spanning[key]


def _has_wording(words: Sequence[str]) -> bool:
    """True when some run of ``words`` is a relation wording."""
    return any(
        tuple(words[start:end]) in WORDINGS
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    )
