"""Earmuffs: a curved headband with a fluffy round muff at each end."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import arc_tube, ellipsoid

FURS = (WHITE, (240, 180, 200), (200, 40, 50), (150, 110, 80), (60, 110, 190))


def build_earmuffs(a: Assembly) -> None:
    """A band arching over the top, a round fluffy muff at each of its ends."""
    r = a.vary(0.085, 0.08)
    fur = a.pick(FURS)
    band = a.pick(((40, 40, 44), (200, 202, 206), fur, *BRIGHTS[:2]))
    a.add(arc_tube((0, 0, 0.05), r, 0.007, 32, 0, 180), "band", band, Tier.SECONDARY)
    muff_r = a.vary(0.045, 0.12)
    for side in (-1, 1):
        a.add(
            ellipsoid((muff_r * 0.55, muff_r, muff_r), a.segments(muff_r), (side * r, 0, 0.05)),
            "muff",
            fur,
        )


TEMPLATE = Template(
    "earmuffs",
    build_earmuffs,
    0.15,
    description="a pair of earmuffs, fluffy round pads on a headband that keep the ears warm",
    synonyms=("earmuff", "ear muffs", "ear warmers", "ear defenders"),
    kinds=("fluffy earmuffs",),
    parts=("band", "muff"),
    aliases={"headband": "band", "pad": "muff", "pads": "muff", "muffs": "muff", "fur": "muff"},
)
