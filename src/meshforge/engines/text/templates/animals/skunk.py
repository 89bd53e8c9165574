"""A skunk: a small black animal with a white stripe down its back and a huge raised plume tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import Vec3, box
from meshforge.engines.text.kit.sweeps import tube

SKUNK = Beast(
    length=0.4,
    girth=0.11,
    leg=0.05,
    leg_r=0.025,
    head_r=0.065,
    muzzle=0.9,
    muzzle_r=0.42,
    neck=0.0,
    tilt=10,
    chest=0.9,
    ears="round",
    ear=0.6,
    tail="none",
    coats=((28, 26, 28), (35, 32, 33)),
    droop=0.2,
)
WHITE: RGB = (245, 243, 238)


def build_skunk(a: Assembly) -> None:
    """A skunk: a small black animal with a white stripe down its back, a huge plume tail."""
    b = build_beast(a, SKUNK)
    g = b.girth
    if a.wants("stripe"):
        band = box((g * 0.9, b.length * 1.4, g * 1.2), (0, 0, b.z + g * 1.1))
        blaze = box(
            (b.head_r * 0.35, b.head_r * 3, b.head_r * 2), (0, b.head[1], b.head[2] + b.head_r)
        )
        a.add(skin_pattern(b.body, [band]), "stripe", WHITE, Tier.SECONDARY)
        a.add(skin_pattern(b.neck, [band, blaze]), "stripe", WHITE, Tier.SECONDARY)
    if a.wants("tail"):
        # a thick plume carried straight up over the back, its tip curling back
        sway = a.between(-0.1, 0.1) * g
        plume: list[Vec3] = [
            (0.0, b.length * 0.45, b.z + g * 0.4),
            (0.0, b.length * 0.66, b.z + g * 1.3),
            (sway, b.length * 0.7, b.z + g * 2.4),
            (sway, b.length * a.between(0.5, 0.6), b.z + g * 3.3),
        ]
        tail = tube(plume, g * 0.42, a.segments(g * 0.6), g * 0.62)
        a.add(tail, "tail", b.coat)
        stripe = box((g * 0.7, b.length * 2, g * 8), (sway, b.length * 0.7, b.z))
        a.add(skin_pattern(tail, [stripe], 1.04), "tail stripe", WHITE, Tier.SECONDARY)


TEMPLATE = Template(
    "skunk",
    build_skunk,
    0.35,
    description="a small black animal with a white stripe down its back and a big bushy tail",
    synonyms=("skunks", "polecat", "striped skunk"),
    kinds=("baby skunk", "pepe le pew"),
    parts=(*PARTS, "stripe", "tail stripe"),
    aliases={**ALIASES, "stripes": "stripe"},
)
