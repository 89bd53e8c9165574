"""A beaver: a chunky brown rodent with big orange front teeth and a flat paddle-shaped tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import box, ellipsoid

TAIL: RGB = (60, 55, 50)
TEETH: RGB = (235, 150, 50)

BEAVER = Beast(
    length=0.6,
    girth=0.17,
    leg=0.05,
    leg_r=0.04,
    head_r=0.1,
    muzzle=0.6,
    muzzle_r=0.6,
    neck=0.02,
    tilt=15,
    chest=1.0,
    ears="round",
    ear=0.45,
    tail="none",
    coats=((120, 80, 50), (100, 65, 40), (140, 95, 60)),
    droop=0.25,
)


def build_beaver(a: Assembly) -> None:
    """A beaver: a chunky brown rodent with big orange front teeth and a flat paddle-shaped tail."""
    b = build_beast(a, BEAVER)
    r = b.head_r
    tx, ty, tz = b.tip
    a.add(
        box((r * 0.3, r * 0.3, r * 0.4), (tx, ty + r * 0.25, tz - r * 0.3)),
        "teeth",
        TEETH,
        Tier.FIXED,
    )
    if a.wants("tail"):
        length = b.length * a.between(0.5, 0.65)
        paddle = ellipsoid((b.girth * 0.6, length / 2, b.girth * 0.12), a.segments(b.girth * 0.6))
        a.add(
            paddle.rotate((8, 0, 0)).translate(
                (0, b.length * 0.4 + length * 0.5, b.z - b.girth * 0.4)
            ),
            "tail",
            TAIL,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "beaver",
    build_beaver,
    0.35,
    description="a brown river rodent with big front teeth and a flat scaly tail",
    synonyms=("beavers", "north american beaver", "eurasian beaver"),
    kinds=("beaver kit", "canadian beaver"),
    parts=(*PARTS, "teeth"),
    aliases={**ALIASES, "tooth": "teeth"},
)
