"""A firefighter: tan turnout coat with reflective bands, red helmet, air tank and an axe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)
from meshforge.engines.text.kit.solids import box, cylinder, dome, rod, union

COATS: tuple[RGB, ...] = ((200, 170, 100), (230, 190, 40), (40, 40, 45))
HELMETS: tuple[RGB, ...] = ((200, 30, 30), (240, 200, 40), (30, 30, 32))
BAND: RGB = (230, 235, 120)
TANK: RGB = (190, 192, 198)
HANDLE: RGB = (170, 40, 35)
STEEL: RGB = (200, 204, 210)


def build_firefighter(a: Assembly) -> None:
    """A firefighter: tan turnout coat with reflective bands, red helmet, air tank and an axe."""
    coat = a.pick(COATS)
    f = build_figure(
        a,
        Outfit(
            top=coat, bottom=coat, hair=None, coat=0.35, pose="hold", girth=1.12, glove=(35, 35, 38)
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    for z in (f.waist_z - 0.22 * s, f.waist_z + 0.05 * s, 0.35 * s):
        ring = cylinder(0.3 * s, 0.04 * s, a.segments(0.3), (0, 0, z)).scale((1.0, 0.62, 1.0))
        if z < 0.5 * s:
            ring = union(
                [cylinder(0.085 * s, 0.04 * s, 16, (side * 0.11 * s, 0, z)) for side in (-1, 1)]
            )
        a.add(ring, "stripe", BAND, Tier.FIXED)
    if a.wants("helmet"):
        base = hz + r * 0.2
        helmet = union(
            [
                dome((r * 1.18, r * 1.25, r * 1.15), a.segments(r), (hx, hy, base)),
                cylinder(r * 1.3, r * 0.08, a.segments(r), (hx, hy + r * 0.35, base)).scale(
                    (1, 1.35, 1)
                ),
                box((r * 0.2, r * 2.0, r * 0.3), (hx, hy, base + r * 1.05)),
            ]
        )
        a.add(helmet, "helmet", HELMETS, Tier.SECONDARY)
        a.add(
            box((r * 0.7, r * 0.3, r * 0.5), (hx, hy - r * 1.1, base + r * 0.55)),
            "badge",
            (240, 200, 60),
            Tier.FIXED,
        )
    if a.wants("tank"):
        for side in (-1, 1):
            a.add(
                cylinder(
                    0.075 * s, 0.5 * s, 16, (side * 0.08 * s, 0.2 * s, f.shoulder_z - 0.55 * s)
                ),
                "tank",
                TANK,
                Tier.FIXED,
            )
    if a.wants("axe"):
        hand = f.hands[0]
        a.add(
            rod(
                (hand[0], hand[1], hand[2] - 0.2 * s),
                (hand[0], hand[1], hand[2] + 0.55 * s),
                0.018 * s,
                8,
            ),
            "axe",
            HANDLE,
            Tier.FIXED,
        )
        head = box((0.035 * s, 0.22 * s, 0.1 * s), (hand[0], hand[1] - 0.06 * s, hand[2] + 0.5 * s))
        a.add(head, "axe", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "firefighter",
    build_firefighter,
    1.9,
    description="a fireman in a heavy coat with reflective stripes, red helmet and an air tank",
    synonyms=("fireman", "firewoman", "fire fighter", "fire man"),
    kinds=("fire chief",),
    parts=(*FIGURE_PARTS, "stripe", "helmet", "badge", "tank", "axe"),
    aliases={
        **FIGURE_ALIASES,
        "band": "stripe",
        "hat": "helmet",
        "air tank": "tank",
        "oxygen tank": "tank",
    },
)
