"""A coiled snake raising its head at the front, tongue out."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, rod, sphere
from meshforge.engines.text.kit.sweeps import tube

SNAKES: tuple[RGB, ...] = (
    (70, 130, 60),
    (150, 120, 60),
    (40, 40, 42),
    (200, 170, 60),
    (170, 60, 40),
)


TONGUE: RGB = (200, 30, 50)


def build_snake(a: Assembly) -> None:
    """A coiled snake raising its head at the front, tongue out."""
    girth = a.vary(0.022, 0.1)
    color = a.pick(SNAKES)
    turns, outer = a.vary(1.6, 0.1), a.vary(0.13, 0.1)
    inner = outer - turns * girth * 2.4  # turns sit side by side, never inside each other
    steps = 40
    coil: list[Vec3] = []
    for k in range(steps + 1):
        t = k / steps
        angle = 2 * math.pi * turns * t + math.pi / 2
        r = outer + (inner - outer) * t
        coil.append((r * math.cos(angle), r * math.sin(angle), girth))
    a.add(tube(coil, girth * 0.25, a.segments(girth), girth), "body", color)
    start = coil[-1]
    rise = a.vary(0.17, 0.12)
    head = (0.0, -outer * 0.55, rise)
    neck = [
        start,
        (start[0] * 0.5, start[1] * 0.5, girth + rise * 0.45),
        (0.0, head[1] * 0.6, rise * 0.95),
        head,
    ]
    a.add(tube(neck, girth, a.segments(girth), girth * 0.95), "body", color)
    head_shape = ellipsoid((girth * 1.4, girth * 2.0, girth * 0.9), a.segments(girth * 1.4))
    snout = (head[0], head[1] - girth * 1.1, head[2])
    a.add(head_shape.translate(snout), "head", color)
    for side in (-1, 1):
        eye = (side * girth * 1.05, snout[1] - girth * 0.5, snout[2] + girth * 0.45)
        a.add(sphere(girth * 0.3, a.segments(girth * 0.3), eye), "eye", EYE, Tier.FIXED)
    if a.wants("tongue"):
        base = (0.0, snout[1] - girth * 1.7, snout[2] - girth * 0.2)
        fork = (0.0, base[1] - girth * 1.2, base[2])
        a.add(
            rod((0, snout[1] - girth * 1.2, base[2]), fork, girth * 0.12, 6),
            "tongue",
            TONGUE,
            Tier.FIXED,
        )
        for side in (-1, 1):
            a.add(
                rod(fork, (side * girth * 0.35, fork[1] - girth * 0.5, fork[2]), girth * 0.1, 6),
                "tongue",
                TONGUE,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "snake",
    build_snake,
    0.2,
    description="a long legless reptile that slithers",
    synonyms=("cobra", "python", "viper", "rattlesnake"),
    kinds=(
        "anaconda",
        "boa constrictor",
        "mamba",
        "adder",
        "asp",
        "serpent",
        "sidewinder",
        "copperhead",
        "king cobra",
        "ball python",
        "garter snake",
        "corn snake",
        "grass snake",
    ),
    parts=("body", "head", "eye", "tongue"),
    aliases={"scale": "body", "coil": "body"},
    kinds_in_wordnet=("snake",),
)
