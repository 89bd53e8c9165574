"""A spider: a round abdomen and smaller head on eight long bent legs, fangs and eyes."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union

BODIES: tuple[RGB, ...] = ((40, 38, 36), (70, 55, 45), (55, 50, 48), (110, 80, 55))
MARK: RGB = (210, 40, 35)


def build_spider(a: Assembly) -> None:
    """A spider: a round abdomen and smaller head on eight long bent legs, fangs and eyes."""
    size = a.vary(1.0, 0.1)
    skin = a.pick(BODIES)
    z = 0.03 * size
    abdomen = (0.0, 0.035 * size, z + 0.008 * size)
    a.add(
        ellipsoid((0.026 * size, 0.032 * size, 0.024 * size), a.segments(0.026 * size), abdomen),
        "abdomen",
        skin,
    )
    head: Vec3 = (0.0, -0.006 * size, z)
    a.add(
        ellipsoid((0.016 * size, 0.02 * size, 0.012 * size), a.segments(0.016 * size), head),
        "body",
        skin,
    )
    if a.mentions("tarantula", "hairy"):
        skin = (95, 70, 50)
    legs = []
    r = 0.0022 * size * (1.6 if a.mentions("tarantula") else 1.0)
    for side in (-1, 1):
        for k in range(4):
            angle = math.radians(-55 + 36 * k)
            out = (side * math.cos(angle), math.sin(angle))
            hip: Vec3 = (side * 0.01 * size, head[1] + out[1] * 0.008 * size, z)
            knee: Vec3 = (
                hip[0] + out[0] * 0.035 * size,
                hip[1] + out[1] * 0.035 * size,
                z + 0.03 * size,
            )
            foot: Vec3 = (hip[0] + out[0] * 0.075 * size, hip[1] + out[1] * 0.075 * size, r)
            legs += [capsule(hip, knee, r, 8), capsule(knee, foot, r, 8, r * 0.6)]
    a.add(union(legs), "leg", skin)
    for side in (-1, 1):
        fang = capsule(
            (side * 0.004 * size, head[1] - 0.016 * size, z - 0.002 * size),
            (side * 0.003 * size, head[1] - 0.02 * size, z - 0.01 * size),
            0.0022 * size,
            8,
            0.0008 * size,
        )
        a.add(fang, "fang", (30, 28, 26), Tier.FIXED)
        for k, (dx, dz) in enumerate(((0.004, 0.006), (0.0085, 0.004))):
            eye_r = 0.0025 * size if k == 0 else 0.0018 * size
            a.add(
                sphere(eye_r, 8, (side * dx * size, head[1] - 0.017 * size, z + dz * size)),
                "eye",
                EYE,
                Tier.FIXED,
            )
    if a.mentions("black widow", "widow"):
        a.add(
            ellipsoid(
                (0.007 * size, 0.01 * size, 0.004 * size),
                10,
                (0, abdomen[1], abdomen[2] + 0.022 * size),
            ),
            "mark",
            MARK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "spider",
    build_spider,
    0.05,
    description="an eight-legged creature that spins webs",
    synonyms=("tarantula", "black widow", "arachnid"),
    kinds=("wolf spider", "jumping spider", "huntsman spider", "daddy long legs", "spiderling"),
    not_claimed=("spider man", "spider web", "spider monkey"),
    parts=("abdomen", "body", "leg", "fang", "eye", "mark"),
    aliases={
        "head": "body",
        "thorax": "body",
        "hourglass": "mark",
    },
    kinds_in_wordnet=("spider",),
)
