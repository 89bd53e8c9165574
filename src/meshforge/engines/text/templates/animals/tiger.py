"""A tiger: an orange big cat with black stripes, a white muzzle and a long tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast, stripes
from meshforge.engines.text.kit.creatures import CREAM, skin_pattern
from meshforge.engines.text.kit.solids import ellipsoid

STRIPE: RGB = (30, 25, 25)

TIGER = Beast(
    length=1.8,
    girth=0.3,
    leg=0.55,
    leg_r=0.09,
    head_r=0.2,
    muzzle=0.55,
    muzzle_r=0.55,
    neck=0.05,
    tilt=25,
    ears="round",
    ear=0.7,
    tail="thin",
    tail_len=0.6,
    coats=((230, 120, 35), (220, 110, 30), (240, 135, 45)),
    accent=CREAM,
    droop=0.15,
)


def build_tiger(a: Assembly) -> None:
    """A tiger: an orange big cat with black stripes, a white muzzle and a long tail."""
    white = a.mentions("white tiger", "bengal white", "snow")
    b = build_beast(a, TIGER, (240, 238, 230) if white else None)
    if a.wants("stripe"):
        slabs = stripes(b, a.pick((9, 11, 13)), b.girth * 0.14, a)
        a.add(skin_pattern(b.body, slabs), "stripe", STRIPE, Tier.SECONDARY)
    r = b.head_r
    cheek = ellipsoid((r * 0.8, r * 0.5, r * 0.5), a.segments(r * 0.5))
    a.add(
        cheek.translate((0, b.head[1] - r * 0.4, b.head[2] - r * 0.35)), "muzzle", CREAM, Tier.FIXED
    )


TEMPLATE = Template(
    "tiger",
    build_tiger,
    1.1,
    description="a big orange wild cat with black stripes",
    synonyms=("tigress", "tiger cub", "bengal tiger", "white tiger"),
    kinds=("siberian tiger", "sumatran tiger", "sabertooth", "saber toothed tiger"),
    not_claimed=("tiger lily",),
    parts=(*PARTS, "stripe"),
    aliases={
        **ALIASES,
    },
)
