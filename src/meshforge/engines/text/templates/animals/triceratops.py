"""A triceratops: a bulky four-legged dinosaur with a bony neck frill and three facing horns."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import IVORY
from meshforge.engines.text.kit.saurians import ALIASES, PARTS, pillar_legs, snout_head, tail
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, sphere, union

SKINS: tuple[RGB, ...] = ((110, 130, 90), (150, 120, 80), (100, 110, 120), (170, 130, 80))
FRILL: RGB = (190, 110, 70)


def build_triceratops(a: Assembly) -> None:
    """A triceratops: a bulky four-legged dinosaur with a bony neck frill and three facing horns."""
    size = a.vary(1.0, 0.08)
    skin = a.pick(SKINS)
    r = 0.75 * size
    z = r * 1.9
    a.add(ellipsoid((r * 1.05, r * 2.1, r * 1.0), a.segments(r), (0, 0, z)), "body", skin)
    pillar_legs(a, (-r * 1.3, r * 1.3), r * 0.65, z - r * 0.2, r * 0.3, skin)
    back = (0.0, -r * 2.3, z - r * 0.05)
    tip = snout_head(a, back, r * 1.0, r * 0.55, r * 0.55, skin)
    a.add(
        cylinder(r * 0.16, r * 0.35, 10, top_radius=0.0)
        .rotate((-35, 0, 0))
        .translate((0, tip[1] + r * 0.15, tip[2] + r * 0.15)),
        "horn",
        IVORY,
        Tier.FIXED,
    )
    if a.wants("frill"):
        frill = ellipsoid((r * 1.0, r * 0.12, r * 0.85), a.segments(r)).rotate((-35, 0, 0))
        a.add(
            frill.translate((0, back[1] + r * 0.45, back[2] + r * 0.55)),
            "frill",
            FRILL,
            Tier.SECONDARY,
        )
        knobs = []
        for k in range(9):
            angle = math.radians(-80 + 160 * k / 8)
            knobs.append(
                sphere(
                    r * 0.09,
                    8,
                    (
                        r * 0.95 * math.sin(angle),
                        back[1] + r * 0.45 + r * 0.55 * math.cos(angle) * 0.57,
                        back[2] + r * 0.55 + r * 0.8 * math.cos(angle) * 0.82,
                    ),
                )
            )
        a.add(union(knobs), "frill", IVORY, Tier.FIXED)
    if a.wants("horn"):
        for side in (-1, 1):
            horn = cylinder(r * 0.13, r * 1.3, 12, top_radius=0.0).rotate((-62, 0, side * 10))
            a.add(
                horn.translate((side * r * 0.3, back[1] - r * 0.1, back[2] + r * 0.35)),
                "horn",
                IVORY,
                Tier.FIXED,
            )
    tail(a, (0, r * 1.8, z + r * 0.1), r * 2.2, r * 0.45, r * 0.9, skin, sway=0.15)


TEMPLATE = Template(
    "triceratops",
    build_triceratops,
    3.0,
    description="a plant-eating dinosaur with three horns and a bony frill",
    synonyms=("horned dinosaur",),
    kinds=("torosaurus", "styracosaurus", "protoceratops", "ceratopsian"),
    parts=(*PARTS, "horn", "frill"),
    aliases={**ALIASES, "shield": "frill", "crest": "frill"},
)
