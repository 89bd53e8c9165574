"""Small wild animal templates: bird, fish (head towards the front)."""

from __future__ import annotations

import math

from manifold3d import Manifold, OpType

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    Vec3,
    capsule,
    cylinder,
    ellipsoid,
    on_sphere,
    rod,
    side_prism,
    sink_depth,
    sphere,
)

EYE: RGB = (20, 20, 22)
EYE_WHITE: RGB = (245, 245, 240)
BEAK: RGB = (240, 160, 40)
LEG: RGB = (150, 110, 70)
BIRDS: dict[str, tuple[RGB, RGB]] = {  # body, breast
    "robin": ((120, 90, 65), (225, 110, 50)),
    "cardinal": ((200, 30, 35), (185, 30, 35)),
    "canary": ((250, 215, 50), (250, 225, 90)),
    "bluebird": ((50, 100, 190), (230, 140, 80)),
    "crow": ((30, 30, 34), (45, 45, 50)),
    "sparrow": ((140, 105, 70), (215, 200, 175)),
}
FISH: tuple[RGB, ...] = (
    (245, 130, 30),
    (70, 130, 190),
    (240, 200, 50),
    (150, 160, 170),
    (200, 60, 90),
)


def set_eyes(a: Assembly, head: Vec3, radius: float, yaw: float, pitch: float, size: float) -> None:
    """A pair of dark eyes set into a round head."""
    depth = sink_depth(radius, a.segments(radius), radius * size)
    for side in (-1, 1):
        spot = on_sphere(head, radius, side * yaw, pitch, depth)
        a.add(sphere(radius * size, a.segments(radius * size), spot), "eye", EYE, Tier.FIXED)


def _bird_colors(a: Assembly) -> tuple[RGB, RGB]:
    """Body and breast colours for the kind of bird the prompt names, else a seeded one."""
    for kind, colors in BIRDS.items():
        if a.mentions(kind):
            return colors
    if a.mentions("raven", "blackbird"):
        return BIRDS["crow"]
    return a.pick(tuple(BIRDS.values()))


def build_bird(a: Assembly) -> None:
    """A perching songbird on two thin legs: round body, head, beak, wings, tail and breast."""
    size = a.vary(1.0, 0.12)
    body_color, breast_color = _bird_colors(a)
    body = (0.0, 0.0, 0.075 * size)
    shape = ellipsoid((0.036 * size, 0.058 * size, 0.038 * size), a.segments(0.04 * size))
    a.add(shape.rotate((-25, 0, 0)).translate(body), "body", body_color)
    chest = ellipsoid((0.031 * size, 0.04 * size, 0.034 * size), a.segments(0.03 * size))
    a.add(
        chest.rotate((-25, 0, 0)).translate((0, -0.02 * size, 0.072 * size)),
        "breast",
        breast_color,
        Tier.SECONDARY,
    )
    head_r = 0.027 * size * a.vary(1.0, 0.08)
    head = (0.0, -0.045 * size, 0.118 * size)
    a.add(sphere(head_r, a.segments(head_r), head), "head", body_color)
    tip = (0.0, head[1] - head_r * 2.0, head[2] - head_r * 0.15)
    a.add(
        rod(on_sphere(head, head_r, 0, -5, head_r * 0.4), tip, head_r * 0.32, 12, head_r * 0.02),
        "beak",
        BEAK,
        Tier.FIXED,
    )
    set_eyes(a, head, head_r, 55, 15, 0.16)
    for side in (-1, 1):
        wing = ellipsoid((0.01 * size, 0.05 * size, 0.026 * size), a.segments(0.026 * size))
        a.add(
            wing.rotate((-18, 0, side * 6)).translate(
                (side * 0.031 * size, 0.012 * size, 0.082 * size)
            ),
            "wing",
            body_color,
        )
        hip = (side * 0.012 * size, 0.005 * size, 0.055 * size)
        foot = (side * 0.014 * size, -0.002 * size, 0.003)
        a.add(rod(hip, foot, 0.0025 * size, 8), "leg", LEG, Tier.FIXED)
        for turn in (-25, 0, 25):
            toe = capsule(
                foot,
                (
                    foot[0] + 0.012 * size * math.sin(math.radians(turn)),
                    foot[1] - 0.014 * size * math.cos(math.radians(turn)),
                    0.003,
                ),
                0.002 * size,
                8,
            )
            a.add(toe, "leg", LEG, Tier.FIXED)
    tail = ellipsoid((0.022 * size, 0.045 * size, 0.005 * size), a.segments(0.03 * size))
    a.add(tail.rotate((-25, 0, 0)).translate((0, 0.07 * size, 0.06 * size)), "tail", body_color)


def build_fish(a: Assembly) -> None:
    """A fish swimming towards the front: a deep narrow body, forked tail, fins and eyes."""
    length, depth = a.vary(0.3, 0.1), a.vary(0.14, 0.15)
    width = depth * 0.38
    color = a.pick(FISH)
    if a.mentions("goldfish", "clownfish", "koi"):
        color = FISH[0]
    mid = depth / 2 + 0.02
    a.add(
        ellipsoid(
            (width / 2, length * 0.42, depth / 2), a.segments(depth / 2), (0, -length * 0.06, mid)
        ),
        "body",
        color,
    )
    tail_root = length * 0.3
    fork = [
        (tail_root - 0.01, mid + depth * 0.08),
        (tail_root - 0.01, mid - depth * 0.08),
        (length * 0.52, mid - depth * 0.45),
        (length * 0.45, mid),
        (length * 0.52, mid + depth * 0.45),
    ]
    fin_color = a.pick(FISH)
    a.add(side_prism(fork, width * 0.18), "tail", fin_color, Tier.SECONDARY)
    dorsal = [
        (-length * 0.15, mid + depth * 0.4),
        (length * 0.18, mid + depth * 0.3),
        (length * 0.05, mid + depth * 0.75),
    ]
    a.add(side_prism(dorsal, width * 0.15), "fin", fin_color, Tier.SECONDARY)
    belly = [
        (-length * 0.02, mid - depth * 0.4),
        (length * 0.15, mid - depth * 0.3),
        (length * 0.12, mid - depth * 0.62),
    ]
    a.add(side_prism(belly, width * 0.15), "fin", fin_color, Tier.SECONDARY)
    head = (0.0, -length * 0.3, mid + depth * 0.08)
    for side in (-1, 1):
        fin = ellipsoid(
            (width * 0.08, length * 0.1, depth * 0.12), a.segments(depth * 0.12)
        ).rotate((0, 0, side * 25))
        a.add(
            fin.translate((side * width * 0.45, -length * 0.12, mid - depth * 0.12)),
            "fin",
            fin_color,
            Tier.SECONDARY,
        )
        eye_at = (side * width * 0.34, head[1], head[2])
        a.add(sphere(depth * 0.09, a.segments(depth * 0.09), eye_at), "eye", EYE_WHITE, Tier.FIXED)
        pupil = (side * (width * 0.34 + depth * 0.055), head[1], head[2])
        a.add(sphere(depth * 0.05, a.segments(depth * 0.05), pupil), "eye", EYE, Tier.FIXED)
    if a.maybe("stripe", 0.4, "striped", "clownfish"):
        grown = ellipsoid(
            (width / 2 + 0.003, length * 0.42 + 0.003, depth / 2 + 0.003),
            a.segments(depth / 2),
            (0, -length * 0.06, mid),
        )
        for y in (-length * 0.22, length * 0.05):
            band = Manifold.batch_boolean(
                [
                    grown,
                    cylinder(1.0, length * 0.06, 8, (0, 0, 0))
                    .rotate((90, 0, 0))
                    .translate((0, y + length * 0.03, mid)),
                ],
                OpType.Intersect,
            )
            a.add(band, "stripe", (250, 250, 245), Tier.SECONDARY)


TEMPLATES = (
    Template(
        "bird",
        build_bird,
        0.15,
        synonyms=(
            "songbird",
            "robin",
            "sparrow",
            "cardinal",
            "canary",
            "crow",
            "raven",
            "finch",
            "blackbird",
        ),
        parts=("body", "breast", "head", "beak", "eye", "wing", "leg", "tail"),
        aliases={
            "bill": "beak",
            "chest": "breast",
            "feather": "body",
            "feet": "leg",
            "foot": "leg",
        },
    ),
    Template(
        "fish",
        build_fish,
        0.2,
        synonyms=("goldfish", "clownfish", "koi", "trout", "salmon", "carp", "tropical fish"),
        parts=("body", "tail", "fin", "eye", "stripe"),
        aliases={"scale": "body", "band": "stripe"},
    ),
)
