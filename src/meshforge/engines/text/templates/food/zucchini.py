"""A zucchini (courgette): a long straight green squash, widening to its tip, with a woody stalk."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder
from meshforge.engines.text.kit.vegetables import fluted, lying

SKINS: tuple[RGB, ...] = ((50, 110, 40), (70, 125, 45), (40, 95, 35))
YELLOW: RGB = (235, 200, 60)
STALK: RGB = (120, 140, 80)
SCAR: RGB = (150, 150, 90)


def build_zucchini(a: Assembly) -> None:
    """A zucchini: a long straight green squash, widening to its tip, with a woody stalk."""
    length, radius = a.vary(0.22, 0.12), a.vary(0.024, 0.1)
    neck = a.between(0.55, 0.7)

    def radius_at(z: float) -> float:
        t = z / length
        # from the narrow stalk end it swells steadily, then rounds off at the blossom end
        girth = neck + (1 - neck) * min(1.0, t * 1.6)
        return radius * girth * math.sqrt(max(0.0, 1 - (2 * t - 1) ** 8))

    yaw = a.between(-20, 20)
    body = lying(radius_at, length, a.segments(radius), 10, 0.02, radius * 0.15)
    skin = (YELLOW,) if a.mentions("yellow") else SKINS
    a.add(body.translate((0, 0, radius)).rotate((0, 0, yaw)), "skin", skin)
    if a.wants("stalk"):
        # a short five-sided woody stalk flaring from the narrow end (turned from +Z to -X)
        stalk_r = radius * neck * 0.45
        stem = fluted(cylinder(stalk_r * 1.4, radius * 1.2, 10, top_radius=stalk_r), 5, 0.15)
        end = -length / 2 + radius * 0.4
        # the ends are lifted by the bend: the stalk rises with them
        stem = stem.rotate((0, -90, 0)).translate((end, 0, radius * 1.13))
        a.add(stem.rotate((0, 0, yaw)), "stalk", STALK, Tier.FIXED)


TEMPLATE = Template(
    "zucchini",
    build_zucchini,
    0.05,
    description="a long green zucchini squash with a short woody stalk",
    synonyms=("courgette", "courgettes", "zucchinis", "zucchini squash", "marrow"),
    kinds=("summer squash", "yellow squash"),
    parts=("skin", "stalk"),
    aliases={"stem": "stalk", "peel": "skin", "body": "skin"},
)
