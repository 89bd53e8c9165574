"""A badger: a low, wide grey body on short strong legs and a black-and-white striped face."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import box, capsule, sphere

BADGER = Beast(
    length=0.42,
    girth=0.15,
    leg=0.045,
    leg_r=0.03,
    head_r=0.07,
    muzzle=1.1,
    muzzle_r=0.4,
    neck=0.0,
    tilt=8,
    chest=0.95,
    ears="round",
    ear=0.45,
    tail="stub",
    coats=((150, 148, 145), (130, 126, 122), (165, 160, 150)),
    socks=(30, 28, 28),
    droop=0.3,
)
FACE: RGB = (245, 243, 238)
STRIPE: RGB = (25, 24, 24)


def build_badger(a: Assembly) -> None:
    """A badger: a low wide grey body, short dark legs and a white face with two black stripes."""
    b = build_beast(a, BADGER)
    if a.wants("stripe"):
        r = b.head_r
        # the head is white; a black band runs from each eye back over the ear
        skull = sphere(r, a.segments(r), b.head)
        snout = capsule(b.head, b.tip, r * 0.42, a.segments(r * 0.4), r * 0.3)
        face = box((r * 5, r * 3, r * 5), (b.head[0], b.head[1] - r * 1.0, b.head[2]))
        a.add(skin_pattern(skull, [face], 1.04), "face", FACE, Tier.SECONDARY)
        a.add(skin_pattern(snout, [face], 1.04), "face", FACE, Tier.SECONDARY)
        for side in (-1, 1):
            band = box(
                (r * 0.5, r * 6, r * 0.8),
                (side * r * 0.5, b.head[1], b.head[2] + r * 0.15),
            )
            a.add(skin_pattern(skull, [band], 1.07), "stripe", STRIPE, Tier.FIXED)
            a.add(skin_pattern(snout, [band], 1.07), "stripe", STRIPE, Tier.FIXED)


TEMPLATE = Template(
    "badger",
    build_badger,
    0.3,
    description="a stocky low grey animal with short legs and a white face with black stripes",
    synonyms=("badgers", "european badger", "brock"),
    kinds=("american badger", "honey badger", "baby badger"),
    parts=(*PARTS, "face", "stripe"),
    aliases={**ALIASES, "stripes": "stripe"},
)
