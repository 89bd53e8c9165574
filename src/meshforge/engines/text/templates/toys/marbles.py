"""Marbles: a little heap of glass balls with coloured swirls, a big shooter among them."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, box, sphere, union

#: tinted glass and the swirls inside it
GLASS: tuple[RGB, ...] = (
    (120, 180, 230),
    (90, 170, 120),
    (230, 120, 60),
    (70, 90, 200),
    (215, 60, 70),
    (240, 210, 80),
)
SWIRLS: tuple[RGB, ...] = (
    (245, 245, 240),
    (220, 40, 45),
    (30, 80, 190),
    (250, 200, 40),
    (40, 150, 80),
)


def build_marbles(a: Assembly) -> None:
    """Marbles: a little heap of glass balls with coloured swirls, a big shooter among them."""
    r = a.vary(0.008, 0.1)
    count = a.count("marble", a.pick((5, 6, 7)), 1, 7)  # one ring round the shooter
    centres = _heap(a, count, r)
    seg = max(16, a.segments(r))
    for k, (centre, radius) in enumerate(centres):
        glass = a.pick(GLASS)
        a.add(sphere(radius, seg, centre), "marble", glass, material=MATERIALS["glass"])
        a.add(_swirl(radius, seg, k).translate(centre), "swirl", a.pick(SWIRLS), Tier.FIXED)


def _heap(a: Assembly, count: int, r: float) -> list[tuple[Vec3, float]]:
    """Where each marble lies: a big shooter in the middle, the rest in a ring touching it."""
    shooter = r * 1.6 if count > 1 else r
    placed: list[tuple[Vec3, float]] = [((0.0, 0.0, shooter), shooter)]
    for k in range(1, count):
        radius = r * a.between(0.9, 1.05)
        angle = 2 * math.pi * k / max(1, count - 1) + a.between(-0.2, 0.2)
        # a hair closer than touching (in 3D: the shooter's centre sits higher), one piece
        reach = math.sqrt(((shooter + radius) * 0.9) ** 2 - (shooter - radius) ** 2)
        placed.append(((reach * math.cos(angle), reach * math.sin(angle), radius), radius))
    return placed


def _swirl(radius: float, seg: int, k: int) -> Manifold:
    """A twisted band just proud of a marble's surface (cat's-eye glass)."""
    band = box((radius * 0.18, radius * 3, radius * 3))
    vanes = union([band, band.rotate((0, 0, 90))]).rotate((30 + 17 * k, 20, 0))
    return vanes ^ sphere(radius * 1.02, seg)


TEMPLATE = Template(
    "marbles",
    build_marbles,
    0.03,
    description="a handful of small glass marbles with coloured swirls inside, a toy for rolling",
    synonyms=(
        "glass marbles",
        "toy marbles",
        "glass marble",
        "toy marble",
        "cat's eye marble",
        "shooter marble",
    ),
    parts=("marble", "swirl"),
    aliases={"marbles": "marble", "swirls": "swirl", "glass": "marble"},
)
