"""A deer: slender, on long thin legs, with branching antlers and a white scut."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, Built, build_beast
from meshforge.engines.text.kit.creatures import CREAM
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere, union
from meshforge.engines.text.kit.sweeps import tube

ANTLER: RGB = (215, 195, 160)

DEER = Beast(
    length=1.3,
    girth=0.2,
    leg=0.75,
    leg_r=0.035,
    head_r=0.12,
    muzzle=1.1,
    muzzle_r=0.4,
    neck=0.32,
    tilt=55,
    chest=1.05,
    ears="long",
    ear=0.9,
    tail="stub",
    hooves=True,
    coats=((165, 115, 70), (150, 100, 60), (180, 130, 85)),
    droop=0.3,
)


def _antler(a: Assembly, b: Built, side: int, moose: bool) -> Manifold:
    """One antler: a beam sweeping up and back with tines, or a moose's broad palm."""
    r = b.head_r
    base: Vec3 = (side * r * 0.4, b.head[1] + r * 0.15, b.head[2] + r * 0.75)
    spread = a.between(0.9, 1.2)
    if moose:
        palm = ellipsoid((r * 1.2, r * 0.6, r * 0.12), a.segments(r * 0.6))
        palm = palm.rotate((20, side * -25, 0)).translate(
            (side * r * 1.5, base[1] + r * 0.2, base[2] + r * 0.6)
        )
        return union(
            [tube([base, (side * r * 0.9, base[1], base[2] + r * 0.35)], r * 0.1, 10), palm]
        )
    beam: list[Vec3] = [
        base,
        (side * r * 0.9 * spread, base[1] + r * 0.3, base[2] + r * 0.9),
        (side * r * 1.3 * spread, base[1] + r * 0.9, base[2] + r * 1.9),
        (side * r * 1.1 * spread, base[1] + r * 0.6, base[2] + r * 2.9),
    ]
    pieces = [tube(beam, r * 0.09, 10, r * 0.05)]
    for root in beam[1 : a.pick((3, 4))]:
        lean = math.radians(a.between(-20, 10))
        end = (root[0] + side * r * 0.1, root[1] - r * 0.7 * math.cos(lean), root[2] + r * 0.8)
        pieces.append(tube([root, end], r * 0.06, 8, r * 0.03))
    return union(pieces)


def build_deer(a: Assembly) -> None:
    """A deer: slender, on long thin legs, with branching antlers and a white scut."""
    b = build_beast(a, DEER)
    doe = a.mentions("doe", "fawn", "hind", "bambi")
    moose = a.mentions("moose")
    if not doe and a.wants("antler"):
        antlers = union([_antler(a, b, side, moose) for side in (-1, 1)])
        a.add(antlers, "antler", ANTLER, Tier.FIXED)
    a.add(
        sphere(b.girth * 0.22, a.segments(b.girth * 0.2), b.tail_end), "tail", CREAM, Tier.SECONDARY
    )
    throat = ellipsoid((b.head_r * 0.6, b.head_r * 0.5, b.head_r * 0.5), a.segments(b.head_r * 0.5))
    a.add(
        throat.translate((0, b.head[1] + b.head_r * 0.1, b.head[2] - b.head_r * 0.7)),
        "throat",
        CREAM,
        Tier.SECONDARY,
    )
    if a.mentions("fawn", "bambi"):
        for k in range(10):
            at = ((-1) ** k * b.girth * 0.55, b.length * (-0.35 + 0.07 * k), b.z + b.girth * 0.75)
            a.add(sphere(b.girth * 0.09, 8, at), "spot", CREAM, Tier.FIXED)


TEMPLATE = Template(
    "deer",
    build_deer,
    1.6,
    description="a graceful brown forest animal with antlers and long thin legs",
    synonyms=("stag", "doe", "fawn", "buck", "reindeer", "caribou", "elk", "moose"),
    kinds=("roe deer", "red deer", "whitetail", "white tailed deer", "bambi", "rudolph", "hart"),
    not_claimed=("buck knife", "deer tick"),
    parts=(*PARTS, "antler", "throat", "spot"),
    aliases={**ALIASES, "horn": "antler", "rack": "antler"},
    kinds_in_wordnet=("deer",),
)
