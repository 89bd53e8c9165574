"""The plant archetype: a clump of leafy stalks rising from a mound of soil (or a pot).

"A fern" or "a venus flytrap" becomes a generic green plant in the prompt's colours: a few
stalks of seeded height, each with leaves up its length, from soil, in a pot when the prompt
says so.
"""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GREENS
from meshforge.engines.text.kit.solids import capsule, cylinder, dome, ellipsoid

CATEGORY = "plants"
SOIL = (95, 70, 50)
POTS = ((190, 100, 60), (235, 235, 230), (70, 70, 75))


def build_plant(a: Assembly) -> None:
    """Stalks with paired leaves from a soil mound, potted when asked for."""
    height = a.vary(0.5, 0.25)
    spread = height * 0.35
    base = 0.0
    if a.maybe("pot", 0.3, "potted", "planter"):
        pot_h = height * 0.35
        a.add(
            cylinder(spread * 0.55, pot_h, a.segments(spread), (0.0, 0.0, 0.0), spread * 0.75),
            "pot",
            POTS,
            Tier.SECONDARY,
        )
        base = pot_h
    a.add(
        dome((spread * 0.7, spread * 0.7, spread * 0.18), a.segments(spread), (0.0, 0.0, base)),
        "soil",
        SOIL,
        Tier.FIXED,
    )
    green = a.color("leaf", GREENS)
    stalks = a.count("stalk", a.pick((3, 4, 5)), 1, 9)
    for k in range(stalks):
        angle = 2 * math.pi * k / stalks + a.between(-0.3, 0.3)
        lean = a.between(0.15, 0.4)
        tall = height * a.between(0.6, 1.0)
        top = (math.cos(angle) * tall * lean, math.sin(angle) * tall * lean, base + tall)
        a.add(
            capsule((0.0, 0.0, base + 0.01), top, height * 0.012, 8, height * 0.007), "stalk", green
        )
        for j in range(1, 5):
            t = j / 4.5
            at = (top[0] * t, top[1] * t, base + (top[2] - base) * t)
            size = height * 0.1 * (1.15 - t * 0.5)
            for side in (-1, 1):
                turn = math.degrees(angle) + side * 70
                leaf = ellipsoid((size, size * 0.35, size * 0.05), 12, (size * 0.9, 0.0, 0.0))
                leaf = leaf.rotate((0, -20, turn)).translate(at)
                a.add(leaf, "leaf", green)


TEMPLATE = Template(
    "plant",
    build_plant,
    0.5,
    description="a plant of no particular kind: leafy stalks from the soil",
    parts=("leaf", "stalk", "soil", "pot"),
    aliases={"leaves": "leaf", "stem": "stalk", "stems": "stalk", "planter": "pot"},
)
