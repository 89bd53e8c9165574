"""A jellyfish: a domed bell with frilly arms and long trailing tentacles."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, dome, ellipsoid, torus
from meshforge.engines.text.kit.sweeps import tube

BELLS: tuple[RGB, ...] = ((235, 150, 200), (160, 190, 240), (200, 160, 235), (250, 190, 150))


def build_jellyfish(a: Assembly) -> None:
    """A jellyfish: a domed bell with frilly arms and long trailing tentacles."""
    size = a.vary(1.0, 0.1)
    bell_c = a.pick(BELLS)
    r = 0.12 * size
    top = 0.42 * size
    bell_z = top - r * 0.9
    a.add(dome((r, r, r * 0.9), a.segments(r), (0, 0, bell_z)), "bell", bell_c)
    a.add(torus(r * 0.92, r * 0.1, a.segments(r), (0, 0, bell_z)), "bell", bell_c)
    inner: RGB = (min(255, bell_c[0] + 15), max(0, bell_c[1] - 40), min(255, bell_c[2] + 10))
    a.add(
        ellipsoid((r * 0.45, r * 0.45, r * 0.3), a.segments(r * 0.4), (0, 0, bell_z)),
        "arm",
        inner,
        Tier.SECONDARY,
    )
    count = a.count("tentacle", 10, 4, 16)
    for k in range(count):
        angle = 2 * math.pi * k / count
        x, y = r * 0.85 * math.cos(angle), r * 0.85 * math.sin(angle)
        sway = a.between(-1, 1) * r * 0.25
        points: list[Vec3] = [
            (x, y, bell_z),
            (x * 1.05 + sway, y * 1.05, bell_z - r * 0.9),
            (x * 0.95 - sway, y * 0.95 + sway, bell_z - r * 1.8),
            (x + sway, y, bell_z - r * 2.6),
        ]
        a.add(tube(points, r * 0.035, 8, r * 0.015), "tentacle", bell_c)
    for k in range(4):
        angle = 2 * math.pi * k / 4 + 0.4
        x, y = r * 0.25 * math.cos(angle), r * 0.25 * math.sin(angle)
        arm: list[Vec3] = [
            (x, y, bell_z - r * 0.1),
            (x * 1.6, y * 1.6, bell_z - r * 0.8),
            (x * 0.8, y * 0.8, bell_z - r * 1.5),
            (x * 1.4, y * 1.4, bell_z - r * 2.0),
        ]
        a.add(tube(arm, r * 0.1, 10, r * 0.04), "arm", inner, Tier.SECONDARY)


TEMPLATE = Template(
    "jellyfish",
    build_jellyfish,
    0.42,
    description="a soft see-through sea creature with a dome bell and trailing tentacles",
    synonyms=("jelly fish", "medusa jellyfish", "sea jelly"),
    kinds=(
        "moon jelly",
        "box jellyfish",
        "man o war",
    ),
    parts=("bell", "tentacle", "arm"),
    aliases={
        "dome": "bell",
        "cap": "bell",
        "body": "bell",
    },
)
