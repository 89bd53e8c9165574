"""Seals and walruses: a plump body lying on its belly, chest and head raised, four flippers.

Same frame as ``solids``: Z up, metres, the animal's nose towards -Y. ``build_pinniped``
returns where the head and muzzle went, for a walrus's tusks and whiskers.
"""

from __future__ import annotations

from dataclasses import dataclass

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.beasts import NOSE
from meshforge.engines.text.kit.creatures import plan_blade, spindle
from meshforge.engines.text.kit.sea_life import flipper
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere


@dataclass(frozen=True)
class Pinniped:
    """Proportions in metres and looks of one seal-like animal."""

    length: float  #: nose to tail
    girth: float  #: the body's radius at its fattest
    head_r: float
    muzzle: float  #: muzzle radius, as a fraction of ``head_r``
    rise: float  #: how high the chest is raised, as a fraction of ``length``
    coats: tuple[RGB, ...]


@dataclass(frozen=True)
class Hauled:
    """Where ``build_pinniped`` put things."""

    coat: RGB
    head: Vec3
    head_r: float
    muzzle: Vec3  #: the muzzle's centre
    muzzle_r: float


def build_pinniped(a: Assembly, p: Pinniped, coat: RGB | None = None) -> Hauled:
    """A plump body on its belly tapering to hind flippers, chest and head raised, fore flippers."""
    coat = a.pick(p.coats) if coat is None else coat
    length, girth = p.length * a.vary(1.0, 0.08), p.girth * a.vary(1.0, 0.08)
    seg = a.segments(girth)
    rise = p.rise * a.vary(1.0, 0.2) * length
    tail: Vec3 = (0.0, length * 0.5, girth * 0.3)
    belly: Vec3 = (0.0, -length * 0.05, girth * 0.95)
    a.add(spindle(tail, (0.0, -length * 0.38, girth * 0.9), girth, seg), "body", coat)
    a.add(ellipsoid((girth, length * 0.25, girth * 0.95), seg, belly), "body", coat)
    head_r = p.head_r * a.vary(1.0, 0.05)
    head: Vec3 = (0.0, -length * 0.42, girth * 0.9 + rise)
    a.add(spindle((0.0, -length * 0.12, girth), head, girth * 0.58, seg), "body", coat)
    a.add(sphere(head_r, a.segments(head_r), head), "head", coat)
    muzzle_r = head_r * p.muzzle
    muzzle: Vec3 = (0.0, head[1] - head_r * 0.85, head[2] - head_r * 0.25)
    shape = ellipsoid((muzzle_r, muzzle_r * 0.9, muzzle_r * 0.75), a.segments(muzzle_r), muzzle)
    a.add(shape, "muzzle", coat)
    nose: Vec3 = (0.0, muzzle[1] - muzzle_r * 0.8, muzzle[2] + muzzle_r * 0.35)
    a.add(sphere(head_r * 0.14, 10, nose), "nose", NOSE, Tier.FIXED)
    set_eyes(a, (head[0], head[1], head[2] + head_r * 0.1), head_r, 38, 18, 0.2)
    if a.wants("flipper"):
        for side in (-1, 1):
            at: Vec3 = (side * girth * 0.7, -length * 0.22, girth * 0.45)
            fore = flipper(girth * 1.1, girth * 0.55, girth * 0.08, side, at, 35)
            a.add(fore, "flipper", coat)
            # the hind flippers: two webbed fans lying back along the ground from the tail
            web = [
                (0.0, 0.0),
                (girth * 0.35, girth * 0.9),
                (girth * 0.05, girth * 1.1),
                (-girth * 0.2, girth * 0.85),
            ]
            hind = plan_blade(web, girth * 0.08, girth * 0.12).rotate((0, 0, -side * 20))
            a.add(hind.translate((side * girth * 0.12, length * 0.42, 0.0)), "flipper", coat)
    return Hauled(coat, head, head_r, muzzle, muzzle_r)


#: Part words of every pinniped; a walrus adds its tusks and whiskers.
PARTS = ("body", "head", "muzzle", "nose", "eye", "flipper")
ALIASES = {
    "fur": "body",
    "skin": "body",
    "snout": "muzzle",
    "flippers": "flipper",
    "fin": "flipper",
}
