"""A soft pretzel: a brown dough rope twisted into the classic knot, sprinkled with coarse salt."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import sphere, union
from meshforge.engines.text.kit.sweeps import tube

BAKES: tuple[RGB, ...] = ((150, 85, 35), (170, 100, 45), (130, 70, 30))
SALT: RGB = (250, 250, 248)


def build_pretzel(a: Assembly) -> None:
    """A soft pretzel: a brown dough rope twisted into the classic knot, salted."""
    size = a.vary(0.07, 0.1)
    rope = size * a.vary(0.17, 0.12)
    bake = a.pick(BAKES)
    # the outline is a heart, lobes up; the two arms run from its top dip, cross in the
    # middle and land on the belly at left and right
    loop = []
    for k in range(33):
        t = 2 * math.pi * k / 32
        x = math.sin(t) ** 3
        y = (13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)) / 16
        loop.append((size * x, size * (y + 0.1), rope))
    a.add(tube(loop, rope, a.segments(rope)), "dough", bake)
    dip = (0.0, size * (5 / 16 + 0.1) - rope * 0.5, rope * 1.1)
    pts = loop
    for sx in (-1, 1):
        land = (sx * size * 0.55, -size * 0.45, rope)
        cross = (sx * size * -0.05, size * 0.0, rope * 1.5 if sx > 0 else rope * 1.2)
        a.add(tube([dip, cross, land], rope * 0.85, a.segments(rope)), "dough", bake)
    if a.maybe("salt", 0.75, "salted"):
        grains = []
        for k in range(18):
            p = pts[(k * 7) % len(pts)]
            grains.append(sphere(rope * 0.16, 6, (p[0], p[1], p[2] + rope * 0.95)))
        a.add(union(grains), "salt", SALT, Tier.FIXED)


TEMPLATE = Template(
    "pretzel",
    build_pretzel,
    0.03,
    description="a baked knot of brown dough sprinkled with coarse salt",
    synonyms=("soft pretzel", "bretzel", "brezel", "salted pretzel", "pretzels"),
    kinds=("bavarian pretzel", "giant pretzel"),
    parts=("dough", "salt"),
    aliases={"bread": "dough", "knot": "dough", "salt crystals": "salt"},
)
