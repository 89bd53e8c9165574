"""A caterpillar: a chain of round green segments crawling in a wave, a big head, stubby legs."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.bugs import BLACK, antennae
from meshforge.engines.text.kit.solids import Vec3, capsule, sphere, union

GREENS: tuple[RGB, ...] = ((120, 190, 60), (90, 170, 70), (150, 200, 70))
STRIPE: tuple[RGB, ...] = ((250, 220, 60), (30, 30, 30), (245, 245, 235))


def build_caterpillar(a: Assembly) -> None:
    """A caterpillar: a chain of round green segments in a wave, a big head, stubby legs."""
    s = a.vary(1.0, 0.1)  # about 6 cm long
    skin = a.pick(GREENS)
    count = a.count("segment", a.pick((9, 10, 11)), 5, 16)
    r = 0.0045 * s
    hump = a.between(0.6, 1.4)  # how high the middle arches as it inches along
    phase = a.between(0.0, math.pi)
    centres: list[Vec3] = []
    for i in range(count):
        t = i / (count - 1)
        sway = math.sin(t * math.pi * 1.5 + phase) * r * 1.2
        rise = math.sin(t * math.pi) ** 2 * r * hump
        centres.append((sway, (t - 0.5) * count * r * 1.45, r + rise))
    balls = [
        sphere(r * (0.85 if i == count - 1 else 1.0), a.segments(r * 0.6), c)
        for i, c in enumerate(centres)
    ]
    a.add(union(balls), "body", skin)
    if a.maybe("stripe", 0.6, "striped", "monarch"):
        bands = [sphere(r * 0.42, 10, (x, y, z + r * 0.72)) for x, y, z in centres[1::2]]
        a.add(union(bands), "stripe", a.pick(STRIPE), Tier.SECONDARY)
    feet = []
    for x, y, z in centres[1:]:
        if z > r * 1.4:  # the arched middle is off the ground
            continue
        for side in (-1, 1):
            feet.append(
                capsule(
                    (x + side * r * 0.5, y, z - r * 0.3),
                    (x + side * r * 0.6, y, r * 0.2),
                    r * 0.22,
                    8,
                )
            )
    if feet:
        a.add(union(feet), "leg", skin)
    hx, hy, hz = centres[0]
    head: Vec3 = (hx, hy - r * 0.9, hz + r * 0.5)
    head_r = r * 1.25
    a.add(sphere(head_r, a.segments(head_r), head), "head", skin)
    set_eyes(a, head, head_r, 35, 10, 0.22)
    a.add(antennae(head, head_r, head_r * 1.1, head_r * 0.4, True), "antenna", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "caterpillar",
    build_caterpillar,
    0.015,
    description="a small green crawling larva made of round segments that turns into a butterfly",
    synonyms=("caterpillars", "inchworm", "silkworm", "larva", "grub"),
    kinds=("hungry caterpillar", "green caterpillar", "monarch caterpillar"),
    not_claimed=(
        "caterpillar bulldozer",
        "caterpillar tractor",
        "caterpillar tracks",
        "caterpillar track",
    ),
    parts=("body", "segment", "stripe", "leg", "head", "eye", "antenna"),
    aliases={
        "segments": "segment",
        "stripes": "stripe",
        "spots": "stripe",
        "feet": "leg",
        "antennae": "antenna",
    },
)
