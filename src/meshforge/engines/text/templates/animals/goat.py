"""A goat: a wiry hoofed animal with backswept horns, a chin beard and an upturned tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import capsule
from meshforge.engines.text.kit.sweeps import tube

HORN: RGB = (120, 105, 85)

GOAT = Beast(
    length=0.9,
    girth=0.2,
    leg=0.45,
    leg_r=0.035,
    head_r=0.1,
    muzzle=1.1,
    muzzle_r=0.42,
    neck=0.14,
    tilt=55,
    chest=1.0,
    ears="long",
    ear=0.7,
    tail="stub",
    hooves=True,
    coats=((240, 238, 230), (120, 85, 60), (60, 50, 45), (200, 170, 130)),
    droop=0.35,
)


def build_goat(a: Assembly) -> None:
    """A goat: a wiry hoofed animal with backswept horns, a chin beard and an upturned tail."""
    b = build_beast(a, GOAT)
    r, (_, hy, hz) = b.head_r, b.head
    if a.wants("horn"):
        sweep = a.between(0.8, 1.3)
        for side in (-1, 1):
            horn = [
                (side * r * 0.3, hy - r * 0.1, hz + r * 0.7),
                (side * r * 0.45, hy + r * 0.5 * sweep, hz + r * 1.4),
                (side * r * 0.6, hy + r * 1.3 * sweep, hz + r * 1.5),
                (side * r * 0.7, hy + r * 1.8 * sweep, hz + r * 1.1),
            ]
            a.add(tube(horn, r * 0.17, 10, r * 0.04), "horn", HORN, Tier.FIXED)
    if a.wants("beard"):
        chin = (0.0, b.tip[1] + r * 0.35, b.tip[2] - r * 0.3)
        beard = capsule(chin, (0.0, chin[1] + r * 0.2, chin[2] - r * 0.65), r * 0.12, 8, r * 0.05)
        a.add(beard, "beard", b.coat)


TEMPLATE = Template(
    "goat",
    build_goat,
    0.9,
    description="a farm animal with curved horns and a little chin beard",
    synonyms=("billy goat", "nanny goat", "kid goat", "mountain goat"),
    kinds=("ibex", "goatling", "pygmy goat"),
    parts=(*PARTS, "horn", "beard"),
    aliases={**ALIASES, "goatee": "beard"},
    kinds_in_wordnet=("goat",),
)
