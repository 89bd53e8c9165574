"""A four-legged mammal shaped by a ``Beast`` of proportions: chest, haunches, head and tail.

Unlike ``quadruped`` (a single ellipsoid on straight legs), the body is the hull of a deep
chest and rounder haunches, hind legs bend at the hock and the head has a muzzle of its own
length, so that a fox, a bear, a lion and a deer come out of one builder. ``build_beast``
returns where it put things, for each template's own parts (a mane, antlers, stripes).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import (
    Vec3,
    capsule,
    cylinder,
    ellipsoid,
    on_sphere,
    sink_depth,
    sphere,
)
from meshforge.engines.text.kit.sweeps import tube

NOSE: RGB = (30, 25, 25)
HOOF: RGB = (45, 40, 38)


@dataclass(frozen=True)
class Beast:
    """Proportions in metres (head parts as multiples of ``head_r``) and looks of one mammal."""

    length: float  #: chest to rump
    girth: float  #: the haunches' radius
    leg: float  #: ground to the body's underside
    leg_r: float
    head_r: float
    muzzle: float  #: muzzle length; 0 for a flat face
    coats: tuple[RGB, ...]
    muzzle_r: float = 0.45
    neck: float = 0.0  #: neck length beyond what joins head and chest
    tilt: float = 35.0  #: neck angle above the horizontal, degrees
    chest: float = 1.12  #: the chest's radius over the haunches'
    ears: str = "pointy"  #: "pointy", "round", "long", "floppy" (hanging) or "none"
    ear: float = 1.0  #: ear size
    tail: str = "thin"  #: "bushy", "thin", "tuft", "raised" (carried up), "stub" or "none"
    tail_len: float = 0.5  #: as a fraction of ``length``
    tail_r: float = 0.45  #: a thin tail's radius, as a fraction of ``leg_r``
    hooves: bool = False
    nose: RGB = NOSE
    accent: RGB | None = None  #: muzzle, tail tip or tuft; the coat when None
    socks: RGB | None = None  #: lower legs and paws; the coat when None
    droop: float = 0.25  #: how far the muzzle points down, as a fraction of its length


@dataclass(frozen=True)
class Built:
    """Where ``build_beast`` put things."""

    coat: RGB
    z: float  #: height of the body's axis
    girth: float
    length: float
    leg: float
    head: Vec3
    head_r: float
    tip: Vec3  #: the end of the muzzle (the nose)
    neck_root: Vec3
    tail_end: Vec3
    body: Manifold  #: the torso alone, for patterns that must hug it
    neck: Manifold  #: the neck alone, likewise


def build_beast(a: Assembly, s: Beast, coat: RGB | None = None) -> Built:
    """Torso, four legs, neck, head with muzzle, eyes and ears, and a tail."""
    coat = a.pick(s.coats) if coat is None else coat
    length, girth = s.length * a.vary(1.0, 0.08), s.girth * a.vary(1.0, 0.08)
    leg = s.leg * a.vary(1.0, 0.08)
    z = leg + girth * 0.75
    seg = a.segments(girth * 0.6)
    chest_r = girth * s.chest
    chest = ellipsoid(
        (chest_r * 0.9, length * 0.3, chest_r), seg, (0, -length * 0.2, z + girth * 0.05)
    )
    hips = ellipsoid((girth * 0.92, length * 0.3, girth * 0.95), seg, (0, length * 0.2, z))
    torso = Manifold.batch_hull([chest, hips])
    a.add(torso, "body", coat)
    # patterns are cut from a coarser copy: its facets lie inside the torso's by well under the
    # few per cent a pattern is grown by, and it keeps striped coats quick to fuse
    coarse = max(12, seg // 3)
    chest_c = ellipsoid(
        (chest_r * 0.9, length * 0.3, chest_r), coarse, (0, -length * 0.2, z + girth * 0.05)
    )
    hips_c = ellipsoid((girth * 0.92, length * 0.3, girth * 0.95), coarse, (0, length * 0.2, z))
    pattern_body = Manifold.batch_hull([chest_c, hips_c])
    _legs(a, s, length, girth, leg, z, coat)
    root: Vec3 = (0.0, -length * 0.38, z + chest_r * 0.45)
    tilt = math.radians(s.tilt + a.between(-6, 6))
    reach = s.neck + s.head_r * 0.9
    head: Vec3 = (0.0, root[1] - reach * math.cos(tilt), root[2] + reach * math.sin(tilt))
    neck_r = max(s.head_r * 0.7, chest_r * 0.55)
    neck = capsule(root, head, neck_r, a.segments(neck_r), s.head_r * 0.65)
    a.add(neck, "body", coat)
    tip = _head(a, s, head, coat)
    wear_asked_hat(a, head, s.head_r)  # "a cat in a top hat"
    tail_end = _tail(a, s, length, girth, z, coat) if a.wants("tail") else root
    return Built(
        coat, z, girth, length, leg, head, s.head_r, tip, root, tail_end, pattern_body, neck
    )


def _legs(
    a: Assembly, s: Beast, length: float, girth: float, leg: float, z: float, coat: RGB
) -> None:
    """Straight front legs, hind legs bent at the hock, paws or hooves."""
    r = s.leg_r
    seg = a.segments(r * 0.5)
    low = coat if s.socks is None else s.socks
    tier = Tier.PRIMARY if s.socks is None else Tier.FIXED
    for side in (-1, 1):
        x = side * girth * 0.58
        front, back = -length * 0.3, length * 0.3
        a.add(capsule((x, front, z), (x, front, r), r * 1.05, seg, r * 0.85), "leg", low, tier)
        hip: Vec3 = (x, back - girth * 0.2, z + girth * 0.2)
        knee: Vec3 = (x, back + r * 0.2, leg * 0.55)
        a.add(spindle(hip, knee, girth * 0.4, a.segments(girth * 0.25), 0.55), "leg", coat)
        hock: Vec3 = (x, back + r * 1.3, leg * 0.35)
        a.add(tube([knee, hock, (x, back, r)], r * 0.9, seg, r * 0.8), "leg", low, tier)
        for y in (front, back):
            if s.hooves:
                hoof = cylinder(r * 1.05, r * 1.3, seg, (x, y, 0.0), r * 0.9)
                a.add(hoof, "hoof", HOOF, Tier.FIXED)
            else:
                paw = ellipsoid((r * 1.15, r * 1.55, r * 0.75), seg, (x, y - r * 0.45, r * 0.72))
                a.add(paw, "paw", low, tier)


def _head(a: Assembly, s: Beast, head: Vec3, coat: RGB) -> Vec3:
    """Skull, muzzle, nose, eyes and ears; returns the nose's position."""
    r = s.head_r
    a.add(ellipsoid((r * 0.95, r, r * 0.92), a.segments(r * 0.7), head), "head", coat)
    muzzle_color = coat if s.accent is None else s.accent
    if s.muzzle > 0:
        start: Vec3 = (0.0, head[1] - r * 0.35, head[2] - r * 0.25)
        span = r * s.muzzle
        tip: Vec3 = (0.0, start[1] - span, start[2] - span * s.droop)
        mr = r * s.muzzle_r
        a.add(capsule(start, tip, mr, a.segments(mr), mr * 0.75), "muzzle", muzzle_color)
        nose_at: Vec3 = (0.0, tip[1] - mr * 0.55, tip[2] + mr * 0.35)
        nose_r = mr * 0.45
    else:
        nose_at = on_sphere(head, r * 0.95, 0, -10, r * 0.05)
        nose_r = r * 0.16
    a.add(sphere(nose_r, a.segments(nose_r), nose_at), "nose", s.nose, Tier.FIXED)
    eye_r = r * 0.14
    depth = sink_depth(r, a.segments(r), eye_r)
    for side in (-1, 1):
        eye = on_sphere(head, r * 0.95, side * 38, 18, depth)
        a.add(sphere(eye_r, a.segments(eye_r), eye), "eye", EYE, Tier.FIXED)
        _ear(a, s, head, side, coat)
    return nose_at


def _ear(a: Assembly, s: Beast, head: Vec3, side: int, coat: RGB) -> None:
    """One ear in the beast's style."""
    r, size = s.head_r, s.ear
    if s.ears == "pointy":
        cone = cylinder(r * 0.38 * size, r * 0.8 * size, 12, (0, 0, 0), r * 0.04)
        ear = cone.scale((1.0, 0.45, 1.0)).rotate((-10, side * 22, 0))
        a.add(ear.translate((side * r * 0.5, head[1] + r * 0.1, head[2] + r * 0.55)), "ear", coat)
    elif s.ears == "round":
        disc = ellipsoid((r * 0.32 * size, r * 0.13, r * 0.3 * size), a.segments(r * 0.3))
        at = (side * r * 0.68, head[1] + r * 0.15, head[2] + r * 0.68)
        a.add(disc.rotate((0, side * 25, 0)).translate(at), "ear", coat)
    elif s.ears == "floppy":  # a hound's ear, hanging from the top of the skull past the cheek
        ear = ellipsoid((r * 0.15 * size, r * 0.34 * size, r * 0.6 * size), a.segments(r * 0.3))
        at = (side * r * 0.86, head[1] + r * 0.08, head[2] - r * 0.02)
        a.add(ear.rotate((8, side * 14, 0)).translate(at), "ear", coat)
    elif s.ears == "long":
        ear = ellipsoid((r * 0.2 * size, r * 0.1, r * 0.65 * size), a.segments(r * 0.3))
        at = (side * r * 0.5, head[1] + r * 0.2, head[2] + r * 0.95 * size)
        a.add(ear.rotate((-12, side * 25, 0)).translate(at), "ear", coat)


def _tail(a: Assembly, s: Beast, length: float, girth: float, z: float, coat: RGB) -> Vec3:
    """A tail in the beast's style; returns where it ends."""
    root: Vec3 = (0.0, length * 0.47, z + girth * 0.35)
    reach = length * s.tail_len * a.vary(1.0, 0.1)
    accent = coat if s.accent is None else s.accent
    if s.tail == "bushy":
        lift = a.between(-0.25, 0.1)
        end: Vec3 = (0.0, root[1] + reach * 0.9, root[2] + reach * lift)
        a.add(spindle(root, end, girth * 0.5, a.segments(girth * 0.35)), "tail", coat)
        return end
    if s.tail == "stub":
        a.add(sphere(girth * 0.2, a.segments(girth * 0.2), root), "tail", coat)
        return root
    if s.tail == "none":
        return root
    thick = s.leg_r * s.tail_r
    if s.tail == "raised":  # carried high and curving back at the tip: a dog's, a cat's
        curl = a.between(0.1, 0.35)
        raised: list[Vec3] = [
            root,
            (0.0, root[1] + reach * 0.35, root[2] + reach * 0.3),
            (0.0, root[1] + reach * 0.5, root[2] + reach * 0.7),
            (0.0, root[1] + reach * (0.5 - curl), root[2] + reach * 0.95),
        ]
        a.add(tube(raised, thick, a.segments(thick), thick * 0.7), "tail", coat)
        return raised[-1]
    sag = a.between(0.2, 0.5)
    points: list[Vec3] = [
        root,
        (0.0, root[1] + reach * 0.35, root[2] - reach * sag * 0.6),
        (0.0, root[1] + reach * 0.7, root[2] - reach * sag),
        (0.0, root[1] + reach, root[2] - reach * sag * 0.6),
    ]
    a.add(tube(points, thick, a.segments(thick), thick * 0.7), "tail", coat)
    if s.tail == "tuft":
        tuft = ellipsoid((thick * 2.2, thick * 3.2, thick * 2.2), a.segments(thick * 2), points[-1])
        a.add(tuft, "tuft", accent, Tier.SECONDARY)
    return points[-1]


def stripes(built: Built, count: int, width: float, a: Assembly) -> list[Manifold]:
    """Thin slabs across the torso and neck for a tiger's or zebra's stripes to be cut from."""
    slabs = []
    span = built.length * 0.95
    for i in range(count):
        y = -span / 2 + span * (i + 0.5) / count + a.between(-0.2, 0.2) * span / count
        slab = Manifold.cube((built.girth * 4, width * a.vary(1.0, 0.25), built.girth * 1.6), True)
        tilt = a.between(-18, 18)
        slabs.append(slab.rotate((tilt, 0, 0)).translate((0, y, built.z + built.girth * 0.6)))
    return slabs


#: Part words of every beast; each template adds its own (mane, antler, stripe ...).
PARTS = ("body", "head", "leg", "paw", "hoof", "muzzle", "nose", "eye", "ear", "tail", "tuft")
ALIASES = {
    "fur": "body",
    "coat": "body",
    "torso": "body",
    "feet": "paw",
    "foot": "paw",
    "paws": "paw",
    "hooves": "hoof",
    "snout": "muzzle",
    "face": "head",
    "legs": "leg",
}


#: A horse's proportions, for the horse-shaped creatures (unicorn, pegasus).
STEED = Beast(
    length=1.5,
    girth=0.3,
    leg=0.85,
    leg_r=0.065,
    head_r=0.16,
    muzzle=2.0,
    muzzle_r=0.5,
    neck=0.5,
    tilt=55,
    chest=1.05,
    ears="pointy",
    ear=0.9,
    tail="none",
    hooves=True,
    coats=((245, 245, 245), (240, 235, 225)),
    droop=0.7,
)


def flowing_hair(a: Assembly, b: Built, color: RGB, tier: Tier = Tier.SECONDARY) -> None:
    """A horse's mane down the back of the neck and a long tail falling from the rump."""
    if a.wants("mane"):
        top = (0.0, b.head[1] + b.head_r * 0.5, b.head[2] + b.head_r * 0.75)
        base = (0.0, b.neck_root[1] + b.girth * 0.45, b.neck_root[2] + b.girth * 0.25)
        mane = capsule(base, top, b.head_r * 0.42, a.segments(b.head_r * 0.4), b.head_r * 0.3)
        a.add(mane.scale((0.55, 1, 1)), "mane", color, tier)
        forelock = ellipsoid(
            (b.head_r * 0.3, b.head_r * 0.25, b.head_r * 0.45), a.segments(b.head_r * 0.3)
        )
        a.add(
            forelock.translate((0, b.head[1] - b.head_r * 0.3, b.head[2] + b.head_r * 0.8)),
            "mane",
            color,
            tier,
        )
    if a.wants("tail"):
        root: Vec3 = (0.0, b.length * 0.47, b.z + b.girth * 0.45)
        swish = a.between(-0.15, 0.15)
        points: list[Vec3] = [
            root,
            (swish * b.girth, root[1] + b.girth * 0.6, root[2] - b.girth * 0.2),
            (swish * 2 * b.girth, root[1] + b.girth * 0.85, root[2] - b.leg * 0.6),
            (swish * 2.5 * b.girth, root[1] + b.girth * 0.8, root[2] - b.leg * 1.0),
        ]
        a.add(
            tube(points, b.girth * 0.16, a.segments(b.girth * 0.2), b.girth * 0.24),
            "tail",
            color,
            tier,
        )
