"""A snail: a spiral shell on its back, a soft body gliding on the ground, eyes on stalks."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, capsule, sphere, union
from meshforge.engines.text.kit.sweeps import tube

SHELLS: tuple[RGB, ...] = ((170, 110, 60), (190, 140, 80), (150, 95, 55), (210, 170, 110))
BODIES: tuple[RGB, ...] = ((150, 140, 120), (175, 160, 135), (120, 110, 95))


def build_snail(a: Assembly) -> None:
    """A snail: a spiral shell on its back, a soft body gliding on the ground, eyes on stalks."""
    s = a.vary(1.0, 0.1)  # a garden snail, body 6 cm long
    body_color = a.pick(BODIES)
    foot = spindle(
        (0.0, 0.035 * s, 0.004 * s),
        (0.0, -0.035 * s, 0.006 * s),
        0.01 * s,
        a.segments(0.01 * s),
        1.1,
    )
    neck = capsule(
        (0.0, -0.012 * s, 0.008 * s), (0.0, -0.03 * s, 0.014 * s), 0.0075 * s, a.segments(0.008 * s)
    )
    a.add(union([foot.scale((1.0, 1.0, 0.8)), neck]), "body", body_color)
    if a.wants("shell") and not a.mentions("slug"):  # a slug is a snail without one
        # a flat spiral standing on edge across the back: a tube winding in from the rim
        centre: Vec3 = (0.0, 0.008 * s, 0.03 * s)
        turns = a.between(2.3, 2.8)
        points: list[Vec3] = []
        steps = 26
        for k in range(steps + 1):
            t = k / steps
            angle = t * turns * 2 * math.pi
            reach = 0.02 * s * (1 - t * 0.85)
            points.append(
                (0.0, centre[1] + reach * math.cos(angle), centre[2] - reach * math.sin(angle))
            )
        # the coil sits across the body (in its YZ plane), widening as it winds out
        coil = tube(list(reversed(points)), 0.0025 * s, a.segments(0.0125 * s), 0.0125 * s)
        a.add(coil, "shell", a.pick(SHELLS))
    for side in (-1, 1):
        root: Vec3 = (side * 0.003 * s, -0.03 * s, 0.018 * s)
        top: Vec3 = (side * 0.008 * s, -0.04 * s, 0.034 * s)
        a.add(capsule(root, top, 0.0014 * s, 8, 0.001 * s), "tentacle", body_color)
        a.add(sphere(0.0022 * s, 10, top), "eye", EYE, Tier.FIXED)


TEMPLATE = Template(
    "snail",
    build_snail,
    0.045,
    description="a slow garden creature carrying a spiral shell on its back, eyes on stalks",
    synonyms=("snails", "garden snail", "sea snail", "escargot"),
    kinds=("giant snail", "land snail", "slug", "garden slug", "sea slug", "banana slug"),
    parts=("body", "shell", "tentacle", "eye"),
    aliases={
        "foot": "body",
        "antenna": "tentacle",
        "antennae": "tentacle",
        "stalks": "tentacle",
        "tentacles": "tentacle",
    },
)
