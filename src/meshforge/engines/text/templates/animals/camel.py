"""A camel: long legs, one or two humps on its back, a long curved neck and a drooping face."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid

CAMEL = Beast(
    length=1.9,
    girth=0.38,
    leg=1.1,
    leg_r=0.07,
    head_r=0.16,
    muzzle=1.4,
    muzzle_r=0.5,
    neck=0.7,
    tilt=28,
    chest=1.0,
    ears="round",
    ear=0.5,
    tail="tuft",
    tail_len=0.3,
    hooves=False,
    coats=((200, 160, 105), (185, 145, 95), (215, 180, 130)),
    droop=0.2,
)


def build_camel(a: Assembly) -> None:
    """A camel: long legs, one or two humps on its back, a long curved neck and a drooping face."""
    b = build_beast(a, CAMEL)
    humps = a.count("hump", 2, 1, 2)
    if a.mentions("dromedary", "arabian", "one hump", "one-humped"):
        humps = 1
    elif not a.mentions("bactrian", "two hump", "two-humped") and humps == 2:
        humps = a.pick((1, 2))
    if not a.wants("hump"):
        return
    spots = (0.0,) if humps == 1 else (-0.18, 0.18)
    for y in spots:
        hump = ellipsoid(
            (b.girth * 0.62, b.length * 0.19, b.girth * 0.75), a.segments(b.girth * 0.6)
        )
        a.add(hump.translate((0, y * b.length, b.z + b.girth * 0.65)), "hump", b.coat)


TEMPLATE = Template(
    "camel",
    build_camel,
    2.2,
    description="a desert animal with long legs and a hump on its back",
    synonyms=("dromedary", "bactrian camel", "arabian camel"),
    kinds=("camel calf",),
    parts=(*PARTS, "hump"),
    aliases={
        **ALIASES,
    },
)
