"""Large animal templates: cow, sheep, giraffe, elephant, on one four-legged frame.

The frame (body, legs, neck, head) is shared; each species adds what makes it read: a cow's
patches, horns and udder, a sheep's fleece, a giraffe's neck and spots, an elephant's trunk,
tusks and ears.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from manifold3d import Manifold

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    Vec3,
    capsule,
    cylinder,
    ellipsoid,
    on_sphere,
    sink_depth,
    sphere,
    union,
)
from meshforge.engines.text.shapes import tube

EYE: RGB = (20, 20, 22)
HOOF: RGB = (45, 40, 38)
HORN: RGB = (235, 225, 200)
PINK: RGB = (235, 170, 170)
IVORY: RGB = (245, 240, 225)


@dataclass(frozen=True)
class _Frame:
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
class _Body:
    """Where the built frame put things, for the species' own parts."""

    z: float
    girth: float
    length: float
    head: Vec3
    head_r: float


def _frame(a: Assembly, f: _Frame, coat: RGB, leg_color: RGB) -> _Body:
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
    return _Body(z, girth, length, head, r)


def _tail(a: Assembly, b: _Body, color: RGB, tuft: RGB, reach: float) -> None:
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


def _patches(a: Assembly, b: _Body, count: int, size: float) -> list[Manifold]:
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


def build_cow(a: Assembly) -> None:
    """A cow: patched or plain coat, short horns, floppy ears, pink muzzle, udder and tail."""
    plain = a.mentions("brown", "jersey", "highland") or a.chance(0.3)
    coat = a.pick(((150, 95, 55), (120, 70, 45))) if plain else (245, 243, 238)
    b = _frame(a, _Frame(1.8, 0.42, 0.75, 0.085, 0.25, 20, 0.24, 2.2), coat, coat)
    if not plain and a.wants("patch"):
        spots = _patches(a, b, a.pick((6, 7, 8)), b.girth * 0.45)
        a.add(union(spots), "patch", (35, 32, 30), Tier.SECONDARY)
    head, r = b.head, b.head_r
    muzzle = ellipsoid((r * 0.7, r * 0.45, r * 0.5), a.segments(r * 0.7))
    a.add(muzzle.translate((0, head[1] - r * 0.95, head[2] - r * 0.65)), "muzzle", PINK, Tier.FIXED)
    for side in (-1, 1):
        horn = [
            (side * r * 0.5, head[1] + r * 0.2, head[2] + r * 0.6),
            (side * r * 0.95, head[1] + r * 0.1, head[2] + r * 0.85),
            (side * r * 1.15, head[1] - r * 0.15, head[2] + r * 1.1),
        ]
        a.add(tube(horn, r * 0.12, a.segments(r * 0.12), r * 0.04), "horn", HORN, Tier.FIXED)
        ear = ellipsoid((r * 0.45, r * 0.12, r * 0.22), a.segments(r * 0.3)).rotate(
            (0, side * -20, 0)
        )
        a.add(ear.translate((side * r * 0.95, head[1] + r * 0.25, head[2] + r * 0.25)), "ear", coat)
    udder = sphere(
        b.girth * 0.28, a.segments(b.girth * 0.28), (0, b.length * 0.25, b.z - b.girth * 0.82)
    )
    a.add(udder, "udder", PINK, Tier.FIXED)
    _tail(a, b, coat, (40, 35, 30), b.z * 0.8)


def build_sheep(a: Assembly) -> None:
    """A woolly sheep: a fleece of clustered puffs, dark face and legs; "ram" adds curled horns."""
    wool = a.pick(((245, 242, 230), (240, 235, 215), (60, 58, 55)))
    face = a.pick(((40, 38, 36), (235, 225, 205)))
    b = _frame(a, _Frame(1.0, 0.3, 0.42, 0.045, 0.12, 30, 0.13, 1.8), wool, face)
    puffs = []
    for k in range(12):  # two rings of puffs over the back and flanks
        angle = math.radians(-100 + 200 * (k % 6) / 5)
        y = b.length * (-0.28 if k < 6 else 0.22) + a.between(-0.06, 0.06)
        at = (b.girth * 0.85 * math.sin(angle), y, b.z + b.girth * 0.85 * math.cos(angle))
        puffs.append(sphere(b.girth * a.between(0.42, 0.52), a.segments(b.girth * 0.1), at))
    a.add(union(puffs), "body", wool)
    head, r = b.head, b.head_r
    a.add(ellipsoid((r * 0.9, r * 1.1, r * 0.9), a.segments(r), head), "head", face)
    cap = sphere(r * 0.75, a.segments(r * 0.7), (0, head[1] + r * 0.35, head[2] + r * 0.55))
    a.add(cap, "body", wool)
    for side in (-1, 1):
        ear = ellipsoid((r * 0.5, r * 0.15, r * 0.22), a.segments(r * 0.4)).rotate(
            (0, side * 25, 0)
        )
        a.add(ear.translate((side * r * 1.0, head[1] + r * 0.2, head[2] + r * 0.2)), "ear", face)
        if a.mentions("ram", "horned", "horn"):
            curl = [
                (
                    side * (r * 0.6 + r * 0.5 * (1 - math.cos(t))),
                    head[1] + r * 0.5 - r * 0.6 * math.sin(t),
                    head[2] + r * 0.6 + r * 0.5 * math.sin(t) - r * 0.4 * t,
                )
                for t in (0.0, 0.8, 1.6, 2.4, 3.2, 4.0)
            ]
            a.add(tube(curl, r * 0.2, a.segments(r * 0.2), r * 0.08), "horn", HORN, Tier.FIXED)
    a.add(sphere(b.girth * 0.2, 12, (0, b.length * 0.5, b.z + b.girth * 0.2)), "tail", wool)


def build_giraffe(a: Assembly) -> None:
    """A giraffe: long legs, a very long neck with a mane, ossicones and a spotted coat."""
    coat, spot = (235, 190, 110), a.pick(((150, 90, 45), (125, 70, 40)))
    b = _frame(a, _Frame(2.0, 0.55, 1.75, 0.08, 2.1, 62, 0.2, 2.6), coat, coat)
    head, r = b.head, b.head_r
    neck_top = head
    root = (0.0, -b.length * 0.4, b.z + b.girth * 0.35)
    if a.wants("spot"):
        spots = _patches(a, b, 14, b.girth * 0.3)
        for k in range(6):
            t = (k + 0.5) / 6
            at = tuple(root[i] + (neck_top[i] - root[i]) * t for i in range(3))
            side = 1 if k % 2 else -1
            spots.append(ellipsoid((0.05, 0.1, 0.1), 12, (side * r * 0.6, at[1], at[2])))
        a.add(union(spots), "spot", spot, Tier.SECONDARY)
    mane = capsule(
        (0, root[1] + 0.15, root[2] + 0.2), (0, head[1] + r * 0.6, head[2] - r * 0.2), 0.05, 8
    )
    a.add(mane.scale((0.6, 1, 1)), "mane", spot, Tier.SECONDARY)
    for side in (-1, 1):
        base = (side * r * 0.35, head[1] + r * 0.2, head[2] + r * 0.6)
        tip = (side * r * 0.45, head[1] + r * 0.3, head[2] + r * 1.3)
        a.add(capsule(base, tip, r * 0.09, 8), "ossicone", spot, Tier.SECONDARY)
        a.add(sphere(r * 0.14, 12, tip), "ossicone", (60, 45, 35), Tier.FIXED)
        ear = ellipsoid((r * 0.4, r * 0.1, r * 0.16), a.segments(r * 0.3)).rotate(
            (0, side * -25, 0)
        )
        a.add(ear.translate((side * r * 0.8, head[1] + r * 0.35, head[2] + r * 0.35)), "ear", coat)
    _tail(a, b, coat, (50, 40, 35), b.z * 0.5)


def build_elephant(a: Assembly) -> None:
    """An elephant: a massive body on pillar legs, big ears, a curling trunk and tusks."""
    skin = a.pick(((150, 150, 155), (135, 130, 130), (165, 160, 158)))
    b = _frame(a, _Frame(3.0, 1.05, 1.3, 0.28, 0.0, 30, 0.75, 1.3), skin, skin)
    head, r = b.head, b.head_r
    trunk = [
        (0.0, head[1] - r * 0.7, head[2] - r * 0.1),
        (0.0, head[1] - r * 1.05, head[2] - r * 0.8),
        (0.0, head[1] - r * 1.1, head[2] - r * 1.6),
        (0.0, head[1] - r * 1.0, b.z - b.girth * 1.1),
        (0.0, head[1] - r * 1.35, b.z - b.girth * 1.35),
    ]
    a.add(tube(trunk, r * 0.32, a.segments(r * 0.3), r * 0.16), "trunk", skin)
    for side in (-1, 1):
        ear = ellipsoid((r * 0.95, r * 0.12, r * 1.15), a.segments(r)).rotate((0, 0, side * 20))
        a.add(ear.translate((side * r * 0.95, head[1] + r * 0.45, head[2] - r * 0.1)), "ear", skin)
        if a.wants("tusk"):
            tusk = [
                (side * r * 0.3, head[1] - r * 0.35, head[2] - r * 0.45),
                (side * r * 0.42, head[1] - r * 0.95, head[2] - r * 0.95),
                (side * r * 0.4, head[1] - r * 1.45, head[2] - r * 0.85),
            ]
            a.add(tube(tusk, r * 0.1, a.segments(r * 0.1), r * 0.03), "tusk", IVORY, Tier.FIXED)
    _tail(a, b, skin, (60, 60, 62), b.z * 0.55)


def _template(
    name: str, build: Callable[[Assembly], None], height: float, synonyms: tuple[str, ...]
) -> Template:
    """One species' template with the parts all four share."""
    return Template(
        name,
        build,
        height,
        synonyms=synonyms,
        parts=(
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
        ),
        aliases={
            "fur": "body",
            "coat": "body",
            "wool": "body",
            "fleece": "body",
            "hooves": "hoof",
            "snout": "muzzle",
            "nose": "muzzle",
        },
    )


TEMPLATES = (
    _template("cow", build_cow, 1.5, ("cattle", "bull", "calf", "ox", "heifer", "dairy cow")),
    _template("sheep", build_sheep, 0.9, ("lamb", "ram", "ewe", "ram sheep")),
    _template("giraffe", build_giraffe, 4.5, ("baby giraffe", "camelopard")),
    _template("elephant", build_elephant, 3.0, ("baby elephant", "pachyderm")),
)
