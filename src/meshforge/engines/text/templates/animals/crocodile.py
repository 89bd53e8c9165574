"""A crocodile: a long low armoured body, toothy snout, sprawling legs, heavy tail."""

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

SKINS: tuple[RGB, ...] = ((75, 95, 55), (90, 100, 60), (60, 80, 50))
BELLY: RGB = (200, 195, 150)


def build_crocodile(a: Assembly) -> None:
    """A crocodile: a long low armoured body, toothy snout, sprawling legs, heavy tail."""
    size = a.vary(1.0, 0.1)
    skin = a.pick(SKINS)
    r = 0.2 * size
    z = r * 1.05
    a.add(ellipsoid((r * 1.15, r * 3.2, r * 0.75), a.segments(r), (0, 0, z)), "body", skin)
    a.add(
        ellipsoid((r * 0.95, r * 2.8, r * 0.45), a.segments(r), (0, 0, z - r * 0.35)),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    snout = 1.0 if a.mentions("gator", "alligator") else 1.25
    back = (0.0, -r * 3.3, z + r * 0.05)
    a.add(ellipsoid((r * 0.75, r * 0.7, r * 0.5), a.segments(r), (0, -r * 2.9, z)), "body", skin)
    snout_head(a, back, r * 2.6 * snout, r * 0.55, r * 0.42, skin, teeth=7)
    sprawl_legs(a, (-r * 1.9, r * 1.8), r * 0.8, z - r * 0.1, r * 1.4, r * 0.26, skin)
    tail(a, (0, r * 2.6, z), r * 6.0, r * 0.65, r * 0.75, skin, sway=0.18)
    if a.wants("scute"):
        ridge = []
        for k in range(12):
            x, y = (-1) ** k * r * 0.35, -r * 2.0 + k * r * 0.4
            rise = 1 - (x / (r * 1.15)) ** 2 - (y / (r * 3.2)) ** 2
            ridge.append((x, y, z + r * 0.75 * max(0.0, rise) ** 0.5 - r * 0.03))
        spikes(a, ridge, r * 0.13, (55, 70, 42), "scute")


TEMPLATE = Template(
    "crocodile",
    build_crocodile,
    0.5,
    description="a big reptile with a long toothy snout that lurks in rivers",
    synonyms=("croc", "alligator", "gator", "caiman"),
    kinds=("gharial", "saltwater crocodile", "nile crocodile", "crocodilian"),
    parts=(*PARTS, "scute"),
    aliases={**ALIASES, "ridges": "scute", "armor": "scute", "armour": "scute", "spikes": "scute"},
)
