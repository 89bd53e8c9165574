"""The frame big hoofed animals share: body, legs with hooves, neck, head and eyes.

The cow, sheep, giraffe and elephant templates build this frame and add what makes each read:
a cow's patches, horns and udder, a sheep's fleece, a giraffe's neck and spots, an elephant's
trunk, tusks and ears.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import (
    Vec3,
    capsule,
    cylinder,
    ellipsoid,
    on_sphere,
    sink_depth,
    sphere,
)

HOOF: RGB = (45, 40, 38)
HORN: RGB = (235, 225, 200)


@dataclass(frozen=True)
class Frame:
    """Proportions in metres; tilt in degrees above the horizontal."""

    length: float
    girth: float
    leg: float
    leg_r: float
    neck: float
    tilt: float
    head_r: float
    snout: float  #: head length along its axis, as a multiple of head_r


@dataclass(frozen=True)
class Body:
    """Where the built frame put things, for the species' own parts."""

    z: float
    girth: float
    length: float
    head: Vec3
    head_r: float


def build_frame(a: Assembly, f: Frame, coat: RGB, leg_color: RGB) -> Body:
    """Body, four legs with hooves, neck and head; returns where they went."""
    length, girth = f.length * a.vary(1.0, 0.08), f.girth * a.vary(1.0, 0.08)
    leg = f.leg * a.vary(1.0, 0.08)
    z = leg + girth * 0.6
    a.add(ellipsoid((girth, length / 2, girth), a.segments(girth), (0, 0, z)), "body", coat)
    for sx in (-1, 1):
        for sy in (-1, 1):
            x, y = sx * girth * 0.55, sy * length * 0.32
            a.add(
                capsule((x, y, z), (x, y, f.leg_r), f.leg_r, a.segments(f.leg_r)), "leg", leg_color
            )
            hoof = cylinder(f.leg_r * 1.1, f.leg_r * 0.9, a.segments(f.leg_r))
            a.add(hoof.translate((x, y, 0)), "hoof", HOOF, Tier.FIXED)
    tilt = math.radians(f.tilt + a.between(-5, 5))
    root = (0.0, -length * 0.4, z + girth * 0.35)
    head = (0.0, root[1] - f.neck * math.cos(tilt), root[2] + f.neck * math.sin(tilt))
    if f.neck > 0:
        a.add(capsule(root, head, f.head_r * 0.75, a.segments(f.head_r * 0.6)), "neck", coat)
    r = f.head_r * a.vary(1.0, 0.05)
    shape = ellipsoid((r * 0.85, r * f.snout / 2, r), a.segments(r))
    a.add(shape.rotate((35, 0, 0)).translate(head), "head", coat)
    depth = sink_depth(r, a.segments(r), r * 0.14)
    for side in (-1, 1):
        eye = on_sphere(
            (head[0], head[1] + r * 0.1, head[2] + r * 0.15), r * 0.85, side * 55, 10, depth
        )
        a.add(sphere(r * 0.14, a.segments(r * 0.14), eye), "eye", EYE, Tier.FIXED)
    return Body(z, girth, length, head, r)


def hanging_tail(a: Assembly, b: Body, color: RGB, tuft: RGB, reach: float) -> None:
    """A thin tail hanging from the rump, ending in a tuft."""
    root = (0.0, b.length * 0.48, b.z + b.girth * 0.3)
    end = (0.0, root[1] + reach * 0.15, root[2] - reach)
    a.add(capsule(root, end, b.girth * 0.05, 8), "tail", color)
    a.add(
        ellipsoid((b.girth * 0.08, b.girth * 0.08, reach * 0.15), 12, end),
        "tail",
        tuft,
        Tier.SECONDARY,
    )


def flank_patches(a: Assembly, b: Body, count: int, size: float) -> list[Manifold]:
    """Flat spots set into the flanks and back of the body."""
    spots = []
    for _ in range(count):
        yaw, along = a.between(-110, 110), a.between(-0.4, 0.4)
        # the body narrows towards its ends: keep each spot on the surface there
        reach = b.girth * 0.93 * math.sqrt(max(0.05, 1 - (2 * along) ** 2))
        at = (
            reach * math.sin(math.radians(yaw)),
            along * b.length,
            b.z + reach * math.cos(math.radians(yaw)),
        )
        # thin along z, which the turn about Y points outwards from the body's axis
        spot = ellipsoid((size, size * a.between(0.8, 1.4), size * 0.3), a.segments(size * 0.25))
        spots.append(spot.rotate((0, yaw, 0)).translate(at))
    return spots


#: Part words of every large quadruped; each species builds the ones it has.
PARTS = (
    "body",
    "leg",
    "hoof",
    "neck",
    "head",
    "eye",
    "ear",
    "tail",
    "patch",
    "muzzle",
    "horn",
    "udder",
    "spot",
    "mane",
    "ossicone",
    "trunk",
    "tusk",
)
ALIASES = {
    "fur": "body",
    "coat": "body",
    "wool": "body",
    "fleece": "body",
    "hooves": "hoof",
    "snout": "muzzle",
    "nose": "muzzle",
}
