"""A fig: a soft purple teardrop, round at the bottom and drawn up into a short neck and
stalk; sliced, one half lies beside it showing the pink seeded flesh."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import STEM_BROWN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, turned
from meshforge.engines.text.kit.solids import ellipsoid, rod

SKINS: tuple[RGB, ...] = ((95, 50, 85), (80, 45, 75), (120, 70, 95), (130, 140, 70))
FLESH: RGB = (220, 100, 110)


def build_fig(a: Assembly) -> None:
    """A fig: a purple teardrop with a short neck and stalk, maybe a sliced half beside it."""
    r = a.vary(0.022, 0.08)
    height = r * a.vary(2.1, 0.08)

    def radius_at(z: float) -> float:
        u = z / height
        bulb = r * math.sqrt(max(0.0, 1 - ((u - 0.38) / 0.4) ** 2)) if u < 0.78 else 0.0
        neck = r * 0.28 * (1 - max(0.0, u - 0.6) / 0.4) ** 0.5 if u > 0.3 else 0.0
        return max(bulb, neck, 1e-4) * (1.0 if u > 0.05 else 0.9)

    body = turned(radius_at, height, a.segments(r))
    skin = a.pick(SKINS)
    a.add(body.translate((0, 0, -height * 0.02)), "skin", skin)
    if a.wants("stem"):
        stalk = rod((0, 0, height * 0.9), (r * 0.15, 0, height * 1.08), r * 0.1, 8, r * 0.07)
        a.add(stalk, "stem", STEM_BROWN, Tier.FIXED)
    if a.maybe("half", 0.5, "sliced", "halved", "cut"):
        # half a fig laid on its back beside the whole one, cut face up, the two touching
        half = body.trim_by_plane((0, 1, 0), 0.0).rotate((-90, 0, 0))  # cut face at z = 0, up
        lift = r * 0.98
        a.add(half.translate((r * 1.8, -height * 0.5, lift)), "skin", skin)
        face = ellipsoid((r * 0.8, height * 0.3, r * 0.05), a.segments(r))
        a.add(face.translate((r * 1.8, -height * 0.12, lift)), "flesh", FLESH, Tier.FIXED)


TEMPLATE = Template(
    "fig",
    build_fig,
    0.05,
    description="a soft purple teardrop shaped fruit with pink seeded flesh inside",
    synonyms=("figs", "fresh fig", "common fig"),
    kinds=("black mission fig", "sliced fig"),
    not_claimed=("fiddle leaf fig", "fig newton", "weeping fig"),
    parts=("skin", "stem", "flesh"),
    aliases={**FRUIT_ALIASES, "inside": "flesh", "seeds": "flesh"},
)
