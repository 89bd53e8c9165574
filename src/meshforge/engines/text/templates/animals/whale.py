"""A whale: a huge streamlined body, a pale belly, broad horizontal flukes, maybe a spout."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.sea_life import (
    fin,
    flipper,
    flukes,
    sea_eyes,
    streamlined,
    two_tone,
)
from meshforge.engines.text.kit.solids import ellipsoid, rod, sphere

BLUES: tuple[RGB, ...] = ((70, 90, 120), (60, 75, 100), (90, 105, 125))
BELLY: RGB = (215, 220, 225)
ORCA_BLACK: RGB = (25, 25, 30)
WHITE: RGB = (245, 245, 242)
WATER: RGB = (170, 210, 240)
SHAPE = (
    (0.03, 0.5),
    (0.1, 0.82),
    (0.25, 1.0),
    (0.45, 0.95),
    (0.65, 0.7),
    (0.82, 0.38),
    (0.95, 0.16),
)


def build_whale(a: Assembly) -> None:
    """A whale: a huge streamlined body, a pale belly, broad horizontal flukes, maybe a spout."""
    orca = a.mentions("orca", "killer")
    length = a.vary(6.0 if orca else 12.0, 0.1)
    radius = length * a.vary(0.12 if orca else 0.11, 0.08)
    skin = ORCA_BLACK if orca else a.pick(BLUES)
    z = radius * 1.05
    torso = streamlined(length, radius, SHAPE, a.segments(radius)).translate((0, 0, z))
    a.add(torso, "body", skin)
    a.add(two_tone(torso, z, -radius * 0.3), "belly", WHITE if orca else BELLY, Tier.SECONDARY)
    thin = radius * 0.1
    a.add(
        flukes(radius * 3.2, radius * 1.2, thin, (0, length * 0.44, z + radius * 0.05)),
        "tail",
        skin,
    )
    tall = radius * (1.6 if orca else 0.4)
    dorsal = [
        (-radius * 0.5, 0.0),
        (radius * 0.5, 0.0),
        (radius * 0.45, tall),
        (radius * 0.1, tall * 0.4),
    ]
    a.add(
        fin(
            dorsal,
            thin * 1.2,
            (0, length * (0.05 if orca else 0.22), z + radius * (0.72 if orca else 0.45)),
        ),
        "fin",
        skin,
    )
    for side in (-1, 1):
        a.add(
            flipper(
                radius * (1.4 if orca else 2.4),
                radius * 0.7,
                thin,
                side,
                (side * radius * 0.75, -length * 0.22, z - radius * 0.45),
                25,
            ),
            "fin",
            skin,
        )
        if orca:
            patch = ellipsoid(
                (radius * 0.08, radius * 0.35, radius * 0.16), a.segments(radius * 0.2)
            )
            a.add(
                patch.translate((side * radius * 0.78, -length * 0.3, z + radius * 0.3)),
                "patch",
                WHITE,
                Tier.FIXED,
            )
    sea_eyes(a, (0, -length * 0.28, z - radius * 0.2), radius * 0.88, 75, 0, radius * 0.06)
    if a.maybe("spout", 0.35, "spouting", "blowing", "water"):
        hole = (0.0, -length * 0.2, z + radius * 0.95)
        top = (0.0, hole[1], hole[2] + radius * 1.6)
        a.add(rod(hole, top, radius * 0.08, 12, radius * 0.14), "spout", WATER, Tier.FIXED)
        for k in range(6):
            drop = (
                radius * 0.35 * (k % 3 - 1),
                hole[1] + radius * 0.3 * (k // 3 - 0.5),
                top[2] + radius * 0.1 * (k % 2),
            )
            a.add(sphere(radius * 0.22, 12, drop), "spout", WATER, Tier.FIXED)


TEMPLATE = Template(
    "whale",
    build_whale,
    3.0,
    description="a gigantic ocean mammal with a tail fluke that spouts water",
    synonyms=("blue whale", "humpback", "humpback whale", "orca", "killer whale", "sperm whale"),
    kinds=(
        "grey whale",
        "gray whale",
        "beluga",
        "narwhal",
        "minke whale",
        "fin whale",
        "moby dick",
        "whale calf",
    ),
    parts=("body", "belly", "tail", "fin", "patch", "eye", "spout"),
    aliases={
        "fluke": "tail",
        "flukes": "tail",
        "flipper": "fin",
        "flippers": "fin",
        "skin": "body",
        "blowhole": "spout",
    },
    kinds_in_wordnet=("whale",),
)
