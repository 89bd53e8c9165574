"""A mouse: a small round body, big round ears, a whiskered nose, a long thin tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid, rod

PINK: RGB = (235, 170, 170)

MOUSE = Beast(
    length=0.075,
    girth=0.024,
    leg=0.006,
    leg_r=0.0045,
    head_r=0.017,
    muzzle=1.0,
    muzzle_r=0.5,
    neck=0.0,
    tilt=20,
    chest=0.9,
    ears="none",
    tail="thin",
    tail_len=1.1,
    coats=((150, 140, 135), (120, 105, 95), (235, 232, 225), (175, 150, 120)),
    accent=PINK,
    nose=PINK,
    socks=PINK,
    droop=0.1,
)


def build_mouse(a: Assembly) -> None:
    """A mouse: a small round body, big round ears, a whiskered nose, a long thin tail."""
    rat = a.mentions("rat")
    b = build_beast(a, MOUSE)
    r, (_, hy, hz) = b.head_r, b.head
    size = 0.8 if rat else 1.0
    for side in (-1, 1):
        if a.wants("ear"):
            ear = ellipsoid((r * 0.62 * size, r * 0.12, r * 0.6 * size), a.segments(r * 0.3))
            at = (side * r * 0.72, hy + r * 0.25, hz + r * 0.75)
            a.add(ear.rotate((0, side * 20, 0)).translate(at), "ear", b.coat)
            inner = ellipsoid((r * 0.45 * size, r * 0.05, r * 0.42 * size), a.segments(r * 0.2))
            a.add(
                inner.rotate((0, side * 20, 0)).translate((at[0], at[1] - r * 0.08, at[2])),
                "inner ear",
                PINK,
                Tier.FIXED,
            )
        if a.wants("whisker"):
            for lift in (-0.15, 0.1):
                start = (side * r * 0.2, b.tip[1] + r * 0.3, b.tip[2] - r * 0.05)
                end = (side * r * 1.3, b.tip[1] + r * 0.5, b.tip[2] + r * lift)
                a.add(rod(start, end, r * 0.025, 6), "whisker", (60, 55, 55), Tier.FIXED)


TEMPLATE = Template(
    "mouse",
    build_mouse,
    0.05,
    description="a tiny grey rodent with big round ears and a long thin tail",
    synonyms=("mice", "rat", "field mouse", "house mouse"),
    kinds=("vole", "white mouse", "lab rat", "dormouse"),
    not_claimed=("mouse pad", "mouse trap"),
    parts=(*PARTS, "inner ear", "whisker"),
    aliases={
        **ALIASES,
    },
)
