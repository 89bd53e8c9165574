"""Parts every bird template is put together from: body, head, beaks, wings, tails and legs.

A songbird is ``templates/animals/bird.py``; the birds with a silhouette of their own (an owl,
an eagle, a flamingo) pick the parts they need from here with their own proportions.
"""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import feathered_wing, plan_blade, spindle
from meshforge.engines.text.kit.solids import (
    Vec3,
    capsule,
    ellipsoid,
    on_sphere,
    rod,
    sink_depth,
    sphere,
)
from meshforge.engines.text.kit.sweeps import tube

BEAK_YELLOW: RGB = (245, 190, 40)
BEAK_ORANGE: RGB = (240, 140, 40)
LEG_YELLOW: RGB = (235, 180, 60)
LEG_GREY: RGB = (110, 105, 100)


def body(a: Assembly, center: Vec3, radii: Vec3, pitch: float, color: RGB) -> None:
    """An egg-shaped body along Y turned ``pitch`` degrees about X (positive: front end down)."""
    shape = ellipsoid(radii, a.segments(max(radii)))
    a.add(shape.rotate((pitch, 0, 0)).translate(center), "body", color)


def head(
    a: Assembly, center: Vec3, r: float, color: RGB, eye_yaw: float = 40.0, eye: float = 0.15
) -> None:
    """A round head with two dark eyes ``eye_yaw`` degrees either side of its front."""
    a.add(sphere(r, a.segments(r), center), "head", color)
    depth = sink_depth(r, a.segments(r), r * eye)
    for side in (-1, 1):
        spot = on_sphere(center, r, side * eye_yaw, 15, depth)
        a.add(sphere(r * eye, a.segments(r * eye), spot), "eye", EYE, Tier.FIXED)


def cone_beak(a: Assembly, at: Vec3, r: float, length: float, droop: float, color: RGB) -> Vec3:
    """A straight pointed beak from ``at`` forward (-Y), tipped down by ``droop`` of its length."""
    tip: Vec3 = (at[0], at[1] - length, at[2] - length * droop)
    a.add(rod(at, tip, r, a.segments(r), r * 0.08), "beak", color, Tier.FIXED)
    return tip


def hooked_beak(a: Assembly, at: Vec3, r: float, length: float, color: RGB) -> None:
    """A raptor's or parrot's beak: deep at the base, curving down to a hook."""
    path: list[Vec3] = [
        at,
        (at[0], at[1] - length * 0.55, at[2] + length * 0.05),
        (at[0], at[1] - length * 0.95, at[2] - length * 0.3),
        (at[0], at[1] - length * 0.85, at[2] - length * 0.75),
    ]
    a.add(tube(path, r, a.segments(r), r * 0.15), "beak", color, Tier.FIXED)


def folded_wings(
    a: Assembly, center: Vec3, radii: Vec3, pitch: float, spread: float, color: RGB
) -> None:
    """Two wings folded against the body's flanks, ``spread`` apart at their middles."""
    for side in (-1, 1):
        wing = ellipsoid(radii, a.segments(max(radii) * 0.7))
        wing = wing.rotate((pitch, 0, side * 5)).translate(
            (center[0] + side * spread, center[1], center[2])
        )
        a.add(wing, "wing", color)


def spread_wings(
    a: Assembly,
    shoulder: Vec3,
    span: float,
    chord: float,
    color: RGB,
    dihedral: float = 15.0,
    feathers: int = 6,
) -> None:
    """Two wings spread wide from shoulders at ±``shoulder[0]``, tips raised by ``dihedral``."""
    outline = feathered_wing(span, chord, feathers)
    for side in (-1, 1):
        blade = plan_blade(outline, chord * 0.08)
        if side < 0:
            blade = blade.mirror((1.0, 0.0, 0.0))
        blade = blade.rotate((0, -side * dihedral, 0))
        a.add(blade.translate((side * shoulder[0], shoulder[1], shoulder[2])), "wing", color)
        # a rounded leading edge where the wing meets the body
        root = spindle(
            (side * shoulder[0] * 0.5, shoulder[1], shoulder[2]),
            (
                side * (shoulder[0] + span * 0.5 * math.cos(math.radians(dihedral))),
                shoulder[1],
                shoulder[2] + span * 0.5 * math.sin(math.radians(dihedral)),
            ),
            chord * 0.14,
            a.segments(chord * 0.14),
        )
        a.add(root, "wing", color)


def fan_tail(a: Assembly, root: Vec3, length: float, width: float, lift: float, color: RGB) -> None:
    """A flat tail spreading back (+Y) from ``root``, raised ``lift`` degrees."""
    outline = [
        (-width * 0.15, 0.0),
        (width * 0.15, 0.0),
        (width / 2, length),
        (0.0, length * 1.08),
        (-width / 2, length),
    ]
    blade = plan_blade(outline, max(0.002, width * 0.06)).rotate((lift, 0, 0))
    a.add(blade.translate(root), "tail", color)


def legs(
    a: Assembly,
    hips: Vec3,
    spread: float,
    r: float,
    color: RGB,
    toe: float,
) -> None:
    """Two thin legs from the hips straight down to the ground, three toes forward, one back."""
    for side in (-1, 1):
        hip: Vec3 = (hips[0] + side * spread, hips[1], hips[2])
        foot: Vec3 = (hip[0], hip[1], r)
        a.add(rod(hip, foot, r, a.segments(r)), "leg", color, Tier.FIXED)
        for turn in (-30, 0, 30, 180):
            reach = toe * (0.6 if turn == 180 else 1.0)
            end = (
                foot[0] + reach * math.sin(math.radians(turn)),
                foot[1] - reach * math.cos(math.radians(turn)),
                r * 0.8,
            )
            a.add(capsule(foot, end, r * 0.8, a.segments(r)), "leg", color, Tier.FIXED)


def perch(a: Assembly, at: Vec3, length: float, r: float) -> Manifold:
    """A short branch lying across X under a perching bird."""
    bark = capsule(
        (at[0] - length / 2, at[1], at[2]), (at[0] + length / 2, at[1], at[2]), r, a.segments(r)
    )
    a.add(bark, "branch", (110, 80, 55), Tier.FIXED)
    return bark


#: Part words the bird templates share.
PARTS = ("body", "head", "eye", "beak", "wing", "tail", "leg", "belly")
ALIASES = {
    "bill": "beak",
    "feather": "body",
    "feathers": "body",
    "plumage": "body",
    "wings": "wing",
    "feet": "leg",
    "foot": "leg",
    "talon": "leg",
    "talons": "leg",
    "claws": "leg",
    "chest": "belly",
    "breast": "belly",
}
