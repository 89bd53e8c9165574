"""A dragonfly: a long thin segmented abdomen, big round eyes, four long clear wings held flat."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bugs import jointed_legs, wing_pair
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere, union

BODIES: tuple[RGB, ...] = ((40, 140, 170), (60, 150, 80), (200, 60, 50), (50, 90, 190))
WING: RGB = (215, 230, 240)


def build_dragonfly(a: Assembly) -> None:
    """A dragonfly: a long thin segmented abdomen, big round eyes, four long clear wings."""
    size = a.vary(1.0, 0.08)
    body = a.pick(BODIES)
    z = 0.012 * size
    thorax = ellipsoid((0.004 * size, 0.007 * size, 0.0045 * size), 16, (0, -0.012 * size, z))
    segments = [
        sphere(0.0022 * size * (1 - 0.25 * k / 8), 10, (0, -0.004 * size + 0.006 * size * k, z))
        for k in range(9)
    ]
    tail = capsule((0, -0.006 * size, z), (0, 0.05 * size, z), 0.0016 * size, 10, 0.0012 * size)
    a.add(union([thorax, tail, *segments]), "body", body)
    head = (0.0, -0.021 * size, z + 0.001 * size)
    a.add(sphere(0.003 * size, 12, head), "body", body)
    for side in (-1, 1):
        eye = sphere(0.0032 * size, 14, (side * 0.0028 * size, head[1] - 0.0005 * size, head[2]))
        a.add(eye, "eye", (30, 60, 70), Tier.FIXED)
    if a.wants("wing"):
        long_wing = [
            (0.0, -0.002 * size),
            (0.015 * size, -0.0035 * size),
            (0.034 * size, -0.002 * size),
            (0.036 * size, 0.002 * size),
            (0.015 * size, 0.003 * size),
            (0.0, 0.002 * size),
        ]
        for sweep, y in ((-6, -0.015), (8, -0.008)):
            for piece in wing_pair(
                long_wing, 0.0004 * size, (0.002 * size, y * size, z + 0.003 * size), 4, sweep
            ):
                a.add(piece, "wing", WING, Tier.FIXED)
    legs = jointed_legs(
        (-0.016 * size, -0.012 * size, -0.008 * size),
        0.002 * size,
        z - 0.002 * size,
        0.008 * size,
        z,
        0.0005 * size,
        0.6,
    )
    a.add(legs, "leg", (35, 35, 38), Tier.FIXED)


TEMPLATE = Template(
    "dragonfly",
    build_dragonfly,
    0.02,
    description="a flying insect with a long thin body and four long clear wings",
    synonyms=("damselfly", "dragon fly"),
    kinds=("darner", "skimmer dragonfly"),
    parts=("body", "eye", "wing", "leg"),
    aliases={"abdomen": "body", "tail": "body"},
)
