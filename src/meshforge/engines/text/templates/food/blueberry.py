"""Blueberries: a little heap of small round dusky-blue berries, each with a star-shaped crown
at its top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, cylinder, sphere, torus, union

BERRIES: tuple[RGB, ...] = ((60, 75, 130), (50, 60, 115), (75, 85, 145))
CROWN: RGB = (45, 45, 70)


def build_blueberry(a: Assembly) -> None:
    """Blueberries: a heap of small round blue berries, each crowned with a star."""
    r = a.vary(0.006, 0.08)
    count = a.count("berry", a.pick((3, 5, 7)), 1, 7)
    # a ring of touching berries on the ground, one resting on top when there are four or more
    ring = count - 1 if count >= 4 else count
    spread = 0.0 if ring == 1 else r * 0.9 / math.sin(math.pi / ring)
    turn = a.between(0, math.pi)
    spots: list[Vec3] = [
        (
            spread * math.cos(turn + 2 * math.pi * k / ring),
            spread * math.sin(turn + 2 * math.pi * k / ring),
            r * 0.95,
        )
        for k in range(ring)
    ]
    if count >= 4:
        spots.append((0.0, 0.0, r * 0.95 + math.sqrt(max(0.0, (1.9 * r) ** 2 - spread**2))))
    body = union([sphere(r, a.segments(r), at) for at in spots])
    a.add(body, "berry", BERRIES)
    crowns = []
    for at in spots:
        top = (at[0], at[1], at[2] + r * 0.97)
        crowns.append(torus(r * 0.22, r * 0.07, 12, top))
        crowns.append(cylinder(r * 0.16, r * 0.06, 10, (top[0], top[1], top[2] - r * 0.05)))
    a.add(union(crowns), "crown", CROWN, Tier.FIXED)


TEMPLATE = Template(
    "blueberry",
    build_blueberry,
    0.02,
    description="small round dark blue berries with a little star crown on top",
    synonyms=("blueberries", "bilberry", "bilberries"),
    kinds=("huckleberry", "wild blueberry"),
    parts=("berry", "crown"),
    aliases={"berries": "berry", "skin": "berry", "fruit": "berry"},
)
