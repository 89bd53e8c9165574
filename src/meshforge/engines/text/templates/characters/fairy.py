"""A fairy: a small figure in a petal skirt with large gossamer wings and a wand with a star."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import bun, long_hair, wings
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Figure,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.people import STAR
from meshforge.engines.text.kit.solids import ellipsoid, prism, rod

DRESSES: tuple[RGB, ...] = (
    (240, 150, 200),
    (150, 210, 140),
    (170, 200, 245),
    (200, 160, 240),
    (250, 220, 120),
)
WINGS: tuple[RGB, ...] = ((210, 235, 250), (245, 215, 240), (225, 250, 220))


def build_fairy(a: Assembly) -> None:
    """A fairy: a small figure in a petal dress with gossamer wings and a wand with a star."""
    dress = a.pick(DRESSES)
    hair = a.pick((*HAIRS, (250, 220, 140)))
    f = build_figure(
        a,
        Outfit(
            top=dress,
            bottom=a.pick(((250, 240, 225), (235, 200, 170))),
            shoes=dress,
            hair=hair,
            pose="wave",
            girth=0.8,
            height=a.vary(0.8, 0.05),
            head_size=1.15,
        ),
    )
    s = f.scale
    _petal_skirt(a, f, dress)
    if a.wants("wing"):
        # large gossamer wings: the fairy's outline from every side
        wings(a, f, WINGS, a.between(1.45, 1.75))
    if a.chance(0.5):
        bun(a, f, hair)
    else:
        long_hair(a, f, hair, a.between(0.6, 1.2))
    if a.wants("wand"):
        hand = f.hands[1]
        tip = (hand[0] + 0.05 * s, hand[1] - 0.05 * s, hand[2] + 0.3 * s)
        a.add(
            rod((hand[0], hand[1], hand[2] - 0.05 * s), tip, 0.01 * s, 8),
            "wand",
            (245, 245, 240),
            Tier.FIXED,
        )
        points = []
        for k in range(10):
            angle = math.pi / 2 + k * math.pi / 5
            radius = (0.07 if k % 2 == 0 else 0.03) * s
            points.append(
                (tip[0] + radius * math.cos(angle), tip[2] + 0.03 * s + radius * math.sin(angle))
            )
        star = (
            prism([(x, -z) for x, z in points], 0.02 * s)
            .rotate((-90, 0, 0))
            .translate((0, tip[1] + 0.01 * s, 0))
        )
        a.add(star, "star", STAR, Tier.FIXED)


def _petal_skirt(a: Assembly, f: Figure, color: RGB) -> None:
    """A short skirt of pointed petals hanging round the hips, flared out, a fairy's own."""
    s = f.scale
    girth = -f.chest_y / (0.12 * s)
    count = a.pick((7, 8, 9))
    ring = 0.17 * s * girth
    top = f.waist_z + 0.08 * s
    for k in range(count):
        angle = 360.0 * k / count
        petal = ellipsoid((0.075 * s, 0.02 * s, 0.17 * s), 12).translate((0, 0, -0.15 * s))
        # hung from the waist, tipped out from the body and turned to face outwards
        petal = petal.rotate((0, -28, 0)).translate((ring, 0, top)).rotate((0, 0, angle))
        a.add(petal.scale((1.0, 0.85, 1.0)), "body", color)


TEMPLATE = Template(
    "fairy",
    build_fairy,
    1.5,
    description="a little winged fairy in a pastel dress holding a magic wand with a star",
    synonyms=("pixie", "fairies", "sprite", "fairy godmother", "tooth fairy", "tinkerbell"),
    kinds=("faerie", "fae", "sugar plum fairy"),
    not_claimed=("fairy lights", "fairy tale", "fairy cake"),
    parts=(*FIGURE_PARTS, "wing", "wand", "star"),
    aliases={**FIGURE_ALIASES, "dress": "body", "wings": "wing", "skirt": "leg"},
)
