"""A lizard: a slim scaly body on splayed legs, a pointed head and a long thin tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.saurians import (
    ALIASES,
    PARTS,
    snout_head,
    spikes,
    sprawl_legs,
    tail,
)
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere, union

SKINS: tuple[RGB, ...] = ((110, 175, 60), (90, 170, 110), (150, 185, 60), (200, 150, 70))
SPOTS: RGB = (240, 225, 150)
BELLY: RGB = (225, 215, 170)


def build_lizard(a: Assembly) -> None:
    """A lizard: a slim scaly body on splayed legs, a pointed head and a long thin tail.

    What tells it from a crocodile: it stands up on its legs with the head raised on a slim
    neck, the head is short and pointed with no teeth showing, the tail is thin and whips to
    one side, its toes spread like fingers, and its skin is bright, often with pale spots.
    """
    size = a.vary(1.0, 0.1)
    skin = a.pick(SKINS)
    r = 0.022 * size
    z = r * 2.0
    a.add(ellipsoid((r * 0.95, r * 3.0, r * 0.75), a.segments(r), (0, 0, z)), "body", skin)
    a.add(
        ellipsoid((r * 0.8, r * 2.6, r * 0.5), a.segments(r), (0, 0, z - r * 0.3)),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    neck = (0.0, -r * 3.0, z + r * 0.6)
    a.add(
        capsule((0, -r * 2.2, z + r * 0.1), neck, r * 0.62, a.segments(r), r * 0.55), "body", skin
    )
    snout_head(a, (0.0, -r * 3.7, z + r * 1.0), r * 1.25, r * 0.68, r * 0.55, skin)
    hips = (-r * 1.8, r * 1.7)
    width, reach, leg_r = r * 0.75, r * 2.1, r * 0.22
    sprawl_legs(a, hips, width, z - r * 0.1, reach, leg_r, skin)
    for y in hips:
        for side in (-1, 1):
            # three long toes fanning out from each foot, as a gecko's
            foot = (side * (width + reach * 0.75), y - leg_r * 1.6, leg_r * 0.4)
            for turn in (-40, 0, 40):
                toe = capsule((0, 0, 0), (0, -r * 0.75, 0), leg_r * 0.35, 8, leg_r * 0.25)
                toe = toe.rotate((0, 0, side * -30 + turn)).translate(foot)
                a.add(toe, "leg", skin)
    tail(a, (0, r * 2.5, z), r * 8.0, r * 0.55, r * 1.6, skin, sway=0.45)
    if a.mentions("iguana", "dragon", "bearded") and a.wants("spike"):
        ridge = [(0.0, -r * 3.2 + k * r * 0.55, z + r * 0.7) for k in range(9)]
        spikes(a, ridge, r * 0.25, (200, 180, 120), "spike")
    elif a.maybe("spot", 0.6, "spots", "spotted", "gecko"):
        spots = [
            sphere(r * 0.22, 10, (x * r * 0.45, -r * 1.8 + k * r * 0.75, z + r * 0.62))
            for k in range(6)
            for x in (-1, 1)
        ]
        a.add(union(spots), "spot", SPOTS, Tier.SECONDARY)


TEMPLATE = Template(
    "lizard",
    build_lizard,
    0.06,
    description="a small scaly reptile with four legs and a long tail",
    synonyms=("gecko", "iguana", "salamander", "newt", "skink"),
    kinds=("bearded dragon", "komodo dragon", "monitor lizard", "chameleon", "anole"),
    parts=(*PARTS, "spike", "spot"),
    aliases={**ALIASES, "crest": "spike"},
    kinds_in_wordnet=("lizard",),
)
