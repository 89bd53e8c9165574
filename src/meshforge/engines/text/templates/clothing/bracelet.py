"""A bracelet lying flat: a ring of beads on a cord, or a metal bangle set with small stones."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.jewellery import BEADS, GEM_COLORS, METALS, bead_string, cut_gem
from meshforge.engines.text.kit.solids import union
from meshforge.engines.text.kit.sweeps import hoop


def build_bracelet(a: Assembly) -> None:
    """A bracelet lying flat: a ring of beads on a cord, or a metal bangle set with stones."""
    radius = a.vary(0.032, 0.08)
    beaded = a.mentions("bead", "beads", "beaded", "pearl") or (
        not a.mentions("bangle", "gold", "silver") and a.chance(0.6)
    )
    if beaded:
        bead_r = a.vary(0.0055, 0.15)
        angles = [2 * math.pi * k / 96 for k in range(96)]
        points = [(radius * math.cos(t), radius * math.sin(t), bead_r) for t in angles]
        a.add(bead_string(points, bead_r, 12), "beads", BEADS)
        if a.maybe("charm", 0.5, "charms"):
            charm = cut_gem(bead_r * 1.3, (radius + bead_r * 1.8, 0, bead_r), facing_front=False)
            a.add(charm.rotate((0, 0, -90)), "charm", GEM_COLORS, Tier.SECONDARY)
        return
    band = a.between(0.0025, 0.004)
    bangle = hoop(radius, band, 64).scale((1, 1, 1.6)).translate((0, 0, band * 1.6))
    metal = a.color("band", METALS)
    a.add(bangle, "band", metal)
    if a.maybe("gem", 0.7, "gems", "stones", "jewelled", "jeweled"):
        stones = a.pick((3, 5, 7))
        gems = [
            cut_gem(
                band * 1.3,
                (
                    radius * math.cos(math.pi * k / 9),
                    -radius * math.sin(math.pi * k / 9),
                    band * 3.4,
                ),
            )
            for k in range(-(stones // 2), stones // 2 + 1)
        ]
        a.add(union(gems).rotate((0, 0, 90)), "gem", GEM_COLORS, Tier.SECONDARY)


TEMPLATE = Template(
    "bracelet",
    build_bracelet,
    0.012,
    description="a bracelet: a ring of beads or a metal bangle worn around the wrist",
    synonyms=(
        "bangle",
        "beaded bracelet",
        "bead bracelet",
        "charm bracelet",
        "wristband bracelet",
        "friendship bracelet",
        "cuff bracelet",
    ),
    parts=("beads", "band", "gem", "charm"),
    aliases={"bead": "beads", "stones": "gem", "stone": "gem", "gems": "gem", "charms": "charm"},
)
