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
and keywords that span the relation word stay one object. So do poses ("curled up in a
ball"), pictures on a surface ("flowers painted on it"), what the subject stands on when its
template builds that itself ("a desk globe on a wooden stand", ``scene_objects.own_part``),
and its own holder (``scene_roles.own_holder``: "a cactus in a clay pot", "a candle in a
glass jar", "a torch in a wall bracket"). A part the subject builds that it holds or rides ("a
viking holding a battle axe", "a witch flying on a broomstick") is a scene whose second object
is that very part: the subject is built alone, holding its own axe, and
``meta["scene"]["built"]`` says so. A template that is the subject's own kind of the reference
wins over its part: "a tv on a stand" is on a tv stand, without its own ("a teacup on a
saucer", when a template is the saucer).

Three objects: two held, one per hand ("a knight holding a sword and a shield": ``also``);
a container, what it is full of and where it is ("a vase of flowers on a table":
``contents``). "A mug full of pencils" is the pencils in the mug, unless the container builds
what fills it ("a bookshelf full of books": ``scene_roles.is_filling``).

Word orders other than "subject, relation, reference" (``word_order``): the relation first
("under the umbrella sat a frog"), the subject in a "with" phrase at a spot on the owner ("a
pirate with a parrot on his shoulder", "a tree with a bird on a branch"), two objects and how
they stand to each other ("a cat and a dog sitting side by side"), a container before what
fills it ("a mug full of pencils") and two objects listed with no relation ("a bottle of wine
and two glasses": side by side).

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
from meshforge.engines.text.core.lexicon import COLORS, MATERIALS, tokenize
from meshforge.engines.text.core.relation_words import (
    OUT_OF,
    WEARABLES,
    Relation,
)
from meshforge.engines.text.core.relations import RelationText, split_relation, without_second
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
from meshforge.engines.text.core.scene_roles import (
    contents_of,
    is_filling,
    is_setting,
    keyword_spans_relation,
    own_holder,
    ridden,
    second_held,
    without_subjects,
)
from meshforge.engines.text.core.word_order import (
    WithSpot,
    full_of,
    inverted,
    reciprocal,
    side_by_side,
    with_on_spot,
)

#: Relations in which a part the subject builds itself still reads as a second object: "a
#: viking holding an axe", "a witch riding a broomstick". What the subject stands on or is in
#: and builds itself is the one object ("a desk globe on a wooden stand", "a teacup on a
#: saucer"), unless a template is the subject's own kind of it ("a fern in a pot": a plant pot).
OWN_PART_RELATIONS: frozenset[Relation] = frozenset({"holding", "riding"})


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
    #: a second object held, in the other hand ("holding a sword and a shield")
    also: SceneObject | None = None
    #: what the subject is full of ("a vase of flowers on a table": the flowers)
    contents: SceneObject | None = None

    @property
    def objects(self) -> tuple[SceneObject, ...]:
        """Every object, in prompt order."""
        third = () if self.then is None else (self.then.other,)
        contents = () if self.contents is None else (self.contents,)
        also = () if self.also is None else (self.also,)
        return (*self.subjects, *contents, self.reference, *also, *third)

    @property
    def relations(self) -> tuple[Relation, ...]:
        """The subjects' relation, then the reference's to the third object, if any."""
        return (self.relation,) if self.then is None else (self.relation, self.then.relation)


def read_scene(prompt: str, negative_prompt: str, catalog: Catalog) -> Scene | None:
    """The prompt's scene, or None when it names one object (the usual case, decided cheaply)."""
    words = tokenize(prompt)
    text = (
        inverted(words)
        or reciprocal(words)
        or full_of(words)
        or split_relation(words)
        or side_by_side(words)
    )
    if text is None or keyword_spans_relation(words, catalog):
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
    subjects = _subjects_of(text, negative_prompt, catalog)
    emerging = tuple(text.wording.split()[-2:]) == OUT_OF  # "peeking out of a hat"
    if subjects is None or (
        text.relation == "in" and not emerging and head_of(text.reference) in WEARABLES
    ):
        return None  # "a knight in shining armor": dressed, whatever template the words name
    own_kind = compound(subjects[0], text.reference, negative_prompt, catalog)
    reference = own_kind or read_object(
        text.reference, negative_prompt, catalog, text.relation, emerging
    )
    if reference is None or _one_object(text, subjects, reference, emerging, catalog, own_kind):
        return None
    reference = without_subjects(subjects, reference)
    part = own_part(subjects, reference)
    if part == reference.template.name and text.relation == "on":
        own_kind = reference  # "a teacup on a saucer", when a template is the saucer
    if own_kind is not None and part is not None and text.relation not in OWN_PART_RELATIONS:
        # "a tv on a stand" is on a tv stand: not on its own stand as well
        subjects[0] = without_part(subjects[0], part)
        part = None
    relation = ridden(text.relation, subjects[0], reference) if part is None else text.relation
    if part is not None:
        if text.relation not in OWN_PART_RELATIONS or len(subjects) > 1:
            return None  # "a desk globe on a wooden stand": the globe builds its stand
        reference = replace(reference, own_part=part)
        # the holder read from the whole prompt: its part is asked for ("holding a flag"),
        # with the colours the prompt gives it ("a wizard holding a red orb")
        whole = catalog.read(prompt, negative_prompt)
        if whole.match.template == subjects[0].template.name:
            subjects[0] = replace(subjects[0], prompt=whole)
    then = _third(text, reference, negative_prompt, catalog)
    if text.then is not None and (then is None or part is not None):
        return None
    also = second_held(text, subjects[0], negative_prompt, catalog)
    contents = contents_of(text, subjects[0], negative_prompt, catalog)
    return Scene(
        tuple(subjects),
        relation,
        text.wording,
        reference,
        text.touching,
        then,
        text.spot,
        also,
        contents,
    )


def _subjects_of(
    text: RelationText, negative_prompt: str, catalog: Catalog
) -> list[SceneObject] | None:
    """Every subject's object, or None when a phrase names none."""
    subjects: list[SceneObject] = []
    for phrase in text.subjects:
        subject = _read_subject(phrase, text, negative_prompt, catalog)
        if subject is None:
            return None
        subjects.append(subject)
    return subjects


def _one_object(
    text: RelationText,
    subjects: Sequence[SceneObject],
    reference: SceneObject,
    emerging: bool,
    catalog: Catalog,
    own_kind: SceneObject | None,
) -> bool:
    """Whether the objects read are one object after all: the reference is a setting or
    clothes, builds what fills it ("a bookshelf full of books"), or
    is the subject's own holder ("a cactus in a clay pot", "a candle in a glass jar")."""
    if is_setting(reference, text.relation, subjects, emerging):
        return True
    if text.filling and own_kind is None and is_filling(subjects[0], reference):
        return True
    if text.relation != "in":
        return False
    if own_kind is None and comes_in(subjects[0], reference, catalog):
        return True  # a jar candle
    return own_holder(subjects[0], reference, own_part(subjects, reference))


def _third(
    text: RelationText, reference: SceneObject, negative_prompt: str, catalog: Catalog
) -> SceneLink | None:
    """The reference's relation to a third object, when one is named and is no setting ("a
    lamp on a table in a house": where the table is)."""
    if text.then is None:
        return None
    other = read_object(text.then.other, negative_prompt, catalog, text.then.relation)
    if other is None or is_setting(other, text.then.relation, [reference], emerging=False):
        return None
    return SceneLink(text.then.relation, text.then.wording, other, text.then.touching)


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
