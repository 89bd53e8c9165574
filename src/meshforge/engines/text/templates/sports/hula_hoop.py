"""A hula hoop lying flat: a large plastic ring, often banded in two colours."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import torus, union

COLORS: tuple[RGB, ...] = (
    (240, 80, 160),
    (60, 160, 230),
    (250, 200, 40),
    (120, 200, 80),
    (150, 90, 200),
)
BANDS: tuple[RGB, ...] = ((245, 245, 240), (30, 30, 34), (250, 140, 40))


def build_hula_hoop(a: Assembly) -> None:
    """A hula hoop: a thin ring of tube, with a spiral of tape bands round it when striped."""
    radius, tube_r = a.vary(0.45, 0.1), 0.012
    a.add(torus(radius, tube_r, 96, (0, 0, tube_r)), "hoop", COLORS)
    if a.maybe("band", 0.6, "striped", "stripes", "band"):
        count = 16
        bands = []
        for k in range(count):
            angle = 2 * math.pi * k / count
            ring = (
                torus(tube_r * 1.08, tube_r * 0.28, 12)
                .rotate((90, 0, 0))
                .rotate((0, 0, math.degrees(angle) + 90))
            )
            bands.append(
                ring.translate((radius * math.cos(angle), radius * math.sin(angle), tube_r))
            )
        a.add(union(bands), "band", BANDS, Tier.SECONDARY)


TEMPLATE = Template(
    "hula hoop",
    build_hula_hoop,
    0.03,
    description="a hula hoop: a large plastic toy ring twirled round the waist",
    synonyms=("hulahoop", "exercise hoop", "fitness hoop"),
    kinds=("weighted hoop", "dance hoop"),
    parts=("hoop", "band"),
    aliases={"ring": "hoop", "stripe": "band", "stripes": "band", "tape": "band"},
)
