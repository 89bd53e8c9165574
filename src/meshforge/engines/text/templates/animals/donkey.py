"""A donkey: a small grey horse with long upright ears, a pale muzzle and a tufted tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import capsule

DARK: RGB = (60, 55, 52)

DONKEY = Beast(
    length=1.2,
    girth=0.27,
    leg=0.62,
    leg_r=0.06,
    head_r=0.15,
    muzzle=1.8,
    muzzle_r=0.55,
    neck=0.3,
    tilt=45,
    chest=1.05,
    ears="long",
    ear=1.35,
    tail="tuft",
    tail_len=0.45,
    hooves=True,
    coats=((140, 135, 130), (120, 112, 105), (150, 120, 95)),
    accent=(225, 220, 212),
    droop=0.6,
)


def build_donkey(a: Assembly) -> None:
    """A donkey: a small grey horse with long upright ears, a pale muzzle and a tufted tail."""
    b = build_beast(a, DONKEY)
    if a.wants("mane"):
        top = (0.0, b.head[1] + b.head_r * 0.6, b.head[2] + b.head_r * 0.6)
        base = (0.0, b.neck_root[1] + b.girth * 0.3, b.neck_root[2] + b.girth * 0.3)
        mane = capsule(base, top, b.head_r * 0.25, a.segments(b.head_r * 0.25)).scale((0.5, 1, 1))
        a.add(mane, "mane", DARK, Tier.SECONDARY)


TEMPLATE = Template(
    "donkey",
    build_donkey,
    1.2,
    description="a grey donkey with long ears, a small relative of the horse",
    synonyms=("mule", "burro", "ass", "jackass"),
    kinds=("miniature donkey", "wild ass"),
    parts=(*PARTS, "mane"),
    aliases={**ALIASES},
)
