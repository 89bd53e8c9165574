"""A T-shirt laid flat and stood up: the body, two short sleeves, a round neck."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import CLOTHES, SPORTY, WHITE, front_plate
from meshforge.engines.text.kit.solids import subtract
from meshforge.engines.text.kit.sweeps import front_disc


def build_t_shirt(a: Assembly) -> None:
    """A T-shirt laid flat and stood up: the body, two short sleeves, a round neck."""
    width = a.vary(0.5, 0.08)
    height = width * a.between(1.25, 1.4)
    long_sleeve = a.mentions("long", "sweatshirt", "jumper", "sweater", "hoodie")
    half = width / 2
    shoulder = height * 0.97
    sleeve_reach = half * (2.3 if long_sleeve else 1.55)
    sleeve_drop = height * (0.75 if long_sleeve else 0.27)
    outline = [
        (-half, 0.0),
        (half, 0.0),
        (half, height * 0.68),
        (half + (sleeve_reach - half) * 0.7, shoulder - sleeve_drop - 0.02),
        (sleeve_reach, shoulder - sleeve_drop + 0.04),
        (half * 1.2, shoulder - 0.01),
        (half * 0.35, height),
        (-half * 0.35, height),
        (-half * 1.2, shoulder - 0.01),
        (-sleeve_reach, shoulder - sleeve_drop + 0.04),
        (-half - (sleeve_reach - half) * 0.7, shoulder - sleeve_drop - 0.02),
        (-half, height * 0.68),
    ]
    depth = 0.03
    color = a.pick((*SPORTY, *CLOTHES, WHITE))
    shirt = front_plate(outline, depth, round_r=0.015)
    neck = front_disc(half * 0.38, depth * 3, 32, 0, height + half * 0.16)
    a.add(subtract(shirt, neck), "shirt", color)
    collar = subtract(
        front_disc(half * 0.45, depth * 1.2, 32, 0, height + half * 0.16),
        front_disc(half * 0.37, depth * 3, 32, 0, height + half * 0.16),
    )
    a.add(
        collar ^ front_plate(outline, depth * 1.2, round_r=0.015), "collar", color, Tier.SECONDARY
    )
    if a.maybe("print", 0.45, "logo", "graphic", "design"):
        a.add(
            front_disc(width * 0.18, 0.006, 32, 0, height * 0.62, -depth / 2),
            "print",
            a.pick([c for c in SPORTY if c != color]),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "t shirt",
    build_t_shirt,
    0.7,
    description="a short-sleeved cotton shirt in the shape of a T",
    synonyms=("t-shirt", "tshirt", "tee shirt", "tee", "shirt", "jersey"),
    kinds=("sweatshirt", "long sleeve shirt", "polo shirt", "football shirt"),
    parts=("shirt", "collar", "print"),
    aliases={"sleeve": "shirt", "logo": "print", "graphic": "print", "neck": "collar"},
)
