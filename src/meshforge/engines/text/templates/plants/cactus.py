"""A saguaro-style cactus with one or two arms, in a terracotta pot unless told otherwise."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import blossom, capsule, cylinder, vessel

TERRACOTTA: RGB = (195, 105, 70)


def build_cactus(a: Assembly) -> None:
    """A saguaro-style cactus with one or two arms, in a terracotta pot unless told otherwise."""
    has_pot = a.wants("pot")
    pot_h = 0.12 if has_pot else 0.0
    height, radius = a.vary(0.32, 0.15), a.vary(0.045, 0.15)
    green = a.pick(((70, 140, 70), (90, 150, 80), (60, 120, 90)))
    base = pot_h - 0.02
    a.add(capsule((0, 0, base), (0, 0, base + height), radius, a.segments(radius)), "body", green)
    for side in a.pick(((-1,), (1,), (-1, 1))):
        z0, reach = base + height * a.between(0.3, 0.5), radius * a.between(1.8, 2.4)
        arm_r = radius * 0.7
        elbow = (side * reach, 0, z0)
        a.add(capsule((0, 0, z0), elbow, arm_r, a.segments(arm_r)), "arm", green)
        a.add(
            capsule(
                elbow,
                (side * reach, 0, z0 + height * a.between(0.2, 0.35)),
                arm_r,
                a.segments(arm_r),
            ),
            "arm",
            green,
        )
    if a.maybe("flower", 0.5, "flowering", "blooming"):
        bloom = blossom(radius * 0.9, 6, a.segments(radius * 0.4))
        a.add(
            bloom.translate((0, 0, base + height + radius * 0.9)),
            "flower",
            (235, 90, 150),
            Tier.SECONDARY,
        )
    if has_pot:
        outer = [(0.06, 0.0), (0.08, pot_h - 0.02), (0.085, pot_h - 0.02), (0.085, pot_h)]
        a.add(vessel(outer, 0.008, 0.01, a.segments(0.08)), "pot", TERRACOTTA, Tier.SECONDARY)
        # soil fills the pot from the floor: a thin layer would seal an empty void under it
        a.add(
            cylinder(0.062, pot_h - 0.025, a.segments(0.07), (0, 0, 0.005), 0.078),
            "soil",
            (80, 55, 35),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "cactus",
    build_cactus,
    0.45,
    description="a spiny desert plant",
    synonyms=("saguaro",),
    kinds=(
        "aloe",
        "aloe vera",
        "agave",
        "cholla",
        "barrel cactus",
        "christmas cactus",
        "cactus plant",
    ),
    parts=("body", "arm", "flower", "pot", "soil"),
    aliases={"planter": "pot"},
    kinds_in_wordnet=("cactus",),
)
