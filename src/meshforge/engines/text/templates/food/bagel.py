"""A bagel: a plump glossy bread ring, plain or sesame, maybe sliced with cream cheese."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS, golden_points
from meshforge.engines.text.kit.solids import ellipsoid, torus, union

SEEDS: tuple[RGB, ...] = ((245, 235, 200), (40, 35, 30))


def build_bagel(a: Assembly) -> None:
    """A bagel: a plump glossy bread ring, plain or sesame, maybe sliced with cream cheese."""
    radius, tube_r = a.vary(0.045, 0.1), a.vary(0.02, 0.12)
    crust = a.pick(CRUSTS)
    squash = 0.75
    if a.maybe("cream cheese", 0.3, "sliced", "cut", "schmear", "lox", "salmon"):
        half = torus(radius, tube_r, a.segments(radius)).scale((1.0, 1.0, squash * 0.55))
        a.add(half.translate((0, 0, tube_r * 0.41)), "bagel", crust)
        a.add(
            torus(radius, tube_r * 1.02, a.segments(radius))
            .scale((1.0, 1.0, 0.2))
            .translate((0, 0, tube_r * 0.85)),
            "cream cheese",
            (250, 248, 240),
            Tier.FIXED,
        )
        a.add(half.translate((0, 0, tube_r * 1.3)), "bagel", crust)
        return
    a.add(
        torus(radius, tube_r, a.segments(radius))
        .scale((1.0, 1.0, squash))
        .translate((0, 0, tube_r * squash)),
        "bagel",
        crust,
    )
    if a.maybe("seed", 0.5, "sesame", "poppy", "everything"):
        seed = a.pick(SEEDS) if not a.mentions("poppy") else SEEDS[1]
        pieces = []
        for azimuth, frac in golden_points(70):
            # over the top half of the ring
            t = math.pi * (0.1 + 0.8 * frac)
            # a little inside the surface, so that they hold at any tessellation
            ring_x = radius + tube_r * 0.93 * math.cos(t)
            z = tube_r * squash + tube_r * squash * 0.93 * math.sin(t)
            spot = (ring_x * math.cos(azimuth), ring_x * math.sin(azimuth), z)
            pieces.append(ellipsoid((0.0035, 0.002, 0.002), 6, spot))
        a.add(union(pieces), "seed", seed, Tier.FIXED)


TEMPLATE = Template(
    "bagel",
    build_bagel,
    0.035,
    description="a round chewy bread roll with a hole in the middle",
    synonyms=("bagels", "sesame bagel", "plain bagel", "everything bagel", "poppy seed bagel"),
    kinds=("lox bagel", "bialy"),
    parts=("bagel", "seed", "cream cheese"),
    aliases={"bread": "bagel", "seeds": "seed", "sesame": "seed", "cheese": "cream cheese"},
)
