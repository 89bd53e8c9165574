"""A leopard: a lithe golden big cat covered in dark spots, with a long tail."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, Built, build_beast
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import sphere

SPOT: RGB = (40, 30, 25)
BLACK: RGB = (28, 28, 30)

LEOPARD = Beast(
    length=1.3,
    girth=0.22,
    leg=0.5,
    leg_r=0.065,
    head_r=0.15,
    muzzle=0.45,
    muzzle_r=0.5,
    neck=0.06,
    tilt=30,
    chest=1.08,
    ears="round",
    ear=0.65,
    tail="thin",
    tail_len=0.7,
    coats=((225, 180, 90), (215, 165, 80), (235, 195, 120)),
    droop=0.15,
)


def _spots(a: Assembly, b: Built, count: int) -> list[Manifold]:
    """Small balls scattered over the back and flanks; cut to the skin they make spots."""
    balls = []
    for _ in range(count):
        around = math.radians(a.between(-115, 115))
        along = a.between(-0.32, 0.32) * b.length
        reach = b.girth * 0.85
        at = (reach * math.sin(around), along, b.z + reach * math.cos(around))
        balls.append(sphere(b.girth * a.between(0.15, 0.2), 8, at))
    return balls


def build_leopard(a: Assembly) -> None:
    """A leopard: a lithe golden big cat covered in dark spots, with a long tail."""
    black = a.mentions("panther", "black")
    b = build_beast(a, LEOPARD, BLACK if black else None)
    if not black and a.wants("spot"):
        pattern = skin_pattern(b.body, _spots(a, b, 46))
        a.add(pattern, "spot", SPOT, Tier.SECONDARY)


TEMPLATE = Template(
    "leopard",
    build_leopard,
    0.95,
    description="a lithe golden wild cat covered in dark spots",
    synonyms=("cheetah", "jaguar", "panther", "black panther"),
    kinds=("snow leopard", "ocelot", "lynx", "bobcat", "wildcat"),
    parts=(*PARTS, "spot"),
    aliases={**ALIASES, "rosette": "spot"},
)
