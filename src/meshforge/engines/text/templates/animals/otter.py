"""An otter: a long sleek brown body on short legs, a small round head and a thick tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid, rod

CREAM: RGB = (215, 195, 165)

OTTER = Beast(
    length=0.75,
    girth=0.1,
    leg=0.05,
    leg_r=0.03,
    head_r=0.075,
    muzzle=0.55,
    muzzle_r=0.6,
    neck=0.06,
    tilt=20,
    chest=1.0,
    ears="round",
    ear=0.45,
    tail="none",
    coats=((110, 80, 55), (95, 70, 50), (130, 95, 65)),
    droop=0.1,
)


def build_otter(a: Assembly) -> None:
    """An otter: a long sleek brown body on short legs, a small round head, a thick tail."""
    b = build_beast(a, OTTER)
    r, (hx, hy, hz) = b.head_r, b.head
    face = ellipsoid(
        (r * 0.75, r * 0.5, r * 0.5), a.segments(r * 0.5), (hx, hy - r * 0.55, hz - r * 0.35)
    )
    a.add(face, "face", CREAM, Tier.SECONDARY)
    if a.wants("whisker"):
        for side in (-1, 1):
            start = (hx + side * r * 0.3, b.tip[1] + r * 0.2, b.tip[2] - r * 0.1)
            a.add(
                rod(start, (hx + side * r * 1.2, b.tip[1] + r * 0.4, b.tip[2]), r * 0.03, 6),
                "whisker",
                (60, 55, 50),
                Tier.FIXED,
            )
    # a thick tapering tail on top of the kit's thin one
    if a.wants("tail"):
        root = (0.0, b.length * 0.4, b.z)
        end = (a.between(-0.1, 0.1), b.length * a.between(0.85, 0.95), b.girth * 0.3)
        a.add(
            rod(root, end, b.girth * 0.45, a.segments(b.girth * 0.4), b.girth * 0.1), "tail", b.coat
        )


TEMPLATE = Template(
    "otter",
    build_otter,
    0.25,
    description="a sleek brown river animal with a long body, short legs and a thick tail",
    synonyms=("otters", "river otter", "sea otter", "baby otter"),
    kinds=("giant otter", "otter pup", "ferret", "weasel", "stoat", "mink", "ermine"),
    parts=(*PARTS, "face", "whisker"),
    aliases={**ALIASES, "whiskers": "whisker"},
)
