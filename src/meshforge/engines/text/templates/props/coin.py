"""A coin standing on its edge: a round disc with a raised rim and a relief on its face."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, SILVER
from meshforge.engines.text.kit.solids import prism, subtract
from meshforge.engines.text.kit.sweeps import front_disc

METALS: tuple[RGB, ...] = (GOLD, SILVER, (190, 120, 70))


def build_coin(a: Assembly) -> None:
    """A coin standing on its edge: a round disc with a raised rim and a relief on its face."""
    r, thick = a.vary(0.013, 0.15), a.vary(0.0022, 0.1)
    metal = a.pick(METALS)
    segments = a.segments(r) * 2
    a.add(front_disc(r * 0.9, thick, segments, 0, r), "coin", metal)
    rim = subtract(
        front_disc(r, thick * 1.35, segments, 0, r), front_disc(r * 0.86, thick * 2, segments, 0, r)
    )
    a.add(rim, "rim", metal)
    # the relief: a star or a rising sun, raised on both faces
    points = []
    spikes = a.pick((5, 6, 8))
    for k in range(spikes * 2):
        angle = math.pi / 2 + k * math.pi / spikes
        radius = r * (0.55 if k % 2 == 0 else 0.24)
        points.append((radius * math.cos(angle), r + radius * math.sin(angle)))
    # (a prism on XY turned upright: its depth runs along Y, centred on the coin)
    relief = prism(points, thick * 1.5).rotate((90, 0, 0)).translate((0, thick * 0.75, 0))
    a.add(relief, "relief", metal, Tier.FIXED)


TEMPLATE = Template(
    "coin",
    build_coin,
    0.026,
    description="a round gold coin with a raised rim and an emblem stamped on it",
    synonyms=("gold coin", "silver coin", "coins", "penny", "doubloon", "medallion", "token coin"),
    kinds=("pirate coin", "bitcoin"),
    not_claimed=("coin purse", "coin bank"),
    parts=("coin", "rim", "relief"),
    aliases={"face": "coin", "emblem": "relief", "edge": "rim", "body": "coin"},
)
