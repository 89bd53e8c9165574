"""A star fruit (carambola): a waxy yellow-green oval with five deep ribs running its length,
lying on its side; sliced, a star-shaped slice stands beside it."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import STEM_BROWN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, turned
from meshforge.engines.text.kit.solids import cylinder, rod
from meshforge.engines.text.kit.vegetables import fluted

SKINS: tuple[RGB, ...] = ((235, 210, 60), (210, 205, 70), (240, 190, 50))


def build_star_fruit(a: Assembly) -> None:
    """A star fruit: a waxy oval with five deep ribs, lying down, maybe a star slice beside it."""
    length, r = a.vary(0.12, 0.08), a.vary(0.028, 0.08)

    def radius_at(z: float) -> float:
        return r * float(math.sin(math.pi * z / length) ** 0.6)

    depth = a.between(0.3, 0.38)
    body = fluted(turned(radius_at, length, a.segments(r) * 2), 5, depth, 90)
    # laid along X, resting on two of its ribs
    lift = r * (1 - depth) * 1.05
    body = body.rotate((0, 90, 0)).rotate((36, 0, 0)).translate((-length / 2, 0, lift))
    skin = a.pick(SKINS)
    a.add(body, "skin", skin)
    if a.wants("stem"):
        end = (-length / 2 + 0.004, 0.0, lift)
        stem = rod(end, (end[0] - length * 0.06, 0, lift), r * 0.08, 8)
        a.add(stem, "stem", STEM_BROWN, Tier.FIXED)
    if a.maybe("slice", 0.5, "sliced", "slices", "cut"):
        # a star-shaped slice standing on edge against the fruit's end
        disc = fluted(cylinder(r * 1.15, r * 0.25, a.segments(r) * 2), 5, depth, 90)
        disc = disc.rotate((0, 90, 0)).translate((length / 2 - r * 0.05, 0, r * 1.15 * (1 - depth)))
        a.add(disc, "flesh", (245, 225, 110), Tier.SECONDARY)


TEMPLATE = Template(
    "star fruit",
    build_star_fruit,
    0.06,
    description="a waxy yellow tropical fruit with five ribs, star-shaped when sliced",
    synonyms=("starfruit", "star fruits"),
    kinds=("star apple fruit",),
    parts=("skin", "stem", "flesh"),
    aliases={**FRUIT_ALIASES, "slice": "flesh", "slices": "flesh"},
)
