"""A banana: a curved, tapering yellow fruit with a stalk at one end and a dark tip."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, rod, sphere
from meshforge.engines.text.kit.sweeps import tube

YELLOWS: tuple[RGB, ...] = ((245, 210, 60), (240, 200, 40), (220, 215, 80))
STALK: RGB = (120, 110, 50)
TIP: RGB = (60, 45, 30)


def build_banana(a: Assembly) -> None:
    """A banana: a curved, tapering yellow fruit with a stalk at one end and a dark tip."""
    length, thick = a.vary(0.19, 0.1), a.vary(0.018, 0.1)
    bend = math.radians(a.between(55, 75))
    radius = length / bend

    def at(t: float) -> Vec3:
        angle = -bend / 2 + bend * t
        return (radius * math.sin(angle), 0.0, thick + radius * (1 - math.cos(angle)))

    steps = 10
    mid = steps // 2
    path = [at(k / steps) for k in range(steps + 1)]
    skin = a.pick(YELLOWS)
    # two tubes from the middle out, each tapering towards its end
    a.add(tube(path[mid:], thick, a.segments(thick * 3), thick * 0.45), "peel", skin)
    a.add(tube(path[mid::-1], thick, a.segments(thick * 3), thick * 0.35), "peel", skin)
    start, end = path[0], path[-1]
    a.add(sphere(thick * 0.36, 8, start), "tip", TIP, Tier.FIXED)
    if a.wants("stalk"):
        out = (end[0] + thick * 0.9, 0.0, end[2] + thick * 1.0)
        a.add(rod(end, out, thick * 0.28, 8, thick * 0.22), "stalk", STALK, Tier.FIXED)


TEMPLATE = Template(
    "banana",
    build_banana,
    0.07,
    description="a curved yellow banana with a stalk",
    synonyms=("ripe banana", "plantain"),
    kinds=("cavendish",),
    parts=("peel", "tip", "stalk"),
    aliases={"skin": "peel", "stem": "stalk", "body": "peel"},
)
