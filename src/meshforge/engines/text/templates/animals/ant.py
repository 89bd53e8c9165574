"""An ant: head, thorax and a big gaster on six thin legs, with elbowed antennae."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.bugs import jointed_legs
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union

BODIES: tuple[RGB, ...] = ((35, 30, 30), (150, 50, 30), (120, 70, 40))


def build_ant(a: Assembly) -> None:
    """An ant: head, thorax and a big gaster on six thin legs, with elbowed antennae."""
    size = a.vary(1.0, 0.08)
    skin = (160, 45, 30) if a.mentions("fire ant", "red ant") else a.pick(BODIES)
    z = 0.009 * size
    gaster = ellipsoid(
        (0.0055 * size, 0.0075 * size, 0.0055 * size),
        a.segments(0.006 * size),
        (0, 0.011 * size, z + 0.002 * size),
    )
    thorax = ellipsoid(
        (0.0025 * size, 0.0055 * size, 0.0028 * size),
        a.segments(0.003 * size),
        (0, -0.001 * size, z + 0.0005 * size),
    )
    waist = sphere(0.0018 * size, 10, (0, 0.004 * size, z))
    a.add(union([gaster, thorax, waist]), "body", skin)
    head: Vec3 = (0.0, -0.0085 * size, z + 0.0015 * size)
    a.add(
        ellipsoid((0.0036 * size, 0.0033 * size, 0.003 * size), a.segments(0.004 * size), head),
        "head",
        skin,
    )
    for side in (-1, 1):
        a.add(
            sphere(
                0.001 * size,
                8,
                (side * 0.003 * size, head[1] - 0.0012 * size, head[2] + 0.0008 * size),
            ),
            "eye",
            EYE,
            Tier.FIXED,
        )
        root = (side * 0.0012 * size, head[1] - 0.002 * size, head[2] + 0.002 * size)
        elbow = (side * 0.003 * size, head[1] - 0.003 * size, head[2] + 0.007 * size)
        tip = (side * 0.005 * size, head[1] - 0.0085 * size, head[2] + 0.005 * size)
        a.add(
            union([capsule(root, elbow, 0.0004 * size, 8), capsule(elbow, tip, 0.0004 * size, 8)]),
            "antenna",
            skin,
        )
    legs = jointed_legs(
        (-0.003 * size, -0.001 * size, 0.001 * size),
        0.0015 * size,
        z,
        0.01 * size,
        z + 0.004 * size,
        0.00045 * size,
        0.8,
    )
    a.add(legs, "leg", skin)


TEMPLATE = Template(
    "ant",
    build_ant,
    0.015,
    description="a tiny six-legged insect that lives in a colony",
    synonyms=("ants", "fire ant", "red ant", "worker ant", "soldier ant"),
    kinds=("termite", "carpenter ant", "leafcutter ant", "queen ant"),
    not_claimed=("ant hill", "ant farm"),
    parts=("body", "head", "eye", "antenna", "leg"),
    aliases={
        "antennae": "antenna",
        "abdomen": "body",
        "gaster": "body",
        "thorax": "body",
    },
)
