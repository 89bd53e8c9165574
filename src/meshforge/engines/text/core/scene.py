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
on the chair, then the two of them next to the table. Clothes ("a man in a suit"), parts the
subject's template builds itself in or under it ("a cactus in a pot"), settings ("a robot on
fire", "a house by the sea"), the subject's own body ("a bear on its hind legs") and keywords
that span the relation word stay one object. A part the subject builds that it holds, rides,
stands on or is in ("a viking holding a battle axe", "a witch riding a broomstick", "a teacup
on a saucer", "a cactus in a clay pot") is a scene whose second object is that very part: the
subject is built alone, holding its own axe, and ``meta["scene"]["built"]`` says so.

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

import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from meshforge.engines.text.core.catalog import FALLBACK, Catalog
from meshforge.engines.text.core.distractors import DISTRACTORS
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.noun_phrases import BOUNDARIES, FILLER, is_generic
from meshforge.engines.text.core.prompt import ParsedPrompt
from meshforge.engines.text.core.relations import (
    NOT_OBJECTS,
    OUT_OF,
    WEARABLES,
    WORDINGS,
    Relation,
    RelationText,
    split_relation,
    without_second,
)
from meshforge.engines.text.core.stand_ins import stand_in
from meshforge.engines.text.core.template import Template

#: An embedding match below this cosine does not make a phrase an object of a scene: the
#: matcher's own threshold lets "the floor" become a floor fan, too loose for a second object.
MIN_OBJECT_SCORE = 0.75
#: Below this cosine a phrase near some template is too far from everything to stand for an
#: object at all ("new york" is 0.56 from a yorkie): no plain shape either. Above it, "a
#: throne" (0.66 from the king), "a cake stand" (0.70 from the cake) get one.
STAND_IN_MIN_SCORE = 0.6
#: Below this cosine the matcher's category for a near miss is a guess ("in a hurry" is 0.45
#: from a soda can): not an object of a scene.
MIN_FALLBACK_SCORE = 0.5
#: Relations in which a part the subject builds itself still reads as a second object: "a
#: viking holding an axe", "a teacup on a saucer"; but "a cactus in a pot", "a lamp under its
#: shade" are one object.
OWN_PART_RELATIONS: frozenset[Relation] = frozenset({"on", "in", "holding", "riding"})
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
class SceneObject:
    """One object of a scene: the phrase it was read from, its reading and what builds it."""

    phrase: str
    prompt: ParsedPrompt
    #: what builds it: its template, its category's fallback archetype, or (``stand_in``) a
    #: nominal plain shape that ``build_scene`` sizes for the object it is related to
    template: Template
    fallback: str | None = None  #: the category whose archetype stands in for it
    stand_in: Relation | None = None  #: built as the plain shape of this relation
    own_part: str | None = None  #: not built: the subject's template builds it as this part

    @property
    def name(self) -> str:
        """What ``meta`` calls it: "cat", "household (fallback)", "slab (stand-in)"."""
        if self.own_part is not None and self.stand_in is not None:
            return f"{self.own_part} (own part)"  # no reading of its own: what was built
        if self.fallback is not None:
            return f"{self.template.name} (fallback)"
        if self.stand_in is not None:
            return f"{self.template.name} (stand-in)"
        return self.template.name


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
    text = split_relation(words)
    if text is None or _keyword_spans_relation(words, catalog):
        return None
    scene = _scene_of(prompt, text, negative_prompt, catalog)
    if scene is None and text.then is not None:
        # "a lamp on a table in a room": the room is a setting, the scene is two objects
        scene = _scene_of(prompt, without_second(text), negative_prompt, catalog)
    return scene


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
    reference = _read_object(text.reference, negative_prompt, catalog, text.relation, emerging)
    if reference is None or _is_setting(reference, text.relation, subjects, emerging):
        return None
    reference = _without_subjects(subjects, reference)
    compound = _compound(subjects[0], reference, negative_prompt, catalog)
    part = _own_part(subjects, reference) if compound is None else None
    reference = compound or reference
    relation = _ridden(text.relation, subjects[0], reference) if part is None else text.relation
    if part is not None:
        if text.relation not in OWN_PART_RELATIONS or len(subjects) > 1:
            return None  # "a cactus in a pot": the cactus template builds its pot
        reference = replace(reference, own_part=part)
        # the holder read from the whole prompt: its part is asked for ("holding a flag"),
        # with the colours the prompt gives it ("a wizard holding a red orb")
        whole = catalog.read(prompt, negative_prompt)
        if whole.match.template == subjects[0].template.name:
            subjects[0] = replace(subjects[0], prompt=whole)
    then = None
    if text.then is not None:
        other = _read_object(text.then.other, negative_prompt, catalog, text.then.relation)
        if other is None or part is not None:
            return None
        if _is_setting(other, text.then.relation, [reference], emerging=False):
            return None  # "a lamp on a table in a house": where the table is
        then = SceneLink(text.then.relation, text.then.wording, other, text.then.touching)
    return Scene(tuple(subjects), relation, text.wording, reference, text.touching, then, text.spot)


def _read_subject(
    phrase: str, text: RelationText, negative_prompt: str, catalog: Catalog
) -> SceneObject | None:
    """A subject's object; with the participle the relation took when it names the object
    ("an oil painting | on", "a building | by"), read by keyword."""
    if text.verb_words and phrase == text.subjects[-1]:
        whole = " ".join((phrase, *text.wording.split()[: text.verb_words]))
        reading = catalog.read(whole, negative_prompt)
        if reading.match.method == "keyword" and reading.match.span[1] > len(tokenize(phrase)):
            return _read_object(whole, negative_prompt, catalog, None)
    return _read_object(phrase, negative_prompt, catalog, None)


def _read_object(
    phrase: str,
    negative_prompt: str,
    catalog: Catalog,
    role: Relation | None,
    emerging: bool = False,
) -> SceneObject | None:
    """The phrase's object when the catalog reads a concrete one from it.

    Its template when the match is sure (a keyword, or an embedding at ``MIN_OBJECT_SCORE``),
    its category's fallback archetype when the matcher names one; otherwise, for the object
    the subjects are related to (``role``: the relation), a plain shape for that relation.
    ``emerging``: the subject comes out of it, so clothes are a container ("out of a hat").
    """
    head = _head(phrase)
    if not head or is_generic(tokenize(phrase)):
        return None
    if role is not None and (head in NOT_OBJECTS or (head in WEARABLES and not emerging)):
        return None  # a setting, clothes or the subject's own body: "a robot on fire"
    reading = catalog.read(phrase, negative_prompt)
    match = reading.match
    if match.template is not None:
        template = catalog.find(match.template)
        if template.name == FALLBACK.name:
            return None
        if match.method == "keyword" or match.score >= MIN_OBJECT_SCORE:
            return SceneObject(phrase, reading, template)
        if role is None or match.score < STAND_IN_MIN_SCORE:
            return None
        # near a template it is not ("a throne" near the king): a plain shape for the relation
        return SceneObject(phrase, reading, stand_in(role, np.ones(3)), stand_in=role)
    if match.fallback is not None and match.fallback in catalog.fallbacks:
        if match.method == "embedding" and match.score < MIN_FALLBACK_SCORE:
            return None
        archetype = catalog.fallbacks[match.fallback]
        return SceneObject(phrase, reading, archetype, fallback=match.fallback)
    return None  # nothing concrete named: the words are a setting or an idea


def _is_setting(
    item: SceneObject, relation: Relation, subjects: Sequence[SceneObject], emerging: bool
) -> bool:
    """Clothes ("a man in a suit") and a building something is in ("a bench in a house"):
    what the subject wears or where it is, not a second object. But a hat something peeks out
    of holds it, and a shelter its size ("a dog in his doghouse") is an object beside it."""
    category = category_of(item.template)
    if category == "clothing":
        return not emerging
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


def _compound(
    subject: SceneObject, reference: SceneObject, negative_prompt: str, catalog: Catalog
) -> SceneObject | None:
    """The subject's own kind of the reference when a template is that: "a tv on a stand" is
    on a tv stand, "a cake on a stand" on a cake stand, "a fish in a bowl" in a fishbowl."""
    head = _head(reference.phrase)
    names = (_head(subject.phrase), *subject.template.names())
    objects = catalog.vocabulary.objects
    for name in names:
        template = objects.get(f"{name} {head}") or objects.get(f"{name}{head}")
        if template in (None, subject.template.name, reference.template.name):
            continue  # a kind of what it already is ("a knight shield" is a shield)
        phrase = f"{reference.phrase.rsplit(head, 1)[0]}{name} {head}"
        return SceneObject(phrase, catalog.read(phrase, negative_prompt), catalog.find(template))
    return None


def _own_part(subjects: Sequence[SceneObject], reference: SceneObject) -> str | None:
    """The part of a subject's template the reference's head names ("knight" + "shield")."""
    head = _head(reference.phrase)
    for subject in subjects:
        template = subject.template
        for part in template.parts:
            words = template.words_for(part)
            if head in words or singularize(head) in words:
                return part
    return None


def _head(phrase: str) -> str:
    """The last word of the phrase's first noun phrase ("the floor" → floor)."""
    words = tokenize(phrase)
    end = next((i for i, word in enumerate(words) if word in BOUNDARIES), len(words))
    content = [word for word in words[:end] if word not in FILLER]
    return content[-1] if content else ""


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


def category_of(template: Template) -> str:
    """The folder under ``templates/`` the template lives in ("" when not known)."""
    category = getattr(template, "category", "")
    if isinstance(category, str) and category:
        return category
    # before the catalog records categories: the module that defines the template says it
    for name, module in list(sys.modules.items()):
        if ".templates." in name and getattr(module, "TEMPLATE", None) is template:
            return name.split(".")[-2]
    return ""
