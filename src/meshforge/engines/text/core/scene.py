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
that span the relation word stay one object. A part the subject builds that it holds, rides or
stands on ("a viking holding a battle axe", "a witch riding a broomstick", "a teacup on a
saucer") is a scene whose second object is that very part: the subject is built alone, holding
its own axe, and ``meta["scene"]["built"]`` says so.

``build_scene`` builds every object at its real size (metres, Z-up, front -Y; templates are
made at their ``height_m``, so a hamster is smaller than a teacup) and composes them by
relation:

* **on**: the subject rests on the support's top surface. A height map of both (rays cast
  down onto the support, up onto the subject) gives, for every placement on a grid, how high
  the subject must sit to clear the support and how much of its underside then touches it;
  it goes where it touches most, nearest the support's middle (a cat on a chair sits on the
  seat, not on the backrest's top edge). Templates have no seated pose: a figure on a seat
  stands on it.
* **in**: resting on the inner bottom of a container, scaled down to fit its opening; a
  support without an opening (a tree, a car) takes the subject on top instead.
* **next to**: side by side on the floor with a small gap ("leaning against": touching).
* **under**: on the floor below the reference, scaled to the clearance under it (between a
  table's legs).
* **holding**: the held object at the holder's right side at hand height, touching it.
* **riding**: the rider on the mount's back above its centre of mass; a character's legs are
  spread to straddle it.

The last step of every placement is exact: the subject moves along the relation's direction
until it first meets the other object (rays from every vertex of each, along the motion), then
a hair further (``CONTACT_OVERLAP``) so that the union joins the two into one solid.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from manifold3d import Manifold
from numpy.lib.stride_tricks import sliding_window_view

from meshforge.engines.base import GenerationCanceled
from meshforge.engines.text.core.assembly import Assembly, Part
from meshforge.engines.text.core.catalog import FALLBACK, Catalog
from meshforge.engines.text.core.distractors import DISTRACTORS
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.noun_phrases import BOUNDARIES, FILLER, is_generic
from meshforge.engines.text.core.prompt import ParsedPrompt
from meshforge.engines.text.core.relations import (
    NOT_OBJECTS,
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
OWN_PART_RELATIONS: frozenset[Relation] = frozenset({"on", "holding", "riding"})
#: Fractions of a container's height looked at for its opening: whole, then without the
#: handle arching over it.
OPENING_LEVELS = (1.0, 0.7, 0.5)
#: Share of a container's opening (seen without its top part) that must be open from above on
#: the whole container: a handle hides less, a lid all of it.
OPEN_SHARE = 0.5
#: A subject's part stands for the reference only when at least this fraction of the size the
#: reference's own template builds it at.
OWN_PART_SIZE = 0.35
#: "five cats on a sofa" builds at most this many of one object.
MAX_SCENE_COPIES = 4
#: Gap between copies or subjects standing in a row, as a fraction of one's width.
ROW_GAP = 0.25
#: A subject whose footprint exceeds the support's by more than this is scaled down to it.
ON_FIT = 1.6
#: How far a subject "leaning against" something tilts towards it.
LEAN_DEGREES = 14.0
#: Held objects are at most this fraction of the holder's height.
HELD_FIT = 0.9
#: Rays per side of the height map of the larger object.
GRID_CELLS = 56
#: How far past first contact resting objects sink, as a fraction of the smaller height.
CONTACT_OVERLAP = 0.004

Box = tuple[float, float, float, float, float, float]
CancelFn = Callable[[], bool]
PartFn = Callable[[Part], None]


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

    @property
    def objects(self) -> tuple[SceneObject, ...]:
        """Every object, in prompt order."""
        third = () if self.then is None else (self.then.other,)
        return (*self.subjects, self.reference, *third)

    @property
    def relations(self) -> tuple[Relation, ...]:
        """The subjects' relation, then the reference's to the third object, if any."""
        return (self.relation,) if self.then is None else (self.relation, self.then.relation)


@dataclass
class ComposedScene:
    """The composed parts and what ``meta`` reports about how they were placed."""

    parts: list[Part]
    assemblies: list[Assembly]
    #: per object (prompt order): the factor it was scaled by to fit its relation
    fit_scales: list[float] = field(default_factory=list)
    #: per object (prompt order): how many copies were built ("two cats")
    counts: list[int] = field(default_factory=list)
    #: how the relation was carried out when it differs from the relation's name
    placement: str = ""
    #: ``parts[:subject_parts]`` are the subjects', the rest the other objects'
    subject_parts: int = 0
    #: per object (prompt order): what was built for it ("viking's own axe" for a part)
    built: list[str] = field(default_factory=list)


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
    reference = _read_object(text.reference, negative_prompt, catalog, text.relation)
    if reference is None or _is_setting(reference, text.relation):
        return None
    part = _own_part(subjects, reference)
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
        if other is None or _is_setting(other, text.then.relation) or part is not None:
            return None
        then = SceneLink(text.then.relation, text.then.wording, other, text.then.touching)
    return Scene(tuple(subjects), text.relation, text.wording, reference, text.touching, then)


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
    phrase: str, negative_prompt: str, catalog: Catalog, role: Relation | None
) -> SceneObject | None:
    """The phrase's object when the catalog reads a concrete one from it.

    Its template when the match is sure (a keyword, or an embedding at ``MIN_OBJECT_SCORE``),
    its category's fallback archetype when the matcher names one; otherwise, for the object
    the subjects are related to (``role``: the relation), a plain shape for that relation.
    """
    head = _head(phrase)
    if not head or is_generic(tokenize(phrase)):
        return None
    if role is not None and (head in NOT_OBJECTS or head in WEARABLES):
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


def _is_setting(item: SceneObject, relation: Relation) -> bool:
    """Clothes ("a man in a suit") and a building something is in ("a bench in a museum",
    "a cottage in the woods"): what the subject wears or where it is, not a second object."""
    category = _category(item.template)
    return category == "clothing" or (relation == "in" and category == "buildings")


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


def _category(template: Template) -> str:
    """The folder under ``templates/`` the template lives in ("" when not known)."""
    category = getattr(template, "category", "")
    if isinstance(category, str) and category:
        return category
    # before the catalog records categories: the module that defines the template says it
    for name, module in list(sys.modules.items()):
        if ".templates." in name and getattr(module, "TEMPLATE", None) is template:
            return name.split(".")[-2]
    return ""


# -- building -----------------------------------------------------------------------------


@dataclass
class _Builder:
    """Builds a scene's objects, collecting every assembly for ``meta``."""

    seed: int
    segments: int
    on_part: PartFn
    assemblies: list[Assembly] = field(default_factory=list)

    def build(self, item: SceneObject, index: int, partner: list[Part] | None) -> list[Part]:
        """``item``'s copies in a row; a stand-in sized for the ``partner`` parts."""
        template = item.template
        if item.stand_in is not None and partner is not None:
            low, high = _bounds(partner)
            template = stand_in(item.stand_in, high - low)
        built = []
        for copy in range(_copies(item)):
            # the object's index varies the seed, so that "a cat and a cat" are two cats
            assembly = Assembly(
                item.prompt, template, self.seed + 7919 * index, self.segments, self.on_part, copy
            )
            template.build(assembly)
            self.assemblies.append(assembly)
            built.append(_sized(assembly.parts, item.prompt))
        return _row(built)


def _checked_own_part(scene: Scene, subject: list[Part], builder: _Builder) -> Scene:
    """``scene``, its reference built apart after all when the subject's part of that name is
    missing or, held, much smaller than the reference's own template builds it (the
    astronaut's "flag" is a patch on its sleeve, not a flag to hold)."""
    reference = scene.reference
    if reference.own_part is None:
        return scene
    own = [part for part in subject if part.role == reference.own_part]
    if own and (
        scene.relation != "holding"  # a saucer under the cup, a broom it rides: that very thing
        or reference.fallback is not None
        or reference.stand_in is not None  # no real size to compare with: the part is it
    ):
        return scene
    if own:
        trial = _Builder(builder.seed, builder.segments, lambda _part: None)
        real = trial.build(reference, len(scene.subjects), subject)
        own_size = float(np.max(np.ptp(_bounds(own), axis=0)))
        real_size = float(np.max(np.ptp(_bounds(real), axis=0)))
        if own_size >= OWN_PART_SIZE * real_size:
            return scene
    return replace(scene, reference=replace(reference, own_part=None))


def _copies(item: SceneObject) -> int:
    return max(1, min(MAX_SCENE_COPIES, item.prompt.count))


def build_scene(
    scene: Scene,
    seed: int,
    segments: int,
    on_part: PartFn,
    cancel: CancelFn,
) -> ComposedScene:
    """Build every object of ``scene`` and compose them; parts in metres, Z-up, front -Y."""
    builder = _Builder(seed, segments, on_part)
    subjects = [builder.build(item, index, None) for index, item in enumerate(scene.subjects)]
    holder = scene.subjects[0].template.name
    scene = _checked_own_part(scene, subjects[0], builder)
    if scene.reference.own_part is not None:
        parts = _row(subjects)
        composed = ComposedScene(parts, [], [1.0] * len(scene.objects), subject_parts=len(parts))
        composed.placement = f"{scene.relation}: the {holder}'s own {scene.reference.own_part}"
        composed.built = [item.template.name for item in scene.subjects]
        composed.built.append(f"{holder}'s own {scene.reference.own_part}")
    else:
        index = len(scene.subjects)
        reference = builder.build(scene.reference, index, _row(subjects))
        composed = _compose(scene, subjects, reference, cancel)
        composed.built = [item.name for item in (*scene.subjects, scene.reference)]
    if scene.then is not None:
        link = scene.then
        first = composed.parts
        other = builder.build(link.other, len(scene.objects) - 1, first)
        second = _place(link.relation, link.touching, [first], other, scene, cancel, third=True)
        composed.parts = second.parts
        composed.fit_scales = [s * second.fit_scales[0] for s in composed.fit_scales]
        composed.fit_scales.append(second.fit_scales[-1])
        composed.built.append(link.other.name)
        if second.placement:
            composed.placement = "; ".join(filter(None, (composed.placement, second.placement)))
    composed.assemblies = builder.assemblies
    composed.counts = [_copies(item) for item in scene.objects]
    return composed


def _compose(
    scene: Scene, subjects: list[list[Part]], reference: list[Part], cancel: CancelFn
) -> ComposedScene:
    """Place the subjects (one group) relative to the reference by the scene's relation."""
    composed = _place(scene.relation, scene.touching, subjects, reference, scene, cancel)
    count = len(scene.subjects)
    composed.fit_scales = [composed.fit_scales[0]] * count + [composed.fit_scales[1]]
    return composed


def _place(
    relation: Relation,
    touching: bool,
    subjects: list[list[Part]],
    reference: list[Part],
    scene: Scene,
    cancel: CancelFn,
    third: bool = False,
) -> ComposedScene:
    """Place one group of subjects relative to ``reference``; ``fit_scales`` is the subjects'
    scale and the reference's. ``third``: the subjects are the scene so far, placed relative
    to its third object ("(a cat on a chair) next to a table")."""
    along_y = relation == "riding"  # riders sit one behind the other
    subject = _row(subjects, along_y=along_y)
    scale, placement = 1.0, ""
    rider = not third and _category(scene.subjects[0].template) == "characters"
    mount = scene.then.other if third and scene.then is not None else scene.reference
    if relation == "on" and rider and _category(mount.template) == "animals":
        relation, placement = "riding", "riding"  # "a knight on a horse" sits astride it
    if relation == "riding" and rider:
        subject, scale = _straddling(subject, reference)
    elif relation == "riding":
        relation = "on"
        placement = "on its back"
    if relation == "in":
        placed = _inside(subject, reference, cancel)
        if placed is None:
            relation, placement = "on", "on top: it has no opening"
        else:
            subject, scale = placed
    if relation in ("on", "riding"):
        subject, fit = _on_top(subject, reference, cancel, riding=relation == "riding")
        scale *= float(fit)
    elif relation == "next to":
        subject = _beside(subject, reference, touching, cancel)
    elif relation == "under":
        placed = _beneath(subject, reference, cancel)
        if placed is None:
            placement = "beside: no room under it"
            subject = _beside(subject, reference, False, cancel)
        else:
            subject, scale = placed
    elif relation == "holding":
        # the held object is the reference, placed at the subject (the holder): swap roles
        held, held_scale = _held(reference, subject, cancel)
        return ComposedScene(
            [*subject, *held],
            [],
            [1.0, held_scale],
            placement=placement,
            subject_parts=len(subject),
        )
    return ComposedScene(
        [*subject, *reference], [], [scale, 1.0], placement=placement, subject_parts=len(subject)
    )


# -- parts as groups ------------------------------------------------------------------------


def _union(parts: Sequence[Part]) -> Manifold:
    """All ``parts`` as one solid for ray casts: composed, not unioned (that is for
    ``fuse_parts``), since a ray's first hit on overlapping parts is the outer surface."""
    return Manifold.compose([part.solid for part in parts])


def _bounds(parts: Sequence[Part]) -> np.ndarray:
    """Bounding box of ``parts`` as ``[[xmin, ymin, zmin], [xmax, ymax, zmax]]``."""
    boxes = np.array([part.solid.bounding_box() for part in parts])
    return np.array([boxes[:, :3].min(axis=0), boxes[:, 3:].max(axis=0)])


def _moved(parts: Sequence[Part], offset: Sequence[float] | np.ndarray) -> list[Part]:
    """``parts`` translated by ``offset``."""
    vector = (float(offset[0]), float(offset[1]), float(offset[2]))
    return [replace(part, solid=part.solid.translate(vector)) for part in parts]


def _scaled(parts: Sequence[Part], factors: Sequence[float]) -> list[Part]:
    """``parts`` scaled about the middle of their base (the point they stand on)."""
    low, high = _bounds(parts)
    base = ((low[0] + high[0]) / 2, (low[1] + high[1]) / 2, low[2])
    vector = (float(factors[0]), float(factors[1]), float(factors[2]))
    return _moved(
        [
            replace(part, solid=part.solid.translate((-base[0], -base[1], -base[2])).scale(vector))
            for part in parts
        ],
        base,
    )


def _sized(parts: Sequence[Part], prompt: ParsedPrompt) -> list[Part]:
    """``parts`` with the object's own size words applied ("a small cat on a big chair")."""
    width = prompt.scale * prompt.width_scale
    height = prompt.scale * prompt.height_scale
    if width == height == 1.0:
        return list(parts)
    return _scaled(parts, (width, width, height))


def _row(groups: Sequence[Sequence[Part]], along_y: bool = False) -> list[Part]:
    """Groups standing in a row along X (or one behind the other along Y), centred on 0."""
    axis = 1 if along_y else 0
    placed: list[Part] = []
    cursor = 0.0
    for group in groups:
        low, high = _bounds(group)
        offset = [0.0, 0.0, -low[2]]
        offset[axis] = cursor - low[axis]
        placed += _moved(group, offset)
        cursor += (high[axis] - low[axis]) * (1 + ROW_GAP)
    low, high = _bounds(placed)
    middle = (low + high) / 2
    return _moved(placed, (-middle[0], -middle[1], 0.0))


# -- height maps --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Grid:
    """Sample points ``x = cell * (x0 + i)``, ``y = cell * (y0 + j)`` of a height map."""

    cell: float
    x0: int
    y0: int
    nx: int
    ny: int

    @staticmethod
    def covering(low: np.ndarray, high: np.ndarray, cell: float, pad: np.ndarray) -> _Grid:
        """The lattice points over ``low..high`` widened by ``pad`` (x, y)."""
        x0 = math.floor((low[0] - pad[0]) / cell)
        y0 = math.floor((low[1] - pad[1]) / cell)
        x1 = math.ceil((high[0] + pad[0]) / cell)
        y1 = math.ceil((high[1] + pad[1]) / cell)
        return _Grid(cell, x0, y0, x1 - x0 + 1, y1 - y0 + 1)

    def xs(self) -> np.ndarray:
        return self.cell * (self.x0 + np.arange(self.nx))

    def ys(self) -> np.ndarray:
        return self.cell * (self.y0 + np.arange(self.ny))


def _height_map(solid: Manifold, grid: _Grid, from_above: bool) -> np.ndarray:
    """Height of the first surface a vertical ray meets at each grid point (NaN: a miss).

    manifold3d casts one ray per call (about 2 µs each); a few thousand per scene is cheap
    next to building the objects, and needs no extra ray-tracing package.
    """
    box = solid.bounding_box()
    top, bottom = box[5] + 1.0, box[2] - 1.0
    start, end = (top, bottom) if from_above else (bottom, top)
    heights = np.full((grid.nx, grid.ny), np.nan)
    for i, x in enumerate(grid.xs()):
        if not box[0] - grid.cell <= x <= box[3] + grid.cell:
            continue
        for j, y in enumerate(grid.ys()):
            hits = solid.ray_cast((x, y, start), (x, y, end))
            if hits:
                heights[i, j] = hits[0].position[2]
    return heights


def _cell_size(small: np.ndarray, large: np.ndarray) -> float:
    """A cell that resolves the smaller object and keeps the larger one's map small."""
    small_extent = float(min(small[1][:2] - small[0][:2]))
    large_extent = float(max(large[1][:2] - large[0][:2]))
    return max(small_extent / 8, large_extent / GRID_CELLS, 1e-3)


# -- exact contact ------------------------------------------------------------------------


def _vertices(solid: Manifold) -> np.ndarray:
    """The solid's vertex positions."""
    vertices: np.ndarray = np.asarray(solid.to_mesh().vert_properties, dtype=np.float64)[:, :3]
    return vertices


def _free_travel(
    moving: Manifold, fixed: Manifold, direction: np.ndarray, travel: float, cancel: CancelFn
) -> float:
    """How far ``moving`` can go along ``direction`` (a unit axis) before it meets ``fixed``.

    Rays from every vertex of each solid towards the other, along the motion: the first
    contact between two triangle meshes is a vertex of one meeting a face of the other (an
    edge meeting an edge lies within a chord of that, well under the contact overlap). Ray
    casts are exact and cheap (µs each, no booleans); the solids may be compositions of
    overlapping parts, since only their outer surfaces are hit first.
    """
    axis = int(np.argmax(np.abs(direction)))
    across = [k for k in range(3) if k != axis]
    best = travel
    for source, target, sign in ((moving, fixed, 1.0), (fixed, moving, -1.0)):
        box = np.array(target.bounding_box()).reshape(2, 3)
        points = _vertices(source)
        inside = np.all(
            (points[:, across] >= box[0, across]) & (points[:, across] <= box[1, across]), axis=1
        )
        step = direction * sign * travel
        for index, point in enumerate(points[inside]):
            if index % 2048 == 0 and cancel():
                raise GenerationCanceled
            hits = target.ray_cast(tuple(point), tuple(point + step))
            if hits:
                best = min(best, float(np.dot(np.asarray(hits[0].position) - point, step)) / travel)
    return max(0.0, best)


def _touch(
    moving: Manifold,
    fixed: Manifold,
    start: np.ndarray,
    direction: np.ndarray,
    travel: float,
    cancel: CancelFn,
) -> np.ndarray:
    """Offset of ``moving`` from ``start`` (where it is clear of ``fixed``) along ``direction``
    where it first meets ``fixed``, plus ``CONTACT_OVERLAP`` so the two join into one solid;
    ``start + travel`` when they never meet."""
    at_start = moving.translate(tuple(start))
    free = _free_travel(at_start, fixed, direction, travel, cancel)
    if free >= travel:
        return start + direction * travel
    sink = min(CONTACT_OVERLAP * min(_height(moving), _height(fixed)), 0.004)
    return start + direction * (free + sink)


def _height(solid: Manifold) -> float:
    box = solid.bounding_box()
    return float(box[5] - box[2])


# -- relations ----------------------------------------------------------------------------


def _on_top(
    subject: list[Part], support: list[Part], cancel: CancelFn, riding: bool = False
) -> tuple[list[Part], float]:
    """The subject resting on the support's top surface (see the module docstring)."""
    s_low, s_high = _bounds(subject)
    r_low, r_high = _bounds(support)
    s_size, r_size = s_high - s_low, r_high - r_low
    # a rider's spread legs are meant to reach past the mount's flanks
    fit = 1.0 if riding else min(1.0, *(ON_FIT * r_size[:2] / np.maximum(s_size[:2], 1e-6)))
    if fit < 1.0:
        subject = _scaled(subject, (fit, fit, fit))
        s_low, s_high = _bounds(subject)
        s_size = s_high - s_low
    moving, fixed = _union(subject), _union(support)
    cell = _cell_size(np.array([s_low, s_high]), np.array([r_low, r_high]))
    s_grid = _Grid.covering(s_low, s_high, cell, np.zeros(2))
    r_grid = _Grid.covering(r_low, r_high, cell, s_size[:2] / 2 + cell)
    underside = _height_map(moving, s_grid, from_above=False) - s_low[2]
    top = _height_map(fixed, r_grid, from_above=True)
    offset = _best_rest(underside, top, s_grid, r_grid, s_size[2], riding, _centroid(fixed))
    # from above the support's top (clear of it for certain) straight down onto it
    clear = np.array([offset[0], offset[1], r_high[2] - s_low[2] + cell])
    travel = float(clear[2] - offset[2]) + 2 * cell
    position = _touch(moving, fixed, clear, np.array([0.0, 0.0, -1.0]), travel, cancel)
    return _moved(subject, position), fit


def _best_rest(
    underside: np.ndarray,
    top: np.ndarray,
    s_grid: _Grid,
    r_grid: _Grid,
    subject_height: float,
    riding: bool,
    target: np.ndarray,
) -> np.ndarray:
    """Translation that rests the subject where most of its feet touch, nearest ``target``.

    ``underside`` is the subject's bottom height per cell above its lowest point (NaN where
    it has none), ``top`` the support's top surface (NaN where a ray falls to the floor).
    """
    floor_top = np.nan_to_num(top, nan=0.0)
    windows = sliding_window_view(floor_top, underside.shape)
    hit_windows = sliding_window_view(~np.isnan(top), underside.shape)
    solid = ~np.isnan(underside)
    under = np.where(solid, underside, np.inf)
    lift = np.max(np.where(solid, windows - under, -np.inf), axis=(2, 3))
    # feet: the lowest cells of the subject, or for a rider the seat between its legs
    if riding:
        middle = s_grid.nx // 2
        feet = np.zeros_like(solid)
        feet[max(0, middle - 1) : middle + 2, :] = solid[max(0, middle - 1) : middle + 2, :]
        lowest = np.nanmin(np.where(feet, underside, np.nan))
        feet &= underside <= lowest + 0.1 * subject_height
    else:
        feet = solid & (underside <= 0.2 * subject_height)
    tolerance = max(2 * s_grid.cell, 0.03 * subject_height)
    gap = lift[:, :, None, None] + underside[None, None] - windows
    touching = (gap <= tolerance) & hit_windows & feet[None, None]
    contact = touching.sum(axis=(2, 3)) / max(1, int(feet.sum()))
    # the subject's middle must be over the support, not beside it on the floor
    centre = (s_grid.nx // 2, s_grid.ny // 2)
    over = hit_windows[:, :, centre[0], centre[1]]
    contact = np.where(over, contact, -1.0)
    shift_x = (r_grid.x0 + np.arange(contact.shape[0]) - s_grid.x0) * s_grid.cell
    shift_y = (r_grid.y0 + np.arange(contact.shape[1]) - s_grid.y0) * s_grid.cell
    centre_xy = np.array([s_grid.xs()[centre[0]], s_grid.ys()[centre[1]]])
    distance = np.hypot(
        shift_x[:, None] + centre_xy[0] - target[0], shift_y[None, :] + centre_xy[1] - target[1]
    )
    good = contact >= contact.max() - 0.1
    i, j = np.unravel_index(np.argmin(np.where(good, distance, np.inf)), distance.shape)
    return np.array([shift_x[i], shift_y[j], float(lift[i, j])])


def _centroid(solid: Manifold) -> np.ndarray:
    """Centre of mass (uniform density), from the signed volumes of the surface's triangles."""
    mesh = solid.to_mesh()
    vertices = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
    a, b, c = (vertices[np.asarray(mesh.tri_verts)[:, k]] for k in range(3))
    volumes = np.einsum("ij,ij->i", a, np.cross(b, c)) / 6
    total = volumes.sum()
    centre: np.ndarray = vertices.mean(axis=0)
    if abs(total) > 1e-12:
        centre = ((a + b + c) / 4 * volumes[:, None]).sum(axis=0) / total
    return centre


def _inside(
    subject: list[Part], container: list[Part], cancel: CancelFn
) -> tuple[list[Part], float] | None:
    """The subject resting on the container's inner bottom, scaled to its opening; None when
    the container has no opening at the top.

    A handle arching over the opening (a basket's) hides it from above: the container is
    looked at again without its top part, and the subject goes in under the handle.
    """
    s_low, s_high = _bounds(subject)
    r_low, r_high = _bounds(container)
    cell = float(max(r_high[:2] - r_low[:2])) / GRID_CELLS
    grid = _Grid.covering(r_low, r_high, cell, np.zeros(2))
    centre = (grid.nx // 2, grid.ny // 2)
    whole = _union(container)
    seen: np.ndarray | None = None  # the cells open to the sky on the whole container
    for kept in OPENING_LEVELS:
        fixed = whole if kept == 1.0 else whole ^ _below(r_low, r_high, kept)
        top = _height_map(fixed, grid, from_above=True)
        if np.all(np.isnan(top)):
            continue
        rim = float(np.nanmax(top))
        deep = np.nan_to_num(top, nan=np.inf) < rim - 0.3 * (rim - r_low[2])
        if seen is None:
            seen = deep
        # a handle hides a strip of the opening; a lid hides all of it (no way in)
        if deep[centre] and float(np.mean(seen[deep])) >= OPEN_SHARE:
            break
    else:
        return None
    r_high = _bounds(container)[1] if kept == 1.0 else np.array([*r_high[:2], rim])
    # the opening: how far the deep cells reach from the middle along X and Y
    half = []
    for axis in (0, 1):
        line = deep[:, centre[1]] if axis == 0 else deep[centre[0], :]
        middle = centre[axis]
        reach_low = middle - next((k for k in range(middle, -1, -1) if not line[k]), -1)
        reach_high = next((k for k in range(middle, len(line)) if not line[k]), len(line)) - middle
        half.append((min(reach_low, reach_high) - 0.5) * cell)
    s_size = s_high - s_low
    fit = min(1.0, 2 * 0.85 * half[0] / s_size[0], 2 * 0.85 * half[1] / s_size[1])
    if fit <= 0:
        return None
    if fit < 1.0:
        subject = _scaled(subject, (fit, fit, fit))
        s_low, s_high = _bounds(subject)
    moving = _union(subject)
    middle_xy = np.array([grid.xs()[centre[0]], grid.ys()[centre[1]]])
    shift_xy = middle_xy - (s_low[:2] + s_high[:2]) / 2
    clear = np.array([shift_xy[0], shift_xy[1], r_high[2] - s_low[2] + cell])
    travel = float(clear[2] + s_low[2] - r_low[2])
    position = _touch(moving, fixed, clear, np.array([0.0, 0.0, -1.0]), travel, cancel)
    return _moved(subject, position), fit


def _below(low: np.ndarray, high: np.ndarray, kept: float) -> Manifold:
    """A box holding the lowest ``kept`` fraction of the ``low``..``high`` box, wider all round."""
    margin = 0.01 + 0.1 * float(max(high - low))
    size = (*(high[:2] - low[:2] + 2 * margin), kept * float(high[2] - low[2]) + margin)
    corner = (low[0] - margin, low[1] - margin, low[2] - margin)
    return Manifold.cube(tuple(float(v) for v in size)).translate(corner)


def _beside(subject: list[Part], other: list[Part], touching: bool, cancel: CancelFn) -> list[Part]:
    """The subject on the floor at the other's right (+X, the side a three-quarter view
    shows), a small gap apart; touching and leaning its top towards it for "leaning against"."""
    if touching:
        subject = _leaning(subject, LEAN_DEGREES)
    s_low, s_high = _bounds(subject)
    r_low, r_high = _bounds(other)
    widths = (s_high[0] - s_low[0], r_high[0] - r_low[0])
    gap = float(np.clip(0.15 * min(widths), 0.02, 0.3))
    offset = np.array(
        [r_high[0] + gap - s_low[0], (r_low[1] + r_high[1] - s_low[1] - s_high[1]) / 2, -s_low[2]]
    )
    if not touching:
        return _moved(subject, offset)
    travel = gap + float(min(widths))
    position = _touch(
        _union(subject), _union(other), offset, np.array([-1.0, 0.0, 0.0]), travel, cancel
    )
    return _moved(subject, position)


def _leaning(parts: list[Part], degrees: float) -> list[Part]:
    """``parts`` tilted about Y so that their top leans towards -X, standing on the floor."""
    tilted = [replace(part, solid=part.solid.rotate((0.0, -degrees, 0.0))) for part in parts]
    low, _ = _bounds(tilted)
    return _moved(tilted, (0.0, 0.0, -low[2]))


def _beneath(
    subject: list[Part], cover: list[Part], cancel: CancelFn
) -> tuple[list[Part], float] | None:
    """The subject on the floor under ``cover``, scaled to fit the clearance; None: no room."""
    r_low, r_high = _bounds(cover)
    fixed = _union(cover)
    target = _centroid(fixed)
    fit = 1.0
    while fit >= 0.2:
        if cancel():
            raise GenerationCanceled
        scaled = _scaled(subject, (fit, fit, fit)) if fit < 1.0 else subject
        s_low, s_high = _bounds(scaled)
        moving = _union(scaled)
        cell = _cell_size(np.array([s_low, s_high]), np.array([r_low, r_high]))
        s_grid = _Grid.covering(s_low, s_high, cell, np.zeros(2))
        r_grid = _Grid.covering(r_low, r_high, cell, (s_high[:2] - s_low[:2]) / 2 + cell)
        roof = _height_map(moving, s_grid, from_above=True) - s_low[2]
        # the cover's underside, thickened by a cell each way: legs thinner than a cell count
        ceiling = _height_map(fixed, r_grid, from_above=False)
        covered = ~np.isnan(ceiling)
        ceiling = -_max_filter(-np.nan_to_num(ceiling, nan=np.inf))
        windows = sliding_window_view(ceiling, roof.shape)
        solid = ~np.isnan(roof)
        margin = 0.02 * (r_high[2] - r_low[2])
        fits = np.all(~solid | (windows - margin > np.nan_to_num(roof)), axis=(2, 3))
        # wholly under it: every cell of the subject's footprint below the cover
        under = sliding_window_view(covered, roof.shape)
        fits &= np.all(under | ~solid, axis=(2, 3))
        if fits.any():
            shift_x = (r_grid.x0 + np.arange(fits.shape[0]) - s_grid.x0) * cell
            shift_y = (r_grid.y0 + np.arange(fits.shape[1]) - s_grid.y0) * cell
            middle = (s_low[:2] + s_high[:2]) / 2
            distance = np.hypot(
                shift_x[:, None] + middle[0] - target[0], shift_y[None, :] + middle[1] - target[1]
            )
            i, j = np.unravel_index(np.argmin(np.where(fits, distance, np.inf)), distance.shape)
            offset = np.array([shift_x[i], shift_y[j], -s_low[2]])
            # clear of the cover (whose legs the grid may have missed) when it can rise from
            # below the floor, where nothing is, to its place without meeting the cover
            rise = float(s_high[2] - s_low[2]) + margin
            below = moving.translate((offset[0], offset[1], offset[2] - rise))
            if _free_travel(below, fixed, np.array([0.0, 0.0, 1.0]), rise, cancel) >= rise:
                return _moved(scaled, offset), fit
        fit *= 0.85
    return None


def _max_filter(values: np.ndarray) -> np.ndarray:
    """Each cell the largest of itself and its eight neighbours."""
    padded = np.pad(values, 1, mode="edge")
    windows = sliding_window_view(padded, (3, 3))
    result: np.ndarray = windows.max(axis=(2, 3))
    return result


def _held(held: list[Part], holder: list[Part], cancel: CancelFn) -> tuple[list[Part], float]:
    """The held object at the holder's right side (-X) at hand height, touching the holder."""
    h_low, h_high = _bounds(holder)
    holder_height = float(h_high[2] - h_low[2])
    o_low, o_high = _bounds(held)
    o_size = o_high - o_low
    fit = min(1.0, HELD_FIT * holder_height / float(max(o_size)))
    if fit < 1.0:
        held = _scaled(held, (fit, fit, fit))
        o_low, o_high = _bounds(held)
        o_size = o_high - o_low
    fixed = _union(holder)
    hand_z, hand_y = _hand(fixed, h_low, h_high)
    long_thing = o_size[2] >= 2 * max(o_size[0], o_size[1])
    grip = o_low[2] + (0.15 * o_size[2] if long_thing else 0.5 * o_size[2])
    dz = max(hand_z - grip, -o_low[2])  # never below the floor
    start = np.array([h_low[0] - o_high[0] - 0.01, hand_y - (o_low[1] + o_high[1]) / 2, dz])
    travel = float(h_high[0] - h_low[0]) / 2 + 0.01
    moving = _union(held)
    position = _touch(moving, fixed, start, np.array([1.0, 0.0, 0.0]), travel, cancel)
    return _moved(held, position), fit


def _hand(holder: Manifold, low: np.ndarray, high: np.ndarray) -> tuple[float, float]:
    """Height and depth (y) of the holder's right hand: the lowest point of its farthest
    reach to -X between knee and shoulder height."""
    height = float(high[2] - low[2])
    reach: list[tuple[float, float, float]] = []
    for z in np.linspace(low[2] + 0.3 * height, low[2] + 0.7 * height, 9):
        polygons = holder.slice(float(z)).to_polygons()
        if not polygons:
            continue
        points = np.vstack(polygons)
        x_min = float(points[:, 0].min())
        near = points[points[:, 0] <= x_min + 0.02 * height]
        reach.append((x_min, float(z), float(near[:, 1].mean())))
    if not reach:
        return float(low[2] + 0.5 * height), float((low[1] + high[1]) / 2)
    farthest = min(x for x, _, _ in reach)
    hands = [(z, y) for x, z, y in reach if x <= farthest + 0.03 * height]
    return min(hands)


def _straddling(rider: list[Part], mount: list[Part]) -> tuple[list[Part], float]:
    """A standing figure with its legs spread to either side of the mount's back.

    The warp moves each point below the hip outwards by ``spread(z)``, smoothly across the
    middle (tanh), so each X line maps one-to-one and no part folds through itself.
    """
    r_low, r_high = _bounds(rider)
    m_low, m_high = _bounds(mount)
    height = float(r_high[2] - r_low[2])
    hip = float(r_low[2]) + 0.5 * height
    back = float(m_low[2]) + 0.8 * float(m_high[2] - m_low[2])
    # a rider whose feet would reach below the floor is a smaller one ("a boy riding a dog")
    fit = min(1.0, 0.95 * back / max(0.5 * height, 1e-6))
    half_width = float(m_high[0] - m_low[0]) / 2
    softness = 0.01 * height
    # the line between the legs: the middle of the figure at shin height (its bounding box
    # is off-centre when it carries a shield or a sword)
    middle = _middle_x(_union(rider), float(r_low[2]) + 0.2 * height)

    def spread(points: np.ndarray) -> np.ndarray:
        points = np.array(points, dtype=np.float64)
        depth = np.clip(hip - points[:, 2], 0.0, None)
        # out past the mount's flank, with room for the leg's own thickness
        outward = np.minimum(half_width + 0.05 * height, 3.0 * depth)
        points[:, 0] += np.tanh((points[:, 0] - middle) / softness) * outward
        return points

    warped = [replace(part, solid=part.solid.warp_batch(spread)) for part in rider]
    if fit < 1.0:
        warped = _scaled(warped, (fit, fit, fit))
    return warped, fit


def _middle_x(solid: Manifold, z: float) -> float:
    """X of the centroid of the solid's cross-section at height ``z`` (0 when it has none)."""
    area = moment = 0.0
    for polygon in solid.slice(z).to_polygons():
        x, y = polygon[:, 0], polygon[:, 1]
        x_next, y_next = np.roll(x, -1), np.roll(y, -1)
        cross = x * y_next - x_next * y
        area += float(cross.sum()) / 2
        moment += float(((x + x_next) * cross).sum()) / 6
    return moment / area if abs(area) > 1e-12 else 0.0
