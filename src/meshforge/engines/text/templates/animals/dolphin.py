"""A dolphin: a sleek grey body as if leaping, a beaked snout, curved dorsal fin, flukes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Part, Tier
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
from meshforge.engines.text.kit.solids import capsule

GREYS: tuple[RGB, ...] = ((120, 135, 150), (105, 120, 140), (140, 150, 165))
BELLY: RGB = (225, 228, 232)
SHAPE = ((0.05, 0.45), (0.14, 0.85), (0.3, 1.0), (0.5, 0.9), (0.7, 0.6), (0.88, 0.28), (0.97, 0.15))


def build_dolphin(a: Assembly) -> None:
    """A dolphin: a sleek grey body as if leaping, a beaked snout, curved dorsal fin, flukes."""
    length = a.vary(2.2, 0.08)
    radius = length * a.vary(0.1, 0.06)
    grey = a.pick(GREYS)
    if a.mentions("pink", "river dolphin"):
        grey = (235, 165, 175)
    z = radius * 1.1
    torso = streamlined(length * 0.9, radius, SHAPE, a.segments(radius)).translate(
        (0, length * 0.05, z)
    )
    a.add(torso, "body", grey)
    a.add(two_tone(torso, z, -radius * 0.2), "belly", BELLY, Tier.SECONDARY)
    beak_from = (0.0, -length * 0.38, z - radius * 0.2)
    beak_to = (0.0, -length * 0.5, z - radius * 0.3)
    a.add(
        capsule(beak_from, beak_to, radius * 0.28, a.segments(radius * 0.3), radius * 0.2),
        "snout",
        grey,
    )
    thin = radius * 0.12
    dorsal = [
        (-radius * 0.7, 0.0),
        (radius * 0.6, 0.0),
        (radius * 1.0, radius * 1.0),
        (radius * 0.5, radius * 0.85),
    ]
    a.add(fin(dorsal, thin, (0, 0.0, z + radius * 0.75)), "fin", grey)
    a.add(flukes(radius * 2.6, radius * 0.9, thin, (0, length * 0.46, z)), "tail", grey)
    for side in (-1, 1):
        a.add(
            flipper(
                radius * 1.3,
                radius * 0.5,
                thin,
                side,
                (side * radius * 0.7, -length * 0.2, z - radius * 0.4),
                35,
            ),
            "fin",
            grey,
        )
    sea_eyes(a, (0, -length * 0.3, z), radius * 0.75, 70, 10, radius * 0.08)
    # a gentle leap: the whole dolphin is pitched nose-up
    tilt = a.between(0, 18) if not a.mentions("swimming") else 0.0
    if tilt:
        for index, part in enumerate(a.parts):
            a.parts[index] = Part(part.solid.rotate((-tilt, 0, 0)), part.role, part.rgb)


TEMPLATE = Template(
    "dolphin",
    build_dolphin,
    0.8,
    description="a friendly grey sea mammal with a beak-like snout and a curved fin",
    synonyms=("porpoise", "bottlenose", "bottlenose dolphin"),
    kinds=(
        "river dolphin",
        "dolphin calf",
    ),
    parts=("body", "belly", "snout", "fin", "tail", "eye"),
    aliases={
        "beak": "snout",
        "fluke": "tail",
        "flukes": "tail",
        "flipper": "fin",
        "flippers": "fin",
        "skin": "body",
    },
)
