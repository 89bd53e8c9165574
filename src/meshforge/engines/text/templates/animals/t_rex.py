"""A Tyrannosaurus rex: a huge toothy head, tiny arms, two massive legs, a long tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.saurians import ALIASES, CLAW, PARTS, biped_legs, snout_head, tail
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere

SKINS: tuple[RGB, ...] = ((95, 120, 70), (120, 100, 70), (80, 100, 85), (140, 110, 70))
BELLY: RGB = (215, 205, 165)


def build_t_rex(a: Assembly) -> None:
    """A Tyrannosaurus rex: a huge toothy head, tiny arms, two massive legs, a long tail."""
    size = a.vary(1.0, 0.08)
    skin = a.pick(SKINS)
    raptor = a.mentions("raptor", "velociraptor", "allosaurus")
    r = (0.22 if raptor else 0.5) * size
    z = r * 4.2
    a.add(
        ellipsoid((r * 0.95, r * 2.0, r * 1.05), a.segments(r), (0, 0, z)).rotate((12, 0, 0)),
        "body",
        skin,
    )
    a.add(
        ellipsoid((r * 0.75, r * 1.6, r * 0.7), a.segments(r), (0, -r * 0.3, z - r * 0.45)).rotate(
            (12, 0, 0)
        ),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    neck_top = (0.0, -r * 2.3, z + r * 1.3)
    a.add(
        capsule((0, -r * 1.3, z + r * 0.3), neck_top, r * 0.6, a.segments(r * 0.6), r * 0.5),
        "body",
        skin,
    )
    head_back = (0.0, -r * 2.5, z + r * 1.55)
    snout_head(a, head_back, r * (1.5 if raptor else 1.3), r * 0.55, r * 0.55, skin, teeth=6)
    jaw = ellipsoid(
        (r * 0.42, r * 0.9, r * 0.2),
        a.segments(r * 0.4),
        (0, head_back[1] - r * 0.65, head_back[2] - r * 0.62),
    )
    a.add(jaw, "jaw", skin)
    for side in (-1, 1):
        shoulder = (side * r * 0.55, -r * 1.3, z - r * 0.1)
        elbow = (side * r * 0.65, -r * 1.65, z - r * 0.45)
        hand = (side * r * 0.55, -r * 1.95, z - r * 0.3)
        a.add(capsule(shoulder, elbow, r * 0.13, 10), "arm", skin)
        a.add(capsule(elbow, hand, r * 0.1, 10), "arm", skin)
        a.add(
            sphere(r * 0.08, 8, (hand[0], hand[1] - r * 0.08, hand[2] - r * 0.05)),
            "claw",
            CLAW,
            Tier.FIXED,
        )
    biped_legs(a, r * 0.5, r * 0.75, z - r * 0.2, r * 0.45, skin)
    tail(a, (0, r * 1.7, z + r * 0.1), r * 4.5, r * 0.75, r * 1.2, skin, sway=0.15)
    if raptor:
        for side in (-1, 1):
            a.add(
                ellipsoid((r * 0.2, r * 0.6, r * 0.1), 10, (side * r * 0.6, -r * 1.7, z - r * 0.2)),
                "feather",
                (200, 90, 50),
                Tier.FIXED,
            )


TEMPLATE = Template(
    "t rex",
    build_t_rex,
    4.0,
    description="a huge two-legged meat-eating dinosaur with tiny arms and big teeth",
    synonyms=("t-rex", "trex", "tyrannosaurus", "tyrannosaurus rex", "dinosaur", "dino"),
    kinds=(
        "velociraptor",
        "raptor",
        "allosaurus",
        "spinosaurus",
        "carnotaurus",
        "giganotosaurus",
        "theropod",
        "baby dinosaur",
    ),
    parts=(*PARTS, "arm", "jaw", "feather"),
    aliases={**ALIASES, "hands": "arm"},
)
