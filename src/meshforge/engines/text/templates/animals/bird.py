"""A perching songbird on two thin legs: round body, head, beak, wings, tail and breast."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.solids import capsule, ellipsoid, on_sphere, rod, sphere

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


TEMPLATE = Template(
    "bird",
    build_bird,
    0.15,
    description="a small feathered animal with wings and a beak",
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
    kinds=(
        "owl",
        "chicken",
        "hen",
        "rooster",
        "cockerel",
        "hummingbird",
        "cockatoo",
        "pigeon",
        "dove",
        "flamingo",
        "toucan",
        "pelican",
        "hawk",
        "falcon",
        "vulture",
        "woodpecker",
        "kingfisher",
        "magpie",
        "bluebird",
        "goose",
        "pheasant",
        "quail",
        "partridge",
        "macaw",
        "budgie",
        "parakeet",
        "cockatiel",
        "lovebird",
        "albatross",
        "puffin",
        "condor",
        "osprey",
        "nightingale",
        "lark",
        "wren",
        "starling",
        "thrush",
        "chickadee",
        "chick",
    ),
    parts=("body", "breast", "head", "beak", "eye", "wing", "leg", "tail"),
    aliases={
        "bill": "beak",
        "chest": "breast",
        "feather": "body",
        "feet": "leg",
        "foot": "leg",
    },
    kinds_in_wordnet=("bird",),
)
