"""A bee: a fuzzy yellow body banded in black, a stinger, clear wings, antennae and six legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bugs import BLACK, add_legs, antennae, jointed_legs, wing_pair
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, sphere

YELLOWS: tuple[RGB, ...] = ((250, 195, 30), (245, 180, 40), (250, 210, 60))
WING: RGB = (225, 235, 245)


def build_bee(a: Assembly) -> None:
    """A bee: a fuzzy yellow body banded in black, a stinger, clear wings, antennae and six legs."""
    size = a.vary(1.0, 0.08)
    yellow = a.pick(YELLOWS)
    z = 0.022 * size
    abdomen = ellipsoid(
        (0.014 * size, 0.02 * size, 0.014 * size),
        a.segments(0.007 * size),
        (0, 0.014 * size, z + 0.002 * size),
    )
    a.add(abdomen, "body", yellow)
    thorax = (0.0, -0.01 * size, z + 0.003 * size)
    a.add(sphere(0.01 * size, a.segments(0.005 * size), thorax), "body", yellow)
    if a.wants("stripe"):
        bands = [
            box((1.0, 0.005 * size, 1.0), (0, (0.006 + 0.009 * k) * size, z)) for k in range(3)
        ]
        a.add(skin_pattern(abdomen, bands, 1.04), "stripe", BLACK, Tier.SECONDARY)
    head = (0.0, -0.024 * size, z + 0.002 * size)
    a.add(sphere(0.008 * size, a.segments(0.004 * size), head), "head", BLACK, Tier.FIXED)
    for side in (-1, 1):
        eye = ellipsoid(
            (0.003 * size, 0.004 * size, 0.005 * size),
            10,
            (side * 0.006 * size, head[1] - 0.002 * size, head[2] + 0.001 * size),
        )
        a.add(eye, "eye", (60, 50, 45), Tier.FIXED)
    a.add(
        antennae(head, 0.008 * size, 0.012 * size, 0.004 * size, False),
        "antenna",
        BLACK,
        Tier.FIXED,
    )
    a.add(
        rod(
            (0, 0.032 * size, z + 0.001 * size),
            (0, 0.04 * size, z - 0.001 * size),
            0.0018 * size,
            8,
            0.0002,
        ),
        "stinger",
        BLACK,
        Tier.FIXED,
    )
    if a.wants("wing"):
        wing = [
            (0.0, 0.0),
            (0.012 * size, -0.004 * size),
            (0.024 * size, 0.0),
            (0.026 * size, 0.008 * size),
            (0.012 * size, 0.012 * size),
        ]
        for sweep, y in ((25, -0.012), (45, -0.004)):
            for piece in wing_pair(
                wing, 0.0006 * size, (0.003 * size, y * size, z + 0.011 * size), 25, sweep
            ):
                a.add(piece, "wing", WING, Tier.FIXED)
    add_legs(
        a,
        jointed_legs(
            (-0.015 * size, -0.008 * size, -0.001 * size),
            0.005 * size,
            z - 0.004 * size,
            0.02 * size,
            z + 0.002 * size,
            0.0012 * size,
            0.5,
        ),
    )


TEMPLATE = Template(
    "bee",
    build_bee,
    0.045,
    description="a buzzing yellow and black striped insect that makes honey",
    synonyms=("honeybee", "honey bee", "bumblebee", "bumble bee", "wasp"),
    kinds=("hornet", "queen bee", "worker bee", "yellowjacket", "killer bee"),
    not_claimed=("spelling bee", "bee hive"),
    parts=("body", "stripe", "head", "eye", "antenna", "stinger", "wing", "leg"),
    aliases={
        "band": "stripe",
        "antennae": "antenna",
        "sting": "stinger",
    },
)
