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
from meshforge.engines.text.kit.solids import ellipsoid

SKINS: tuple[RGB, ...] = ((110, 160, 70), (150, 130, 80), (80, 150, 120), (190, 150, 80))
BELLY: RGB = (225, 215, 170)


def build_lizard(a: Assembly) -> None:
    """A lizard: a slim scaly body on splayed legs, a pointed head and a long thin tail."""
    size = a.vary(1.0, 0.1)
    skin = a.pick(SKINS)
    r = 0.022 * size
    z = r * 1.5
    a.add(ellipsoid((r * 1.05, r * 3.0, r * 0.75), a.segments(r), (0, 0, z)), "body", skin)
    a.add(
        ellipsoid((r * 0.9, r * 2.6, r * 0.5), a.segments(r), (0, 0, z - r * 0.3)),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    neck = (0.0, -r * 2.8, z + r * 0.35)
    a.add(ellipsoid((r * 0.7, r * 0.9, r * 0.6), a.segments(r), neck), "body", skin)
    snout_head(a, (0.0, -r * 3.6, z + r * 0.55), r * 1.4, r * 0.7, r * 0.55, skin)
    sprawl_legs(a, (-r * 1.8, r * 1.7), r * 0.75, z - r * 0.1, r * 1.8, r * 0.24, skin)
    tail(a, (0, r * 2.5, z), r * 7.5, r * 0.6, r * 0.9, skin, sway=0.35)
    if a.mentions("iguana", "dragon", "bearded") and a.wants("spike"):
        ridge = [(0.0, -r * 3.2 + k * r * 0.55, z + r * 0.7) for k in range(9)]
        spikes(a, ridge, r * 0.25, (200, 180, 120), "spike")


TEMPLATE = Template(
    "lizard",
    build_lizard,
    0.06,
    description="a small scaly reptile with four legs and a long tail",
    synonyms=("gecko", "iguana", "salamander", "newt", "skink"),
    kinds=("bearded dragon", "komodo dragon", "monitor lizard", "chameleon", "anole", "axolotl"),
    parts=(*PARTS, "spike"),
    aliases={**ALIASES, "crest": "spike"},
)
