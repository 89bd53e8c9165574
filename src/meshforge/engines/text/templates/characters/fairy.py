"""A fairy: a small figure in a petal dress with gossamer wings, a wand with a star and a bun."""

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
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.people import STAR
from meshforge.engines.text.kit.solids import prism, rod

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
            bottom=dress,
            shoes=dress,
            hair=hair,
            dress=True,
            pose="wave",
            girth=0.8,
            height=a.vary(0.8, 0.05),
            head_size=1.15,
        ),
    )
    s = f.scale
    if a.wants("wing"):
        wings(a, f, WINGS, a.between(1.0, 1.35))
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
