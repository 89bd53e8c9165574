"""A boomerang: a flat bent wooden wing, painted with bands or dots."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder

WOODS: tuple[RGB, ...] = ((190, 135, 75), (160, 105, 55), (220, 170, 100), (200, 60, 40))
PAINT: tuple[RGB, ...] = ((240, 240, 235), (30, 30, 32), (240, 190, 40))


def build_boomerang(a: Assembly) -> None:
    """A boomerang: a flat bent wooden wing, painted with bands or dots."""
    arm = a.vary(0.22, 0.12)
    width = arm * a.between(0.22, 0.3)
    angle = math.radians(a.between(100, 120))
    thick = 0.01
    half = angle / 2
    paint = a.pick(PAINT)
    for sign in (1, -1):
        direction = (math.cos(math.pi / 2 + sign * half), math.sin(math.pi / 2 + sign * half))
        tip = (direction[0] * arm, direction[1] * arm, 0.0)
        # each arm: the hull of a round end at the elbow and a narrower one at the tip
        wing = Manifold.batch_hull(
            [cylinder(width / 2, thick, 24), cylinder(width * 0.4, thick, 24, tip)]
        )
        a.add(wing, "body", WOODS)
        for t in (0.45, 0.75):
            spot = (tip[0] * t, tip[1] * t, thick - 0.001)
            a.add(cylinder(width * 0.16, thick * 0.4, 12, spot), "pattern", paint, Tier.SECONDARY)


TEMPLATE = Template(
    "boomerang",
    build_boomerang,
    0.02,
    description="a flat bent wooden throwing stick that flies back to the thrower",
    synonyms=("boomerangs", "aboriginal boomerang", "throwing stick"),
    parts=("body", "pattern"),
    aliases={"wood": "body", "dots": "pattern", "paint": "pattern", "stripes": "pattern"},
)
