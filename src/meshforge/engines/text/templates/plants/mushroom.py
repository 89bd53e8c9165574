"""A toadstool: a thick stem under a domed cap, spotted when red."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, dome, lathe, sphere

CAPS: tuple[RGB, ...] = ((205, 40, 35), (150, 95, 55), (200, 150, 90), (215, 60, 40))


CREAM: RGB = (240, 232, 205)


def build_mushroom(a: Assembly) -> None:
    """A toadstool: a thick stem under a domed cap, spotted when red."""
    height, cap_r = a.vary(0.16, 0.15), a.vary(0.1, 0.15)
    stem_r = cap_r * a.vary(0.35, 0.15)
    stem = [
        (0.0, 0.0),
        (stem_r * 1.25, 0.0),
        (stem_r * 1.1, height * 0.3),
        (stem_r * 0.9, height * 0.85),
        (0.0, height * 0.85),
    ]
    a.add(lathe(stem, a.segments(stem_r)), "stem", CREAM, Tier.SECONDARY)
    cap_color = a.pick(CAPS)
    squash = a.vary(0.65, 0.2)
    a.add(
        dome((cap_r, cap_r, cap_r * squash), a.segments(cap_r), (0, 0, height * 0.8)),
        "cap",
        cap_color,
    )
    a.add(
        cylinder(cap_r * 0.98, height * 0.06, a.segments(cap_r), (0, 0, height * 0.76)),
        "gill",
        CREAM,
        Tier.FIXED,
    )
    if a.wants("spot") and (
        (cap_color[0] > 190 and cap_color[1] < 100) or a.mentions("spot", "spotted")
    ):
        for _ in range(a.pick((7, 9, 11))):
            theta, phi = a.between(0, 2 * math.pi), a.between(0.15, 1.2)
            direction = np.array(
                [math.sin(phi) * math.cos(theta), math.sin(phi) * math.sin(theta), math.cos(phi)]
            )
            size = cap_r * a.between(0.1, 0.16)
            # sunk mostly into the cap, so each spot shows as a low disc rather than a ball
            radii = np.array([cap_r, cap_r, cap_r * squash]) - size * 0.6
            spot = np.array([0, 0, height * 0.8]) + direction * radii
            a.add(sphere(size, a.segments(size), tuple(spot)), "spot", (250, 250, 245), Tier.FIXED)


TEMPLATE = Template(
    "mushroom",
    build_mushroom,
    0.2,
    description="a fungus with a cap on a stem",
    synonyms=("toadstool", "fungus"),
    kinds=(
        "chanterelle",
        "porcini",
        "morel",
        "shiitake",
        "portobello",
        "champignon",
        "puffball",
        "amanita",
        "button mushroom",
        "oyster mushroom",
        "magic mushroom",
    ),
    parts=("cap", "stem", "spot", "gill"),
    aliases={"dot": "spot", "stalk": "stem"},
    kinds_in_wordnet=("mushroom",),
)
