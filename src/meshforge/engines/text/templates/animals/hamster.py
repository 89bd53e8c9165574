"""A hamster: a plump round rodent with puffed cheeks, tiny round ears and stubby legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid, sphere

PINK: RGB = (235, 170, 170)
BELLY: RGB = (245, 240, 230)

HAMSTER = Beast(
    length=0.09,
    girth=0.04,
    leg=0.006,
    leg_r=0.006,
    head_r=0.03,
    muzzle=0.6,
    muzzle_r=0.55,
    neck=0.0,
    tilt=10,
    chest=1.05,
    ears="none",
    tail="none",
    coats=((215, 160, 90), (200, 140, 80), (240, 235, 225), (150, 120, 100)),
    nose=PINK,
    socks=PINK,
    droop=0.1,
)


def build_hamster(a: Assembly) -> None:
    """A hamster: a plump round rodent with puffed cheeks, tiny round ears and stubby legs."""
    b = build_beast(a, HAMSTER)
    r, (hx, hy, hz) = b.head_r, b.head
    for side in (-1, 1):
        cheek = sphere(
            r * 0.55, a.segments(r * 0.5), (hx + side * r * 0.55, hy - r * 0.35, hz - r * 0.25)
        )
        a.add(cheek, "cheek", b.coat)
        if a.wants("ear"):
            ear = ellipsoid((r * 0.28, r * 0.1, r * 0.28), a.segments(r * 0.3))
            a.add(
                ear.translate((hx + side * r * 0.6, hy + r * 0.15, hz + r * 0.8)),
                "ear",
                PINK,
                Tier.FIXED,
            )
    belly = ellipsoid(
        (b.girth * 0.7, b.length * 0.4, b.girth * 0.5),
        a.segments(b.girth),
        (0, 0, b.z - b.girth * 0.35),
    )
    a.add(belly, "belly", BELLY, Tier.SECONDARY)


TEMPLATE = Template(
    "hamster",
    build_hamster,
    0.06,
    description="a small round golden pet rodent with puffy cheeks and tiny ears",
    synonyms=("hamsters", "pet hamster", "golden hamster", "syrian hamster", "dwarf hamster"),
    kinds=("roborovski hamster", "hamster pup", "guinea pig", "cavy", "gerbil", "chinchilla"),
    parts=(*PARTS, "cheek", "belly"),
    aliases={**ALIASES, "cheeks": "cheek", "tummy": "belly"},
)
