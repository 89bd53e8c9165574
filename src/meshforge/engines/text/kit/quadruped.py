"""One parametric four-legged body, shaped by a ``Species`` of proportions and looks.

The dog, cat, pig and horse templates are this body with a ``Species`` of their own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import Vec3, capsule, cylinder, ellipsoid, sphere, torus

NOSE: RGB = (30, 25, 25)


@dataclass(frozen=True)
class Species:
    """Proportions (metres) and looks of one animal."""

    body_length: float
    body_radius: float
    leg_length: float
    leg_radius: float
    neck_length: float
    neck_tilt_deg: float  #: 0 = straight forward, 90 = straight up
    head_radius: float
    snout_length: float  #: as a fraction of the head radius
    ears: str  #: "floppy", "pointy" or "small"
    tail: str  #: "wag", "long", "curl" or "hair"
    coats: tuple[RGB, ...]
    accent: RGB  #: snout, hooves, inner ears
    mane: bool = False
    snout_pitch_deg: float = 0.0  #: how far the snout points down


def build_quadruped(a: Assembly, s: Species) -> None:
    """Body, legs, neck, head with snout, eyes and ears, and a tail."""
    coat, length = a.pick(s.coats), s.body_length * a.vary(1.0, 0.1)
    radius, leg_h = s.body_radius * a.vary(1.0, 0.1), s.leg_length * a.vary(1.0, 0.1)
    body_z = leg_h + radius * 0.6
    a.add(
        ellipsoid((radius, length / 2, radius * 0.95), a.segments(radius), (0, 0, body_z)),
        "body",
        coat,
    )
    for sx in (-1, 1):
        for sy in (-1, 1):
            x, y = sx * radius * 0.55, sy * length * 0.32
            a.add(
                capsule(
                    (x, y, body_z),
                    (x, y + sy * 0.01, s.leg_radius),
                    s.leg_radius,
                    a.segments(s.leg_radius),
                ),
                "leg",
                coat,
            )
            if s.mane:
                hoof = cylinder(s.leg_radius * 1.15, s.leg_radius * 1.4, a.segments(s.leg_radius))
                a.add(hoof.translate((x, y + sy * 0.01, 0)), "hoof", s.accent, Tier.FIXED)
    tilt = math.radians(s.neck_tilt_deg + a.between(-8, 8))
    neck_base: Vec3 = (0.0, -length * 0.36, body_z + radius * 0.35)
    reach = s.neck_length + s.head_radius * 0.6
    head: Vec3 = (0.0, neck_base[1] - reach * math.cos(tilt), neck_base[2] + reach * math.sin(tilt))
    a.add(
        capsule(
            neck_base,
            head,
            max(s.head_radius * 0.6, radius * 0.45) if s.mane else s.head_radius * 0.7,
            a.segments(s.head_radius),
        ),
        "body",
        coat,
    )
    _head(a, s, head, coat)
    wear_asked_hat(a, head, s.head_radius)  # "a pig in a top hat"
    if s.mane and a.wants("mane"):
        top = (0.0, head[1] + s.head_radius * 0.5, head[2] + s.head_radius * 0.5)
        base = (0.0, neck_base[1] + radius * 0.2, neck_base[2] + radius * 0.5)
        a.add(
            capsule(base, top, s.head_radius * 0.28, a.segments(s.head_radius * 0.3)).scale(
                (0.5, 1, 1)
            ),
            "mane",
            s.accent,
            Tier.SECONDARY,
        )
    if a.wants("tail"):
        _tail(a, s, length, body_z, radius, coat)


def _head(a: Assembly, s: Species, head: Vec3, coat: RGB) -> None:
    """Skull, snout, nose, eyes and ears."""
    r = s.head_radius
    a.add(sphere(r, a.segments(r), head), "head", coat)
    snout_len = r * s.snout_length
    # built around the head's centre, then pitched down (a horse's long face) and moved into place
    snout_c = (0.0, -r * 0.55 - snout_len * 0.45, -r * 0.3)
    snout = ellipsoid((r * 0.5, snout_len * 0.6 + r * 0.3, r * 0.45), a.segments(r * 0.5), snout_c)
    pitch = (s.snout_pitch_deg, 0.0, 0.0)
    snout_color = s.accent if s.ears == "small" else coat
    a.add(snout.rotate(pitch).translate(head), "snout", snout_color)
    tip = (0.0, snout_c[1] - snout_len * 0.6 - r * 0.25, snout_c[2] + r * 0.1)
    if s.ears == "small":  # a pig's flat disc of a nose
        disc = cylinder(r * 0.32, r * 0.12, a.segments(r * 0.32)).rotate((90, 0, 0))
        nose = disc.translate((tip[0], tip[1] + r * 0.05, tip[2] - r * 0.1))
        a.add(nose.rotate(pitch).translate(head), "nose", s.accent, Tier.FIXED)
    else:
        color = NOSE if s.ears != "pointy" or s.mane else s.accent
        a.add(
            sphere(r * 0.16, a.segments(r * 0.16), tip).rotate(pitch).translate(head),
            "nose",
            color,
            Tier.FIXED,
        )
    for side in (-1, 1):
        eye = (side * r * 0.45, head[1] - r * 0.72, head[2] + r * 0.3)
        a.add(sphere(r * 0.13, a.segments(r * 0.13), eye), "eye", EYE, Tier.FIXED)
        if s.ears == "floppy":
            ear = ellipsoid((r * 0.18, r * 0.4, r * 0.75), a.segments(r * 0.4)).rotate(
                (0, side * 15, 0)
            )
            a.add(
                ear.translate((side * r * 0.95, head[1] + r * 0.1, head[2] - r * 0.1)), "ear", coat
            )
        elif s.ears == "pointy":
            ear = (
                cylinder(r * 0.38, r * 0.75, 4, (0, 0, 0), 0.0)
                .scale((1.0, 0.45, 1.0))
                .rotate((0, side * 20, 0))
            )
            a.add(
                ear.translate((side * r * 0.55, head[1] + r * 0.05, head[2] + r * 0.55)),
                "ear",
                coat,
            )
        else:
            ear = ellipsoid((r * 0.3, r * 0.1, r * 0.3), a.segments(r * 0.3)).rotate(
                (25, side * 30, 0)
            )
            a.add(ear.translate((side * r * 0.62, head[1], head[2] + r * 0.75)), "ear", coat)


def _tail(a: Assembly, s: Species, length: float, body_z: float, radius: float, coat: RGB) -> None:
    """A tail in the species' style at the back (+Y)."""
    root: Vec3 = (0.0, length * 0.46, body_z + radius * 0.3)
    if s.tail == "curl":
        curl = torus(radius * 0.18, radius * 0.05, a.segments(radius * 0.2)).rotate((0, 90, 0))
        a.add(curl.translate((0, root[1] + radius * 0.15, root[2] + radius * 0.1)), "tail", coat)
    elif s.tail == "hair":
        end = (0.0, root[1] + radius * 0.5, root[2] - radius * 2.2)
        a.add(
            capsule(root, end, radius * 0.14, a.segments(radius * 0.14), radius * 0.2),
            "tail",
            s.accent,
            Tier.SECONDARY,
        )
    else:
        lift = a.between(0.6, 1.2) if s.tail == "wag" else a.between(1.2, 2.0)
        end = (a.between(-0.2, 0.2) * radius, root[1] + radius * 1.2, root[2] + radius * lift)
        thick = s.leg_radius * (0.7 if s.tail == "wag" else 0.6)
        a.add(capsule(root, end, thick, a.segments(thick), thick * 0.6), "tail", coat)


#: Part words of every quadruped (hooves and mane are built for a maned species only).
PARTS = ("body", "head", "leg", "snout", "nose", "eye", "ear", "tail", "hoof", "mane")
ALIASES = {
    "fur": "body",
    "coat": "body",
    "muzzle": "snout",
    "paw": "leg",
    "hooves": "hoof",
    "face": "head",
}
