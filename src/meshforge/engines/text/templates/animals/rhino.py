"""A rhinoceros: a massive grey body on stout legs, two horns on its long snout, small ears."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import IVORY
from meshforge.engines.text.kit.solids import cylinder, ellipsoid

RHINO = Beast(
    length=2.6,
    girth=0.62,
    leg=0.55,
    leg_r=0.17,
    head_r=0.32,
    muzzle=1.2,
    muzzle_r=0.62,
    neck=0.05,
    tilt=5,
    chest=1.04,
    ears="pointy",
    ear=0.75,
    tail="thin",
    tail_len=0.25,
    hooves=True,
    coats=((140, 135, 130), (120, 115, 112), (155, 150, 140)),
    droop=0.3,
)


def build_rhino(a: Assembly) -> None:
    """A rhinoceros: a massive grey body on stout legs, two horns on its long snout, small ears."""
    b = build_beast(a, RHINO)
    r = b.head_r
    # a heavy skin fold over the shoulders
    fold = ellipsoid((b.girth * 1.05, b.length * 0.08, b.girth * 1.05), a.segments(b.girth))
    a.add(fold.translate((0, -b.length * 0.22, b.z + b.girth * 0.08)), "body", b.coat)
    if a.wants("horn"):
        front = cylinder(
            r * 0.32, r * a.between(1.1, 1.5), a.segments(r * 0.3), top_radius=r * 0.03
        )
        at = (0.0, b.tip[1] + r * 0.25, b.tip[2] + r * 0.1)
        a.add(front.rotate((-22, 0, 0)).translate(at), "horn", IVORY, Tier.FIXED)
        back = cylinder(r * 0.22, r * 0.6, a.segments(r * 0.2), top_radius=r * 0.03)
        at2 = (0.0, b.tip[1] + r * 0.85, b.tip[2] + r * 0.25)
        a.add(back.rotate((-12, 0, 0)).translate(at2), "horn", IVORY, Tier.FIXED)


TEMPLATE = Template(
    "rhino",
    build_rhino,
    1.7,
    description="a huge grey animal with thick skin and a horn on its nose",
    synonyms=("rhinoceros", "rhinos", "white rhino", "black rhino"),
    kinds=("baby rhino", "indian rhino"),
    not_claimed=("rhino beetle", "rhinoceros beetle"),
    parts=(*PARTS, "horn"),
    aliases={**ALIASES, "skin": "body"},
)
