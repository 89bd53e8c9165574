"""A raccoon: a grey-brown body, a black bandit mask, pointed snout and a black-ringed tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import CREAM, skin_pattern, spindle
from meshforge.engines.text.kit.solids import box, ellipsoid

MASK: RGB = (30, 28, 30)

RACCOON = Beast(
    length=0.55,
    girth=0.14,
    leg=0.12,
    leg_r=0.028,
    head_r=0.09,
    muzzle=0.75,
    muzzle_r=0.36,
    neck=0.0,
    tilt=25,
    chest=0.95,
    ears="round",
    ear=0.7,
    tail="none",
    coats=((125, 120, 115), (110, 100, 95), (140, 130, 120)),
    accent=CREAM,
    socks=(45, 42, 42),
    droop=0.1,
)


def build_raccoon(a: Assembly) -> None:
    """A raccoon: a grey-brown body, a black bandit mask, pointed snout and a black-ringed tail."""
    b = build_beast(a, RACCOON)
    r, (hx, hy, hz) = b.head_r, b.head
    mask = ellipsoid((r * 0.98, r * 0.4, r * 0.22), a.segments(r * 0.5))
    a.add(mask.translate((hx, hy - r * 0.62, hz + r * 0.12)), "mask", MASK, Tier.SECONDARY)
    if a.wants("tail"):
        root = (0.0, b.length * 0.45, b.z + b.girth * 0.2)
        end = (0.0, root[1] + b.length * 0.55, root[2] - b.girth * 0.5)
        tail = spindle(root, end, b.girth * 0.42, a.segments(b.girth * 0.25))
        a.add(tail, "tail", b.coat)
        rings = [
            box((1.0, b.length * 0.05, 1.0), (0, root[1] + b.length * (0.1 + 0.1 * k), root[2]))
            for k in range(5)
        ]
        a.add(skin_pattern(tail, rings, 1.04), "ring", MASK, Tier.SECONDARY)


TEMPLATE = Template(
    "raccoon",
    build_raccoon,
    0.35,
    description="a grey masked animal with a black ringed bushy tail",
    synonyms=("racoon", "trash panda"),
    kinds=("red panda", "ringtail", "coati"),
    parts=(*PARTS, "mask", "ring"),
    aliases={**ALIASES, "stripes": "ring"},
)
