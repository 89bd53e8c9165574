"""A lion: a tawny big cat with a shaggy mane framing its face and a tufted tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid

LION = Beast(
    length=1.6,
    girth=0.3,
    leg=0.55,
    leg_r=0.085,
    head_r=0.2,
    muzzle=0.55,
    muzzle_r=0.55,
    neck=0.05,
    tilt=30,
    ears="round",
    ear=0.7,
    tail="tuft",
    tail_len=0.6,
    coats=((205, 160, 90), (195, 145, 80), (215, 175, 110)),
    accent=(90, 55, 30),
    droop=0.15,
)

MANES = ((125, 70, 30), (150, 90, 40), (90, 55, 30), (170, 110, 50))


def build_lion(a: Assembly) -> None:
    """A lion: a tawny big cat with a shaggy mane framing its face and a tufted tail."""
    b = build_beast(a, LION)
    if a.mentions("lioness") or not a.wants("mane"):
        return
    r = b.head_r
    mane = ellipsoid((r * 1.55, r * 1.15, r * 1.6), a.segments(r * 1.5))
    at = (0.0, b.head[1] + r * 0.55, b.head[2] - r * 0.1)
    a.add(mane.rotate((-25, 0, 0)).translate(at), "mane", a.pick(MANES), Tier.SECONDARY)
    chest = ellipsoid((r * 1.0, r * 1.0, r * 1.3), a.segments(r))
    a.add(
        chest.translate((0, b.neck_root[1] + r * 0.2, b.neck_root[2] - r * 0.6)),
        "mane",
        a.pick(MANES),
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "lion",
    build_lion,
    1.2,
    description="a big tawny wild cat with a shaggy mane, king of the jungle",
    synonyms=("lioness", "lion cub", "male lion"),
    kinds=("mountain lion", "cougar", "puma", "simba"),
    not_claimed=("sea lion", "lion fish"),
    parts=(*PARTS, "mane"),
    aliases={**ALIASES, "tail tuft": "tuft"},
)
