"""A zebra: a stocky wild horse in black and white stripes, with an upright striped mane."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast, stripes
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import box, capsule

WHITE: RGB = (240, 240, 235)
BLACK: RGB = (28, 28, 30)

ZEBRA = Beast(
    length=1.6,
    girth=0.3,
    leg=0.8,
    leg_r=0.065,
    head_r=0.16,
    muzzle=2.0,
    muzzle_r=0.5,
    neck=0.45,
    tilt=50,
    chest=1.02,
    ears="pointy",
    ear=1.1,
    tail="tuft",
    tail_len=0.45,
    hooves=True,
    coats=(WHITE,),
    accent=BLACK,
    nose=BLACK,
    droop=0.7,
)


def build_zebra(a: Assembly) -> None:
    """A zebra: a stocky wild horse in black and white stripes, with an upright striped mane."""
    b = build_beast(a, ZEBRA)
    if a.wants("stripe"):
        slabs = stripes(b, a.pick((9, 11)), b.girth * 0.2, a)
        a.add(skin_pattern(b.body, slabs), "stripe", BLACK, Tier.SECONDARY)
        neck_slabs = [
            box((1.0, b.girth * 0.13, 2.0), (0, b.neck_root[1] - b.head_r * 0.5 * (k + 1), b.z))
            for k in range(round((b.neck_root[1] - b.head[1]) / (b.head_r * 0.5)))
        ]
        if neck_slabs:
            a.add(skin_pattern(b.neck, neck_slabs), "stripe", BLACK, Tier.SECONDARY)
    if a.wants("mane"):
        top = (0.0, b.head[1] + b.head_r * 0.6, b.head[2] + b.head_r * 0.7)
        base = (0.0, b.neck_root[1] + b.girth * 0.3, b.neck_root[2] + b.girth * 0.35)
        mane = capsule(base, top, b.head_r * 0.3, a.segments(b.head_r * 0.3)).scale((0.45, 1, 1))
        a.add(mane, "mane", BLACK, Tier.SECONDARY)


TEMPLATE = Template(
    "zebra",
    build_zebra,
    1.5,
    description="a wild African horse with black and white stripes",
    synonyms=("zebras", "zebra foal"),
    kinds=("plains zebra",),
    not_claimed=("zebra crossing", "zebra fish"),
    parts=(*PARTS, "stripe", "mane"),
    aliases={
        **ALIASES,
    },
)
