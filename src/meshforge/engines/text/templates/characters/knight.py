"""A knight in plate armour: great helm with a plume, tabard, shield and sword."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.people import DARK
from meshforge.engines.text.kit.solids import (
    box,
    capsule,
    cylinder,
    lathe,
    rod,
    rounded_box,
    sphere,
    union,
)
from meshforge.engines.text.kit.sweeps import face_prism, tube

STEEL: RGB = (185, 190, 198)


HERALDRY: tuple[RGB, ...] = (
    (180, 30, 35),
    (30, 60, 150),
    (40, 110, 60),
    (240, 240, 235),
    (220, 170, 40),
)


def build_knight(a: Assembly) -> None:
    """A knight in plate armour: great helm with a plume, tabard, shield and sword."""
    scale = a.vary(1.0, 0.05)
    tabard = a.pick(HERALDRY)
    emblem = a.pick(tuple(c for c in HERALDRY if c != tabard))
    hip, shoulder = 0.95 * scale, 1.45 * scale
    for side in (-1, 1):
        x = side * 0.11 * scale
        a.add(
            capsule((x, 0, hip), (x, 0, 0.1 * scale), 0.075 * scale, a.segments(0.075)),
            "armor",
            STEEL,
        )
        a.add(
            rounded_box(
                (0.14 * scale, 0.26 * scale, 0.1 * scale),
                0.03,
                12,
                (x, -0.04 * scale, 0.05 * scale),
            ),
            "boot",
            DARK,
            Tier.FIXED,
        )
    torso = rounded_box(
        (0.42 * scale, 0.26 * scale, 0.6 * scale),
        0.1 * scale,
        a.segments(0.1),
        (0, 0, (hip + shoulder) / 2 + 0.02),
    )
    a.add(torso, "armor", STEEL)
    coat = lathe(
        [
            (0.0, hip - 0.25 * scale),
            (0.25 * scale, hip - 0.25 * scale),
            (0.22 * scale, shoulder - 0.05),
            (0.0, shoulder - 0.05),
        ],
        a.segments(0.25),
    )
    a.add(coat.scale((1.0, 0.62, 1.0)), "tabard", tabard, Tier.SECONDARY)
    cross = union(
        [box((0.05, 0.02, 0.26), (0, 0, 0)), box((0.18, 0.02, 0.05), (0, 0, 0.05))]
    ).scale((scale, 1, scale))
    a.add(
        cross.translate((0, -0.145 * scale, (hip + shoulder) / 2 + 0.05)),
        "emblem",
        emblem,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.24 * scale, 0.06 * scale, a.segments(0.24), (0, 0, hip - 0.05)).scale(
            (1, 0.65, 1)
        ),
        "belt",
        DARK,
        Tier.FIXED,
    )
    for side in (-1, 1):
        top = (side * 0.27 * scale, 0, shoulder - 0.04)
        a.add(sphere(0.1 * scale, a.segments(0.1), top), "armor", STEEL)
        hand = (side * 0.3 * scale, -0.12 * scale, hip)
        a.add(capsule(top, hand, 0.06 * scale, a.segments(0.06)), "armor", STEEL)
        a.add(sphere(0.055 * scale, 12, hand), "glove", DARK, Tier.FIXED)
    helm_z = shoulder + 0.04
    helm = capsule((0, 0, helm_z), (0, 0, helm_z + 0.18 * scale), 0.13 * scale, a.segments(0.13))
    a.add(helm, "helmet", STEEL)
    a.add(
        box((0.18 * scale, 0.1, 0.025 * scale), (0, -0.12 * scale, helm_z + 0.15 * scale)),
        "visor",
        DARK,
        Tier.FIXED,
    )
    if a.wants("plume"):
        plume = tube(
            [
                (0, 0, helm_z + 0.28 * scale),
                (0, 0.08 * scale, helm_z + 0.4 * scale),
                (0, 0.2 * scale, helm_z + 0.38 * scale),
            ],
            0.05 * scale,
            a.segments(0.05),
            0.02 * scale,
        )
        a.add(plume, "plume", tabard, Tier.SECONDARY)
    if a.wants("shield"):
        w, h = 0.42 * scale, 0.55 * scale
        quarter = [k * math.pi / 16 for k in range(9)]
        right = [(w / 2 * math.cos(t) ** 0.7, h * 0.45 * (1 - math.sin(t))) for t in quarter]
        outline = [(-w / 2, h), (w / 2, h), *right, *[(-x, z) for x, z in reversed(right[:-1])]]
        # thick enough to reach back into the left hand
        shield = face_prism(outline, 0.09 * scale).translate(
            (0.36 * scale, -0.175 * scale, hip - 0.2 * scale)
        )
        a.add(shield, "shield", tabard, Tier.SECONDARY)
        mark = union(
            [
                box((0.06, 0.02, h * 0.8), (0, 0, h * 0.5)),
                box((w * 0.7, 0.02, 0.06), (0, 0, h * 0.68)),
            ]
        )
        a.add(
            mark.scale((scale, 1, 1)).translate((0.36 * scale, -0.225 * scale, hip - 0.2 * scale)),
            "emblem",
            emblem,
            Tier.FIXED,
        )
    if a.wants("sword"):
        hand = (-0.3 * scale, -0.12 * scale, hip)
        grip = rod((hand[0], hand[1], hand[2] - 0.08), (hand[0], hand[1], hand[2] + 0.08), 0.018, 8)
        a.add(grip, "sword", DARK, Tier.FIXED)
        a.add(
            box((0.05, 0.012, 0.9 * scale), (hand[0], hand[1], hand[2] + 0.5 * scale)),
            "sword",
            STEEL,
        )
        a.add(
            box((0.2 * scale, 0.04, 0.03), (hand[0], hand[1], hand[2] + 0.07)),
            "sword",
            DARK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "knight",
    build_knight,
    1.9,
    description="a medieval warrior in armour with a sword and shield",
    synonyms=("crusader", "paladin", "templar"),
    kinds=("jouster",),
    not_claimed=("chess knight",),
    parts=(
        "armor",
        "boot",
        "tabard",
        "emblem",
        "belt",
        "glove",
        "helmet",
        "visor",
        "plume",
        "shield",
        "sword",
    ),
    aliases={
        "armour": "armor",
        "helm": "helmet",
        "feather": "plume",
        "crest": "emblem",
        "cross": "emblem",
    },
)
