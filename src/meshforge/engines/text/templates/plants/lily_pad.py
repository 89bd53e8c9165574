"""A lily pad: a round floating leaf with a notch cut to its centre."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import blossom, cylinder, prism, sphere, subtract

PADS: tuple[RGB, ...] = ((70, 140, 60), (60, 125, 55), (90, 155, 70))
PETALS: tuple[RGB, ...] = ((245, 200, 220), (250, 250, 245), (240, 150, 190))


def build_lily_pad(a: Assembly) -> None:
    """A lily pad: a round floating leaf with a notch cut to its centre, maybe with a water lily
    flower."""
    radius = a.vary(0.2, 0.15)
    thick = 0.012
    pad = cylinder(radius, thick, a.segments(radius))
    notch = a.between(25, 40)
    t1, t2 = math.radians(-90 - notch / 2), math.radians(-90 + notch / 2)
    wedge = prism(
        [
            (0, 0),
            (radius * 1.5 * math.cos(t1), radius * 1.5 * math.sin(t1)),
            (radius * 1.5 * math.cos(t2), radius * 1.5 * math.sin(t2)),
        ],
        thick * 3,
        (0, 0, -thick),
    )
    a.add(subtract(pad, wedge), "pad", a.pick(PADS))
    for k in range(7):  # veins radiating from the centre
        t = math.radians(-90 + notch + (360 - 2 * notch) * (k + 0.5) / 7)
        vein = cylinder(0.003, radius * 0.85, 6).rotate((0, 90, 0)).rotate((0, 0, math.degrees(t)))
        a.add(vein.translate((0, 0, thick)), "vein", (120, 175, 90), Tier.FIXED)
    if a.maybe("flower", 0.45, "lily", "lotus", "blossom"):
        petal = a.pick(PETALS)
        spot = (radius * 0.25, radius * 0.2, thick)
        for size, lift in ((0.07, 0.0), (0.05, 0.02)):
            a.add(
                blossom(size, 8, 12).translate((spot[0], spot[1], spot[2] + 0.02 + lift)),
                "flower",
                petal,
                Tier.SECONDARY,
            )
        a.add(cylinder(0.02, 0.05, 10, spot), "flower", petal, Tier.SECONDARY)
        a.add(
            sphere(0.015, 10, (spot[0], spot[1], spot[2] + 0.045)),
            "centre",
            (250, 210, 60),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "lily pad",
    build_lily_pad,
    0.03,
    description="a round flat green leaf floating on a pond, sometimes with a water lily",
    synonyms=("lilypad", "lotus leaf", "lily pads", "lily pad leaf", "water lily", "waterlily"),
    kinds=("giant lily pad", "frog pad"),
    parts=("pad", "vein", "flower", "centre"),
    aliases={
        "leaf": "pad",
        "veins": "vein",
        "lily": "flower",
        "center": "centre",
        "petals": "flower",
    },
)
