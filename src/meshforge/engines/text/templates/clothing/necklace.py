"""A necklace shown hanging: a fine chain (or a string of pearls) with a pendant at its foot."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.jewellery import (
    BEADS,
    GEM_COLORS,
    METALS,
    PEARL,
    bead_string,
    cut_gem,
)
from meshforge.engines.text.kit.solids import Vec3, cylinder, ellipsoid
from meshforge.engines.text.kit.sweeps import hoop, tube


def build_necklace(a: Assembly) -> None:
    """A necklace hanging as on a display: a chain or pearls with a pendant at the bottom."""
    half_w, drop = a.vary(0.07, 0.1), a.vary(0.1, 0.12)
    bottom = 0.035
    metal = a.color("chain", METALS)

    def at(theta: float) -> Vec3:
        # a loop hanging from two points behind the neck, sagging to a soft V at the front
        sag = 1 + 0.25 * (1 - math.cos(theta)) / 2
        return (half_w * math.sin(theta), 0.0, bottom + drop * (1 + math.cos(theta)) * sag / 2.5)

    pearls = a.mentions("pearl", "pearls", "beads", "beaded") or a.chance(0.25)
    if pearls:
        points = [at(2 * math.pi * k / 120) for k in range(120)]
        a.add(
            bead_string(points, 0.0042, 10),
            "chain",
            a.color("beads", PEARL if a.mentions("pearl", "pearls") else BEADS),
        )
    else:
        points = [at(2 * math.pi * k / 36) for k in range(37)]
        a.add(tube(points, 0.0012, 8), "chain", metal)
    if not a.wants("pendant"):
        return
    low = at(math.pi)
    bail = hoop(0.004, 0.0012, 16).rotate((90, 0, 0)).translate((0, 0, low[2] - 0.004))
    a.add(bail, "bail", metal, Tier.FIXED)
    top = low[2] - 0.008
    style = a.pick(("gem", "gem", "locket"))
    if a.mentions("gem", "diamond", "stone", "jewel", "crystal"):
        style = "gem"
    if style == "gem":
        size = a.vary(0.009, 0.15)
        setting = cylinder(size * 1.1, 0.003, 16, (0, 0, 0)).rotate((90, 0, 0))
        a.add(setting.translate((0, 0.0025, top - size * 1.05)), "pendant", metal)
        gem = cut_gem(size, (0, -0.001, top - size * 1.05), facing_front=True)
        a.add(gem, "gem", GEM_COLORS, Tier.SECONDARY)
    else:
        size = a.vary(0.012, 0.15)
        locket = ellipsoid((size, 0.004, size * 1.15), 24, (0, 0, top - size * 1.1))
        a.add(locket, "pendant", metal)


TEMPLATE = Template(
    "necklace",
    build_necklace,
    0.22,
    description="a necklace: a fine gold or silver chain with a jewelled pendant hanging from it",
    synonyms=(
        "pendant necklace",
        "chain necklace",
        "pearl necklace",
        "locket",
        "necklet",
        "gold chain",
        "silver chain",
        "pendant",
    ),
    parts=("chain", "bail", "pendant", "gem", "beads"),
    aliases={
        "pearls": "beads",
        "stone": "gem",
        "jewel": "gem",
        "diamond": "gem",
        "locket": "pendant",
    },
)
