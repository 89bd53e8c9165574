"""Apes and monkeys: a head with a bare face, long arms, and two postures to put them in.

Same frame as ``solids``: Z up, metres, the animal's front towards -Y. A monkey or chimp sits
upright (``build_sitting``), a gorilla walks on its knuckles (``build_knuckle_walker``); a
sloth hangs from a branch with the same ``limb`` and ``ape_head``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, on_sphere, sink_depth, sphere
from meshforge.engines.text.kit.sweeps import tube


@dataclass(frozen=True)
class Primate:
    """Looks of one ape or monkey; sizes in metres are set by each posture's ``height``."""

    height: float  #: sitting height (a monkey) or shoulder height (a gorilla)
    coats: tuple[RGB, ...]
    face: RGB  #: the bare skin of the face (and the ears' inside)
    ears: float = 1.0  #: ear size: a monkey's stick out, a gorilla's hardly show
    muzzle: float = 1.0  #: how far the mouth pokes out
    tail: bool = False
    crest: bool = False  #: a gorilla's tall crown


@dataclass(frozen=True)
class Placed:
    """Where a builder put the head and the torso, for a template's own parts."""

    coat: RGB
    head: Vec3
    head_r: float
    torso: Manifold


def limb(a: Assembly, points: Sequence[Vec3], radius: float, end: float, coat: RGB) -> None:
    """An arm or leg bent through ``points``, tapering from ``radius`` to ``end``."""
    a.add(tube(points, radius, a.segments(radius), end), "limb", coat)


def hand(a: Assembly, at: Vec3, r: float, color: RGB, part: str = "hand") -> None:
    """A hand or foot: a flattened lump of bare skin or fur at ``at``."""
    a.add(ellipsoid((r * 1.1, r * 1.4, r * 0.7), a.segments(r), at), part, color, Tier.FIXED)


def ape_head(a: Assembly, s: Primate, center: Vec3, r: float, coat: RGB) -> None:
    """A round furry skull with a bare face, a muzzle, brows, eyes and ears at the sides."""
    seg = a.segments(r)
    skull = ellipsoid((r, r * 0.95, r * (1.18 if s.crest else 1.0)), seg)
    a.add(
        skull.translate((center[0], center[1], center[2] + (r * 0.12 if s.crest else 0))),
        "head",
        coat,
    )
    cx, cy, cz = center
    # the bare face: a flattened disc over the front, a muzzle below it
    face = ellipsoid((r * 0.72, r * 0.35, r * 0.78), seg, (cx, cy - r * 0.72, cz - r * 0.05))
    a.add(face, "face", s.face, Tier.FIXED)
    muzzle_r = r * 0.42
    muzzle = ellipsoid(
        (muzzle_r * 1.15, muzzle_r * (0.7 + 0.35 * s.muzzle), muzzle_r * 0.85),
        a.segments(muzzle_r),
        (cx, cy - r * 0.9 - muzzle_r * 0.25 * s.muzzle, cz - r * 0.42),
    )
    a.add(muzzle, "face", s.face, Tier.FIXED)
    brow = ellipsoid((r * 0.7, r * 0.22, r * 0.16), seg, (cx, cy - r * 0.9, cz + r * 0.28))
    a.add(brow, "head", coat)
    eye_r = r * 0.11
    depth = sink_depth(r * 0.35, seg, eye_r)
    for side in (-1, 1):
        eye = on_sphere((cx, cy - r * 0.72, cz + r * 0.12), r * 0.35, side * 50, 0, depth)
        a.add(sphere(eye_r, a.segments(eye_r), eye), "eye", EYE, Tier.FIXED)
        if s.ears > 0 and a.wants("ear"):
            ear_r = r * 0.34 * s.ears
            at = (cx + side * (r * 0.93 + ear_r * 0.2), cy + r * 0.05, cz + r * 0.05)
            disc = ellipsoid((ear_r * 0.35, ear_r * 0.8, ear_r), a.segments(ear_r))
            a.add(disc.rotate((0, 0, -side * 20)).translate(at), "ear", s.face, Tier.FIXED)


def curled_tail(a: Assembly, root: Vec3, length: float, radius: float, coat: RGB) -> None:
    """A long tail out behind the animal along the ground, its tip curling up into a hook."""
    if not a.wants("tail"):
        return
    x, y, z = root
    flip = a.pick((-1, 1))
    points: list[Vec3] = [
        root,
        (x, y + length * 0.25, max(radius, z - length * 0.15)),
        (x + flip * length * 0.15, y + length * 0.5, radius * 1.2),
        (x + flip * length * 0.3, y + length * 0.62, length * 0.12),
        (x + flip * length * 0.3, y + length * 0.52, length * 0.28),
        (x + flip * length * 0.2, y + length * 0.45, length * 0.24),
    ]
    a.add(tube(points, radius, a.segments(radius), radius * 0.6), "tail", coat)


def build_sitting(a: Assembly, s: Primate, coat: RGB | None = None) -> Placed:
    """A monkey sitting upright, knees up, hands on its knees, a long tail behind."""
    coat = a.pick(s.coats) if coat is None else coat
    h = s.height * a.vary(1.0, 0.08)
    lean = a.between(-0.03, 0.03) * h
    torso = ellipsoid((h * 0.17, h * 0.14, h * 0.28), a.segments(h * 0.17), (0, lean, h * 0.34))
    a.add(torso, "body", coat)
    belly = ellipsoid((h * 0.12, h * 0.06, h * 0.18), a.segments(h * 0.12), (0, -h * 0.1, h * 0.3))
    a.add(belly, "belly", s.face, Tier.FIXED)
    head_r = h * 0.15
    head: Vec3 = (0.0, lean - h * 0.04, h * 0.74)
    ape_head(a, s, head, head_r, coat)
    wear_asked_hat(a, (head[0], head[1], head[2] + head_r * 0.1), head_r)
    arm_r, leg_r = h * 0.045, h * 0.06
    for side in (-1, 1):
        hip: Vec3 = (side * h * 0.1, h * 0.02, h * 0.16)
        knee: Vec3 = (side * h * 0.14, -h * 0.26, h * 0.3)
        foot: Vec3 = (side * h * 0.13, -h * 0.32, h * 0.04)
        limb(a, [hip, knee, foot], leg_r, leg_r * 0.75, coat)
        hand(a, (foot[0], foot[1] - h * 0.04, h * 0.03), leg_r * 0.9, s.face, "foot")
        shoulder: Vec3 = (side * h * 0.13, lean, h * 0.55)
        raised = side > 0 and a.chance(0.3)
        elbow: Vec3 = (side * h * 0.24, -h * 0.1, h * (0.62 if raised else 0.36))
        wrist: Vec3 = (
            (side * h * 0.16, -h * 0.12, h * 0.92)
            if raised
            else (side * h * 0.16, -h * 0.32, h * 0.36)
        )
        limb(a, [shoulder, elbow, wrist], arm_r, arm_r * 0.8, coat)
        hand(a, wrist, arm_r * 0.95, s.face)
    if s.tail:
        curled_tail(a, (0.0, lean + h * 0.06, h * 0.16), h * 0.9, h * 0.025, coat)
    return Placed(coat, head, head_r, torso)


def build_knuckle_walker(a: Assembly, s: Primate, coat: RGB | None = None) -> Placed:
    """A gorilla on all fours: huge shoulders over long arms on their knuckles, short legs."""
    coat = a.pick(s.coats) if coat is None else coat
    h = s.height * a.vary(1.0, 0.06)
    seg = a.segments(h * 0.3)
    chest = ellipsoid((h * 0.36, h * 0.3, h * 0.32), seg, (0, -h * 0.12, h * 0.78))
    hips = ellipsoid((h * 0.26, h * 0.22, h * 0.25), seg, (0, h * 0.32, h * 0.55))
    torso = Manifold.batch_hull([chest, hips])
    a.add(torso, "body", coat)
    head_r = h * 0.17
    head: Vec3 = (0.0, -h * 0.44, h * 0.98)
    ape_head(a, s, head, head_r, coat)
    wear_asked_hat(a, (head[0], head[1], head[2] + head_r * 0.25), head_r)
    arm_r, leg_r = h * 0.1, h * 0.095
    for side in (-1, 1):
        shoulder: Vec3 = (side * h * 0.32, -h * 0.2, h * 0.86)
        elbow: Vec3 = (side * h * 0.42, -h * 0.32, h * 0.45)
        knuckle: Vec3 = (side * h * 0.38, -h * 0.36, h * 0.07)
        limb(a, [shoulder, elbow, knuckle], arm_r * 1.1, arm_r * 0.8, coat)
        fist = ellipsoid((arm_r * 0.95, arm_r * 1.1, arm_r * 0.75), a.segments(arm_r), knuckle)
        a.add(fist, "hand", s.face, Tier.FIXED)
        hip: Vec3 = (side * h * 0.2, h * 0.38, h * 0.5)
        knee: Vec3 = (side * h * 0.3, h * 0.2, h * 0.28)
        heel: Vec3 = (side * h * 0.26, h * 0.34, h * 0.06)
        limb(a, [hip, knee, heel], leg_r, leg_r * 0.8, coat)
        foot = ellipsoid((leg_r * 0.9, leg_r * 1.6, leg_r * 0.55), a.segments(leg_r))
        a.add(
            foot.translate((heel[0], heel[1] - leg_r * 0.8, leg_r * 0.5)),
            "foot",
            s.face,
            Tier.FIXED,
        )
    return Placed(coat, head, head_r, torso)


#: Part words of every primate; a template adds its own (a silver back).
PARTS = ("body", "head", "face", "eye", "ear", "limb", "hand", "foot", "tail", "belly")
ALIASES = {
    "fur": "body",
    "coat": "body",
    "hair": "body",
    "arm": "limb",
    "arms": "limb",
    "leg": "limb",
    "legs": "limb",
    "hands": "hand",
    "paw": "hand",
    "paws": "hand",
    "feet": "foot",
    "muzzle": "face",
    "mouth": "face",
    "chest": "belly",
}
