"""Composing a read scene (``scene.read_scene``) into one model's parts.

``build_scene`` builds every object at its real size (metres, Z-up, front -Y; templates are
made at their ``height_m``, so a hamster is smaller than a teacup) and composes them by
relation:

* **on**: the subject rests on the support's top surface. A height map of both (rays cast
  down onto the support, up onto the subject) gives, for every placement on a grid, how high
  the subject must sit to clear the support and how much of its underside then touches it;
  it goes where it touches most, nearest the support's middle (a cat on a chair sits on the
  seat, not on the backrest's top edge). Templates have no seated pose: a figure on a seat
  stands on it. On an owner's body part ("a pirate's shoulder", ``Scene.spot``) it rests on
  that part: a head's top, the highest point at the shoulder's side.
* **in**: resting on the inner bottom of a container, scaled down to fit its opening (several
  copies together in a ring: "three eggs in a nest"); in a shelter's doorway ("a dog in his
  doghouse", ``insertion``); a long pointed subject in a solid is stuck in point first ("a
  sword in a stone"), something coming out of one has its lower part in it ("a rabbit
  peeking out of a top hat"); any other support without an opening (a tree, a car) takes the
  subject on top instead. What a subject is full of ("a vase of flowers on a table") goes
  in it first, and the two are placed as one.
* **next to**: side by side on the floor with a small gap ("leaning against": touching).
* **under**: on the floor below the reference, scaled to the clearance under it (between a
  table's legs).
* **holding**: the held object at the holder's right side at hand height, touching it; a
  second one ("a sword and a shield") at its left.
* **riding**: the rider on the mount's back above its centre of mass; a character's legs are
  spread to straddle it.

The last step of every placement is exact: the subject moves along the relation's direction
until it first meets the other object (rays from every vertex of each, along the motion), then
a hair further (``CONTACT_OVERLAP``) so that the union joins the two into one solid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Part
from meshforge.engines.text.core.contact import CancelFn, bounds, ring, row, scaled, sized
from meshforge.engines.text.core.insertion import at_doorway, peeking_out, stuck_in
from meshforge.engines.text.core.placement import (
    beneath,
    beside,
    in_hand,
    inside,
    on_top,
    straddling,
)
from meshforge.engines.text.core.relation_words import OUT_OF, Relation
from meshforge.engines.text.core.scene import Scene
from meshforge.engines.text.core.scene_objects import SceneObject, category_of
from meshforge.engines.text.core.stand_ins import stand_in

#: A subject's part stands for the reference only when at least this fraction of the size the
#: reference's own template builds it at.
OWN_PART_SIZE = 0.35
#: A rider smaller than this fraction of its mount's height is grown to it, to be seen.
MIN_RIDER_SIZE = 0.3
#: "five cats on a sofa" builds at most this many of one object.
MAX_SCENE_COPIES = 4

PartFn = Callable[[Part], None]


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


@dataclass
class _Builder:
    """Builds a scene's objects, collecting every assembly for ``meta``."""

    seed: int
    segments: int
    on_part: PartFn
    assemblies: list[Assembly] = field(default_factory=list)

    def build(
        self, item: SceneObject, index: int, partner: list[Part] | None, cluster: bool = False
    ) -> list[Part]:
        """``item``'s copies in a row (``cluster``: in a ring, to go in something together);
        a stand-in sized for the ``partner`` parts."""
        template = item.template
        if item.stand_in is not None and partner is not None:
            low, high = bounds(partner)
            template = stand_in(item.stand_in, high - low)
        built = []
        for copy in range(_copies(item)):
            # the object's index varies the seed, so that "a cat and a cat" are two cats
            assembly = Assembly(
                item.prompt, template, self.seed + 7919 * index, self.segments, self.on_part, copy
            )
            template.build(assembly)
            self.assemblies.append(assembly)
            built.append(sized(assembly.parts, item.prompt))
        return ring(built) if cluster else row(built)


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
        own_size = float(np.max(np.ptp(bounds(own), axis=0)))
        real_size = float(np.max(np.ptp(bounds(real), axis=0)))
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
    cluster = scene.relation == "in"  # "three eggs in a nest" lie together, not in a line
    subjects = [
        builder.build(item, index, None, cluster) for index, item in enumerate(scene.subjects)
    ]
    holder = scene.subjects[0].template.name
    filled = _filled(scene, subjects[0], builder, cancel)
    subjects[0] = filled.parts
    scene = _checked_own_part(scene, subjects[0], builder)
    if scene.reference.own_part is not None:
        parts = row(subjects)
        scales = [1.0] * (len(scene.subjects) + 1)
        composed = ComposedScene(parts, [], scales, subject_parts=len(parts))
        composed.placement = f"{scene.relation}: the {holder}'s own {scene.reference.own_part}"
        composed.built = [item.template.name for item in scene.subjects]
        composed.built.append(f"{holder}'s own {scene.reference.own_part}")
    else:
        index = len(scene.subjects)
        reference = builder.build(scene.reference, index, row(subjects))
        composed = _compose(scene, subjects, reference, cancel)
        composed.built = [item.name for item in (*scene.subjects, scene.reference)]
    if scene.contents is not None:  # after the subjects: "a vase | of flowers | on a table"
        at = len(scene.subjects)
        composed.fit_scales.insert(at, composed.fit_scales[0] * filled.fit_scales[-1])
        composed.built.insert(at, filled.built[-1])
    if scene.also is not None:
        _other_hand(scene, scene.also, composed, builder, cancel)
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


def _filled(
    scene: Scene, container: list[Part], builder: _Builder, cancel: CancelFn
) -> ComposedScene:
    """The subject with what it is full of in it ("a vase of flowers", "a mug of pencils");
    ``fit_scales`` and ``built`` are the contents' alone. The subject's own part ("the vase's
    own flowers") it has built already."""
    contents = scene.contents
    if contents is None:
        return ComposedScene(container, [])
    holder = scene.subjects[0].template.name
    if contents.own_part is not None:
        return ComposedScene(container, [], [1.0], built=[f"{holder}'s own {contents.own_part}"])
    filling = builder.build(contents, len(scene.objects) + 1, container, cluster=True)
    placed = inside(filling, container, cancel)
    if placed is None:  # no opening: on top of it
        filling, fit = on_top(filling, container, cancel)
    else:
        filling, fit = placed
    return ComposedScene([*container, *filling], [], [float(fit)], built=[contents.name])


def _other_hand(
    scene: Scene, also: SceneObject, composed: ComposedScene, builder: _Builder, cancel: CancelFn
) -> None:
    """The second held object (``also``) in the holder's other hand ("holding a sword and a
    shield"), unless the holder builds it itself (the knight's own shield)."""
    holder = scene.subjects[0].template.name
    if also.own_part is not None:
        composed.fit_scales.append(1.0)
        composed.built.append(f"{holder}'s own {also.own_part}")
        return
    hands = composed.parts[: composed.subject_parts]
    held = builder.build(also, len(scene.objects) + 2, hands)
    carried, fit = in_hand(held, hands, cancel, left=True)
    composed.parts = [*composed.parts, *carried]
    composed.fit_scales.append(fit)
    composed.built.append(also.name)


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
    subject = row(subjects, along_y=along_y)
    scale, placement = 1.0, ""
    rider = not third and category_of(scene.subjects[0].template) == "characters"
    other = scene.then.other if third and scene.then is not None else scene.reference
    if relation == "riding":
        subject, scale = _readable_rider(subject, reference)
    if relation == "riding" and rider:
        subject, fit = straddling(subject, reference)
        scale *= fit
    elif relation == "riding":
        relation = "on"
        placement = "on its back"
    if relation == "in":
        emerging = not third and tuple(scene.wording.split()[-2:]) == OUT_OF
        into = _into(subject, reference, category_of(other.template), emerging, cancel)
        if into is None:
            relation, placement = "on", "on top: it has no opening"
        else:
            subject, reference, scale, placement = into
    spot = "" if third else scene.spot
    if relation in ("on", "riding"):
        subject, fit = on_top(subject, reference, cancel, relation == "riding", spot)
        scale *= float(fit)
        if spot:
            placement = f"on its {spot}"
    elif relation == "next to":
        subject = beside(subject, reference, touching, cancel)
    elif relation == "under":
        placed = beneath(subject, reference, cancel)
        if placed is None:
            placement = "beside: no room under it"
            subject = beside(subject, reference, False, cancel)
        else:
            subject, scale = placed
    elif relation == "holding":
        # the held object is the reference, placed at the subject (the holder): swap roles
        carried, held_scale = in_hand(reference, subject, cancel)
        return ComposedScene(
            [*subject, *carried],
            [],
            [1.0, held_scale],
            placement=placement,
            subject_parts=len(subject),
        )
    return ComposedScene(
        [*subject, *reference], [], [scale, 1.0], placement=placement, subject_parts=len(subject)
    )


def _readable_rider(rider: list[Part], mount: list[Part]) -> tuple[list[Part], float]:
    """The rider grown to at least ``MIN_RIDER_SIZE`` of its mount's height, and the factor: at
    their real sizes a lego minifigure on a dinosaur would be a speck on its back."""
    rider_height = float(np.ptp(bounds(rider)[:, 2]))
    mount_height = float(np.ptp(bounds(mount)[:, 2]))
    if rider_height >= MIN_RIDER_SIZE * mount_height or rider_height <= 0:
        return rider, 1.0
    grow = MIN_RIDER_SIZE * mount_height / rider_height
    return scaled(rider, (grow, grow, grow)), grow


def _into(
    subject: list[Part], reference: list[Part], category: str, emerging: bool, cancel: CancelFn
) -> tuple[list[Part], list[Part], float, str] | None:
    """The subject in the reference, the reference, the subject's scale and how it was done;
    None when there is no way in (it goes on top). ``emerging``: it comes out of it."""
    if category == "buildings":  # a shelter its size (``scene`` reads bigger ones as settings)
        return at_doorway(subject, reference, cancel), reference, 1.0, "at the doorway"
    placed = inside(subject, reference, cancel)
    if placed is not None:
        return placed[0], reference, float(placed[1]), ""
    stuck = stuck_in(subject, reference)
    if stuck is not None:
        return stuck, reference, 1.0, "stuck in it"
    if emerging:
        peeking, fit = peeking_out(subject, reference)
        return peeking, reference, fit, "peeking out of it"
    return None
