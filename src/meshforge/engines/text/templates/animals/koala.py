"""A koala: a stout grey marsupial with big fluffy round ears, a large black nose and no tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid, sphere

FLUFF: RGB = (235, 232, 228)
NOSE: RGB = (35, 32, 32)

KOALA = Beast(
    length=0.42,
    girth=0.16,
    leg=0.1,
    leg_r=0.045,
    head_r=0.13,
    muzzle=0.0,
    muzzle_r=0.4,
    neck=0.0,
    tilt=25,
    chest=1.05,
    ears="none",
    tail="none",
    coats=((150, 150, 155), (125, 125, 130), (170, 165, 160)),
    nose=NOSE,
    droop=0.0,
)


def build_koala(a: Assembly) -> None:
    """A koala: a stout grey marsupial with big fluffy round ears, a large black nose."""
    b = build_beast(a, KOALA)
    r, (hx, hy, hz) = b.head_r, b.head
    # the big spoon-shaped black nose down the front of the face
    nose = ellipsoid(
        (r * 0.28, r * 0.22, r * 0.4), a.segments(r * 0.3), (hx, hy - r * 0.9, hz - r * 0.1)
    )
    a.add(nose, "nose", NOSE, Tier.FIXED)
    if a.wants("ear"):
        for side in (-1, 1):
            at = (hx + side * r * 0.95, hy + r * 0.1, hz + r * 0.55)
            a.add(
                sphere(r * 0.5, a.segments(r * 0.5), at)
                .scale((1.0, 0.5, 1.0))
                .translate((0, at[1] * 0.5, 0)),
                "ear",
                b.coat,
            )
            inner = ellipsoid(
                (r * 0.32, r * 0.1, r * 0.32), a.segments(r * 0.3), (at[0], at[1] - r * 0.22, at[2])
            )
            a.add(inner, "inner ear", FLUFF, Tier.FIXED)
    chest = ellipsoid(
        (b.girth * 0.6, b.girth * 0.3, b.girth * 0.6),
        a.segments(b.girth),
        (0, -b.length * 0.42, b.z),
    )
    a.add(chest, "chest", FLUFF, Tier.SECONDARY)


TEMPLATE = Template(
    "koala",
    build_koala,
    0.45,
    description="a grey Australian marsupial with fluffy round ears and a big black nose",
    synonyms=("koala bear", "koalas", "baby koala"),
    kinds=("koala joey",),
    parts=(*PARTS, "inner ear", "chest"),
    aliases={**ALIASES, "belly": "chest"},
)
