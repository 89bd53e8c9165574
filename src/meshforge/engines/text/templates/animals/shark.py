"""A shark: a grey torpedo, white belly, tall triangular dorsal fin and crescent tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.creatures import IVORY, teeth_row
from meshforge.engines.text.kit.sea_life import fin, flipper, sea_eyes, streamlined, two_tone
from meshforge.engines.text.kit.solids import box, ellipsoid, sphere

GREYS: tuple[RGB, ...] = ((110, 125, 140), (95, 105, 115), (130, 140, 150))
BELLY: RGB = (238, 238, 232)
MOUTH: RGB = (120, 40, 45)
SHAPE = (
    (0.02, 0.3),
    (0.08, 0.62),
    (0.2, 0.9),
    (0.35, 1.0),
    (0.55, 0.85),
    (0.75, 0.5),
    (0.9, 0.22),
    (0.98, 0.12),
)


def build_shark(a: Assembly) -> None:
    """A shark: a grey torpedo, white belly, tall triangular dorsal fin and crescent tail."""
    length = a.vary(2.4, 0.1)
    radius = length * a.vary(0.1, 0.08)
    grey = a.pick(GREYS)
    z = radius * 1.1
    torso = (
        streamlined(length, radius, SHAPE, a.segments(radius))
        .scale((0.9, 1.0, 1.0))
        .translate((0, 0, z))
    )
    a.add(torso, "body", grey)
    a.add(two_tone(torso, z, -radius * 0.15), "belly", BELLY, Tier.SECONDARY)
    half = length / 2
    thin = radius * 0.12
    dorsal = [
        (-length * 0.08, 0.0),
        (length * 0.12, 0.0),
        (length * 0.06, radius * 0.35),
        (length * 0.1, radius * 1.9),
    ]
    a.add(fin(dorsal, thin, (0, -length * 0.02, z + radius * 0.6)), "fin", grey)
    tail = [
        (0.0, -radius * 0.15),
        (length * 0.06, radius * 0.1),
        (length * 0.2, radius * 2.0),
        (length * 0.13, radius * 0.4),
        (length * 0.14, -radius * 0.3),
        (length * 0.11, -radius * 1.1),
        (length * 0.02, -radius * 0.35),
    ]
    a.add(fin(tail, thin, (0, half * 0.86, z)), "tail", grey)
    for side in (-1, 1):
        a.add(
            flipper(
                radius * 1.8,
                radius * 0.9,
                thin,
                side,
                (side * radius * 0.6, -length * 0.12, z - radius * 0.35),
                28,
            ),
            "fin",
            grey,
        )
        for k in range(5):
            gill = box(
                (radius * 0.05, radius * 0.04, radius * 0.45),
                (side * radius * 0.84, -length * (0.25 - 0.025 * k), z - radius * 0.05),
            )
            a.add(gill.rotate((0, 0, side * -12)), "gill", (60, 65, 72), Tier.FIXED)
    if a.mentions("hammerhead"):
        _hammer(a, length, radius, z, grey)
    else:
        sea_eyes(a, (0, -length * 0.3, z + radius * 0.05), radius * 0.74, 60, 20, radius * 0.07)
    if a.wants("teeth") and (
        a.mentions("teeth", "jaws", "great white", "open mouth") or a.chance(0.5)
    ):
        mouth = ellipsoid((radius * 0.45, radius * 0.35, radius * 0.13), a.segments(radius * 0.4))
        at = (0.0, -length * 0.36, z - radius * 0.42)
        a.add(mouth.translate(at), "mouth", MOUTH, Tier.FIXED)
        teeth = teeth_row(
            7, radius * 0.32, radius * 0.06, (0.0, at[1] - radius * 0.05, at[2] + radius * 0.04), 6
        )
        a.add(teeth, "teeth", IVORY, Tier.FIXED)


def _hammer(a: Assembly, length: float, radius: float, z: float, grey: RGB) -> None:
    """A hammerhead's flat wing of a head across the snout, an eye at each end."""
    at = (0.0, -length * 0.4, z + radius * 0.05)
    head = ellipsoid((radius * 1.8, radius * 0.45, radius * 0.3), a.segments(radius))
    a.add(head.translate(at), "body", grey)
    for side in (-1, 1):
        eye = (side * radius * 1.66, at[1], at[2] + radius * 0.04)
        a.add(sphere(radius * 0.09, a.segments(radius * 0.09), eye), "eye", EYE, Tier.FIXED)


TEMPLATE = Template(
    "shark",
    build_shark,
    0.9,
    description="a big grey ocean predator fish with a tall dorsal fin and sharp teeth",
    synonyms=("great white", "great white shark", "hammerhead", "tiger shark", "jaws"),
    kinds=(
        "mako",
        "bull shark",
        "reef shark",
        "blue shark",
        "nurse shark",
        "megalodon",
        "baby shark",
        "whale shark",
        "hammerhead shark",
        "mako shark",
        "lemon shark",
        "goblin shark",
        "thresher shark",
        "basking shark",
        "blacktip shark",
        "blacktip reef shark",
        "sand shark",
        "sand tiger shark",
        "leopard shark",
        "greenland shark",
        "angel shark",
        "dogfish",
    ),
    not_claimed=("loan shark", "card shark", "pool shark"),
    parts=("body", "belly", "fin", "tail", "gill", "eye", "mouth", "teeth"),
    aliases={
        "skin": "body",
        "dorsal fin": "fin",
        "jaw": "mouth",
        "tooth": "teeth",
    },
    kinds_in_wordnet=("shark",),
)
