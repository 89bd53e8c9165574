"""What each object of a scene is to the others: a setting, a shelter, a mount, a holder.

``scene.read_scene`` reads the objects around a relation; these judgements, from the objects'
templates, say whether they still make a scene: clothes and a building much bigger than the
subject are where it is (``is_setting``), a pot or holder the subject builds itself is its
own (``own_holder``), a big enough animal under a character is ridden (``ridden``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meshforge.engines.text.core.catalog import Catalog
from meshforge.engines.text.core.distractors import DISTRACTORS
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.relation_words import MOUNTS, WORDINGS, Relation
from meshforge.engines.text.core.relations import RelationText
from meshforge.engines.text.core.scene_objects import (
    SceneObject,
    category_of,
    head_of,
    own_part,
    read_object,
)

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


def is_setting(
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


def without_subjects(subjects: Sequence[SceneObject], reference: SceneObject) -> SceneObject:
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


def ridden(relation: Relation, subject: SceneObject, reference: SceneObject) -> Relation:
    """ "riding" for a character on a mount: an animal big enough to carry it, or an object
    with a saddle or handlebars (on which an animal rides too: "a bear on a unicycle");
    otherwise ``relation`` as read."""
    rider = category_of(subject.template)
    if relation != "on" or rider not in ("characters", "animals"):
        return relation
    mount = reference.template
    if reference.stand_in is not None:
        return relation
    if category_of(mount) == "animals" and reference.fallback is None:
        if rider != "characters":
            return relation
        big_enough = mount.height_m >= MOUNT_SIZE * subject.template.height_m
        return "riding" if big_enough else relation
    words = {word for part in mount.parts for word in mount.words_for(part)}
    return "riding" if words & ASTRIDE_PARTS else relation


def own_holder(subject: SceneObject, holder: SceneObject, part: str | None) -> bool:
    """Whether the subject is in its own holder, one object: the holder is its own part ("a
    cactus in a clay pot"), it builds a holder of its own ("a candle in a glass jar": the
    candle's holder), or the holder is a mount no template builds ("a torch in a wall
    bracket")."""
    if part is not None:
        return True
    if any(name in MOUNTS for name in subject.template.parts):
        return True
    plain = holder.fallback is not None or holder.stand_in is not None
    return plain and head_of(holder.phrase) in MOUNTS


def is_filling(contents: SceneObject, container: SceneObject) -> bool:
    """Whether what fills the container ("full of", "filled with") is the container's own: a
    part it builds ("a bookshelf full of books"), or its stock, things of its own category
    ("a treasure chest full of gold coins", "a toolbox full of tools"), not objects put in it
    ("a mug full of pencils")."""
    if own_part([container], contents) is not None:
        return True
    kind = container.fallback or category_of(container.template)
    return bool(kind) and (contents.fallback or category_of(contents.template)) == kind


def second_held(
    text: RelationText, holder: SceneObject, negative_prompt: str, catalog: Catalog
) -> SceneObject | None:
    """The object held in the other hand ("holding a sword and a shield"): the holder's own
    part when it builds one of that name."""
    if not text.also:
        return None
    held = read_object(text.also, negative_prompt, catalog, "holding")
    if held is None:
        return None
    part = own_part([holder], held)
    return held if part is None else replace(held, own_part=part)


def contents_of(
    text: RelationText, container: SceneObject, negative_prompt: str, catalog: Catalog
) -> SceneObject | None:
    """What the subject is full of ("a vase of flowers on a table"): the subject's own part
    when it builds one of that name (the vase's own flowers)."""
    if not text.contents:
        return None
    contents = read_object(text.contents, negative_prompt, catalog, None)
    if contents is None:
        return None
    part = own_part([container], contents)
    return contents if part is None else replace(contents, own_part=part)


def keyword_spans_relation(words: Sequence[str], catalog: Catalog) -> bool:
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
