"""The objects of a scene: what each phrase around a relation names, and what builds it.

``read_object`` reads one phrase ("a black cat", "a rocky island") with the reader a single
object uses; ``compound`` finds the subject's own kind of the reference ("a fish in a tank" is
in a fish tank); ``own_part`` the part of the subject's template the reference names ("a desk
globe on a wooden stand": the globe's own stand). ``scene`` decides what they make together.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from meshforge.engines.text.core.catalog import FALLBACK, Catalog
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.noun_phrases import BOUNDARIES, FILLER, is_generic, is_modifier
from meshforge.engines.text.core.prompt import ParsedPrompt
from meshforge.engines.text.core.relation_words import NOT_OBJECTS, WEARABLES, Relation
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


def read_object(
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
    head = head_of(phrase)
    if not head or is_generic(tokenize(phrase)):
        return None
    reading = catalog.read(phrase, negative_prompt)
    match = reading.match
    if role is not None and _setting_word(head, role, emerging, match.method == "keyword"):
        return None  # a setting, clothes or the subject's own body: "a robot on fire"
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


def _setting_word(head: str, role: Relation, emerging: bool, claimed: bool) -> bool:
    """Whether the reference's head is a setting ("on fire", "by the sea"), clothes ("in a
    suit") or the subject's body ("on its back"). Beside something a template claims, or
    clothes, it is an object: "a bicycle leaning against a brick wall", "a cat next to a boot"."""
    if role == "next to":
        return head in NOT_OBJECTS and not claimed
    return head in NOT_OBJECTS or (head in WEARABLES and not emerging)


def compound(
    subject: SceneObject, phrase: str, negative_prompt: str, catalog: Catalog
) -> SceneObject | None:
    """The subject's own kind of the reference when a template is that: "a tv on a stand" is
    on a tv stand, "a fish in a tank" in a fish tank, "a golf ball on a tee" on a golf tee, "a
    bottle of wine and two glasses" beside wine glasses, "a fern in a pot" in a plant pot.
    Read before the reference alone, which may name something else ("a tee" is a t-shirt, "a
    glove" clothes)."""
    head = head_of(phrase)
    if not head:
        return None
    objects = catalog.vocabulary.objects
    for name in compound_names(subject):
        for noun in dict.fromkeys((head, singularize(head, objects))):
            template = objects.get(f"{name} {noun}") or objects.get(f"{name}{noun}")
            if template in (None, subject.template.name):
                continue
            whole = f"{phrase.rsplit(head, 1)[0]}{name} {head}"
            reading = catalog.read(whole, negative_prompt)
            if reading.match.template != template:
                continue
            return SceneObject(whole, reading, catalog.find(template))
    return None


def compound_names(subject: SceneObject) -> tuple[str, ...]:
    """Words that name what the subject is, to find its own kind of the reference: its noun,
    its template's names, its other nouns ("golf" ball, bottle of "wine") and the kind of thing
    its category holds ("plant": a plant pot)."""
    words = tokenize(subject.phrase)
    skipped = FILLER | BOUNDARIES
    nouns = [word for word in words if word not in skipped and not is_modifier(word)]
    category = category_of(subject.template) if subject.fallback is None else subject.fallback
    kind = singularize(category) if category else ""
    kinds = (kind,) if kind and kind != category else ()
    return tuple(
        dict.fromkeys((head_of(subject.phrase), *subject.template.names(), *nouns, *kinds))
    )


def comes_in(subject: SceneObject, container: SceneObject, catalog: Catalog) -> bool:
    """Whether the subject's own template is the kind of it that comes in the container: "a
    candle in a jar" is a jar candle, when the candle template claims that name."""
    head = head_of(container.phrase)
    objects = catalog.vocabulary.objects
    names = (f"{head} {name}" for name in compound_names(subject))
    return any(objects.get(name) == subject.template.name for name in names)


def without_part(subject: SceneObject, part: str) -> SceneObject:
    """The subject without its own part the scene's reference replaces."""
    removed = subject.prompt.removed_parts | {part}
    return replace(subject, prompt=replace(subject.prompt, removed_parts=removed))


def own_part(subjects: Sequence[SceneObject], reference: SceneObject) -> str | None:
    """The part of a subject's template the reference's head names ("knight" + "shield")."""
    head = head_of(reference.phrase)
    for subject in subjects:
        template = subject.template
        for part in template.parts:
            words = template.words_for(part)
            if head in words or singularize(head) in words:
                return part
    return None


def head_of(phrase: str) -> str:
    """The last word of the phrase's first noun phrase ("the floor" → floor)."""
    words = tokenize(phrase)
    end = next((i for i, word in enumerate(words) if word in BOUNDARIES), len(words))
    content = [word for word in words[:end] if word not in FILLER]
    return content[-1] if content else ""


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
