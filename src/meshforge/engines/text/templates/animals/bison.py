"""A bison: a massive shaggy hump over the shoulders, a low bearded head, short curved horns."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import HORN_DARK
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, union
from meshforge.engines.text.kit.sweeps import tube

BISON = Beast(
    length=2.3,
    girth=0.45,
    leg=0.6,
    leg_r=0.09,
    head_r=0.26,
    muzzle=0.6,
    muzzle_r=0.6,
    neck=0.05,
    tilt=-15,
    chest=1.25,
    ears="none",
    tail="tuft",
    tail_len=0.25,
    tail_r=0.35,
    hooves=True,
    coats=((125, 88, 58), (135, 95, 62), (115, 80, 55)),
    droop=0.4,
)
SHAG: RGB = (58, 40, 30)


def build_bison(a: Assembly) -> None:
    """A bison: a massive shaggy hump over the shoulders, a low bearded head, short horns."""
    b = build_beast(a, BISON)
    g, r = b.girth, b.head_r
    hx, hy, hz = b.head
    # the shaggy cape: a tall hump over the shoulders, a mop over the head and a beard
    cape = [
        ellipsoid(
            (g * 1.1, b.length * 0.25, g * 1.05),
            a.segments(g),
            (0, -b.length * 0.2, b.z + g * 0.75),
        ),
        ellipsoid(
            (g * 0.85, b.length * 0.16, g * 0.9),
            a.segments(g),
            (0, -b.length * 0.36, b.z + g * 0.1),
        ),
        ellipsoid((r * 1.05, r * 0.8, r * 0.9), a.segments(r), (hx, hy + r * 0.25, hz + r * 0.35)),
    ]
    if a.wants("beard"):
        cape.append(
            ellipsoid(
                (r * 0.45, r * 0.5, r * 0.75),
                a.segments(r * 0.5),
                (hx, hy - r * 0.4, hz - r * 0.95),
            )
        )
    a.add(union(cape), "hump", SHAG, Tier.SECONDARY)
    if a.wants("horn"):
        horns = []
        for side in (-1, 1):
            root: Vec3 = (hx + side * r * 0.75, hy - r * 0.05, hz + r * 0.45)
            path: list[Vec3] = [
                root,
                (root[0] + side * r * 0.45, root[1], root[2] + r * 0.05),
                (root[0] + side * r * 0.55, root[1] - r * 0.1, root[2] + r * 0.45),
            ]
            horns.append(tube(path, r * 0.13, 10, r * 0.03))
        a.add(union(horns), "horn", HORN_DARK, Tier.FIXED)


TEMPLATE = Template(
    "bison",
    build_bison,
    1.8,
    description="a huge shaggy brown wild ox with a hump on its shoulders and short horns",
    synonyms=("bisons", "buffalo", "buffaloes", "buffalos", "american bison", "american buffalo"),
    kinds=("water buffalo", "wisent", "yak", "musk ox", "muskox"),
    not_claimed=("buffalo wings", "buffalo wing", "buffalo chicken"),
    parts=(*PARTS, "hump", "horn", "beard"),
    aliases={**ALIASES, "mane": "hump", "horns": "horn", "shag": "hump"},
)
