"""A pomegranate: a round leathery red fruit with a crown of stiff pointed sepals on top,
maybe beside a half packed with glossy ruby seeds."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.produce import round_fruit, turned
from meshforge.engines.text.kit.solids import Vec3, cylinder, ellipsoid, rod, sphere, union

SKINS: tuple[RGB, ...] = ((175, 35, 40), (190, 50, 45), (160, 30, 45))
PITH: RGB = (245, 225, 190)
ARIL: RGB = (200, 20, 50)


def build_pomegranate(a: Assembly) -> None:
    """A pomegranate: a round red fruit with a crown of pointed sepals, maybe beside a half."""
    radius = a.vary(0.045, 0.08)
    height = radius * 1.85
    skin = a.pick(SKINS)
    a.add(turned(round_fruit(radius, height, 0.15), height, a.segments(radius)), "skin", skin)
    # the crown: a short tube opening into a ring of stiff upright points
    top: Vec3 = (0.0, 0.0, height - radius * 0.05)
    crown = [cylinder(radius * 0.22, radius * 0.22, 16, top, radius * 0.26)]
    for k in range(6):
        angle = 2 * math.pi * k / 6
        base: Vec3 = (
            radius * 0.2 * math.cos(angle),
            radius * 0.2 * math.sin(angle),
            top[2] + radius * 0.18,
        )
        tip: Vec3 = (
            radius * 0.34 * math.cos(angle),
            radius * 0.34 * math.sin(angle),
            top[2] + radius * 0.42,
        )
        crown.append(rod(base, tip, radius * 0.06, 8, radius * 0.01))
    a.add(union(crown), "crown", skin)
    if a.mentions("whole") or not a.maybe("seeds", 0.45, "half", "halved", "open", "cut"):
        return
    # a half lying in front, cut face up: pale pith packed with seeds
    half_r = radius * 0.95
    at: Vec3 = (radius * a.between(-0.3, 0.3), -radius * 1.75, half_r * 0.9)
    half = sphere(half_r, a.segments(radius), at).trim_by_plane((0, 0, -1), -at[2])
    a.add(half, "skin", skin)
    a.add(
        cylinder(
            half_r * 0.93, half_r * 0.05, a.segments(radius), (at[0], at[1], at[2] - half_r * 0.04)
        ),
        "pith",
        PITH,
        Tier.FIXED,
    )
    seeds = []
    for angle, fraction in golden_points(70):
        r = half_r * 0.85 * math.sqrt(fraction)
        spot = (at[0] + r * math.cos(angle), at[1] + r * math.sin(angle), at[2] + half_r * 0.02)
        seeds.append(ellipsoid((half_r * 0.07, half_r * 0.07, half_r * 0.05), 8, spot))
    a.add(union(seeds), "seeds", ARIL, Tier.FIXED)


TEMPLATE = Template(
    "pomegranate",
    build_pomegranate,
    0.1,
    description="a round red fruit with a small crown on top, full of juicy ruby seeds",
    synonyms=("pomegranates", "pomegranite"),
    kinds=("halved pomegranate", "pomegranate seeds"),
    parts=("skin", "crown", "pith", "seeds"),
    aliases={"peel": "skin", "seed": "seeds", "arils": "seeds", "inside": "pith", "body": "skin"},
)
