"""A hippopotamus: a barrel body on short legs, a huge broad muzzle, eyes on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import IVORY
from meshforge.engines.text.kit.solids import ellipsoid, sphere

MOUTH: RGB = (200, 130, 140)

HIPPO = Beast(
    length=2.8,
    girth=0.68,
    leg=0.32,
    leg_r=0.2,
    head_r=0.42,
    muzzle=0.0,
    neck=0.05,
    tilt=5,
    chest=1.0,
    ears="round",
    ear=0.35,
    tail="thin",
    tail_len=0.15,
    hooves=True,
    coats=((135, 115, 125), (120, 110, 115), (150, 125, 130)),
    droop=0.0,
)


def build_hippo(a: Assembly) -> None:
    """A hippopotamus: a barrel body on short legs, a huge broad muzzle, eyes on top."""
    b = build_beast(a, HIPPO)
    r, (hx, hy, hz) = b.head_r, b.head
    snout = ellipsoid((r * 0.95, r * 0.75, r * 0.7), a.segments(r))
    a.add(snout.translate((hx, hy - r * 0.95, hz - r * 0.3)), "muzzle", b.coat)
    for side in (-1, 1):
        a.add(
            sphere(r * 0.38, a.segments(r * 0.35), (side * r * 0.5, hy - r * 1.25, hz - r * 0.05)),
            "muzzle",
            b.coat,
        )
        a.add(
            sphere(r * 0.09, 8, (side * r * 0.45, hy - r * 1.55, hz + r * 0.12)),
            "nose",
            (50, 40, 45),
            Tier.FIXED,
        )
        # eyes high on the skull, in bumps
        a.add(
            sphere(r * 0.22, a.segments(r * 0.2), (side * r * 0.45, hy - r * 0.35, hz + r * 0.7)),
            "head",
            b.coat,
        )
        a.add(
            sphere(r * 0.1, 8, (side * r * 0.48, hy - r * 0.52, hz + r * 0.78)),
            "eye",
            (20, 20, 22),
            Tier.FIXED,
        )
        if a.wants("tusk"):
            tusk = sphere(r * 0.08, 8).scale((1, 1, 2.0))
            a.add(
                tusk.translate((side * r * 0.55, hy - r * 1.45, hz - r * 0.55)),
                "tusk",
                IVORY,
                Tier.FIXED,
            )
    lip = ellipsoid((r * 0.85, r * 0.5, r * 0.12), a.segments(r * 0.5))
    a.add(lip.translate((hx, hy - r * 1.15, hz - r * 0.62)), "mouth", MOUTH, Tier.FIXED)


TEMPLATE = Template(
    "hippo",
    build_hippo,
    1.5,
    description="a huge round river animal with a wide mouth and short legs",
    synonyms=("hippopotamus", "river horse"),
    kinds=("pygmy hippo", "baby hippo"),
    parts=(*PARTS, "tusk", "mouth"),
    aliases={**ALIASES, "teeth": "tusk", "skin": "body", "lips": "mouth"},
)
