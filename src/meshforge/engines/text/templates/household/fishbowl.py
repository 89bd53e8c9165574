"""A fishbowl: a round glass bowl with a wide mouth, water, gravel, a weed and a goldfish."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, lathe, sphere, torus
from meshforge.engines.text.kit.sweeps import tube

GLASS: RGB = (190, 220, 235)
WATER: RGB = (110, 170, 220)
GRAVELS: tuple[RGB, ...] = ((200, 170, 120), (90, 140, 200), (220, 120, 150))
GOLDFISH: RGB = (250, 140, 30)
WEED: RGB = (60, 150, 70)


def build_fishbowl(a: Assembly) -> None:
    """A fishbowl: a round glass bowl with a wide mouth, water, gravel, a weed and a goldfish."""
    radius = a.vary(0.13, 0.12)
    mouth = radius * a.between(0.55, 0.7)
    # a sphere cut flat at the bottom and open at the top: a thin turned shell
    pts_out, pts_in = [], []
    wall = 0.004
    bottom_t, top_t = -math.asin(0.6), math.acos(mouth / radius)
    for k in range(25):
        t = bottom_t + (top_t - bottom_t) * k / 24
        pts_out.append((radius * math.cos(t), radius * (math.sin(t) + 0.6)))
    for k in range(24, -1, -1):
        t = bottom_t + (top_t - bottom_t) * k / 24
        pts_in.append(
            (
                (radius - wall) * math.cos(t),
                radius * 0.6 + (radius - wall) * math.sin(t) + wall * 0.3,
            )
        )
    floor_z = pts_in[-1][1]
    profile = [(0.0, 0.0), *pts_out, *pts_in, (0.0, floor_z)]
    a.add(lathe(profile, a.segments(radius)), "bowl", GLASS, Tier.FIXED)
    rim_z = pts_out[-1][1]
    a.add(torus(mouth, wall * 1.2, a.segments(radius), (0, 0, rim_z)), "bowl", GLASS, Tier.FIXED)
    level = radius * a.between(1.1, 1.35)
    # the water: the bowl's inside up to the level, shown solid
    water = (
        sphere(radius - wall * 0.5, a.segments(radius), (0, 0, radius * 0.6))
        .trim_by_plane((0, 0, -1), -level)
        .trim_by_plane((0, 0, 1), floor_z)
    )
    a.add(water, "water", WATER, Tier.PRIMARY)
    a.add(
        cylinder(radius * 0.75, radius * 0.15, a.segments(radius), (0, 0, floor_z - 0.002)),
        "gravel",
        a.pick(GRAVELS),
        Tier.FIXED,
    )
    if a.wants("weed"):
        stalk = [
            (radius * 0.3, 0.0, floor_z + radius * 0.1),
            (radius * 0.35, radius * 0.05, floor_z + radius * 0.5),
            (radius * 0.25, 0.0, floor_z + radius * 0.9),
        ]
        a.add(tube(stalk, 0.006, 8, 0.003), "weed", WEED, Tier.FIXED)
    if a.wants("fish"):
        fz = min(level - radius * 0.15, radius * 0.95)
        # the glass is drawn opaque, so the fish swims just through the front of it, where it shows
        wall_y = -math.sqrt(max(radius**2 - (fz - radius * 0.6) ** 2, 0.0))
        fy = wall_y + radius * 0.05
        fish = ellipsoid((radius * 0.22, radius * 0.09, radius * 0.12), 16, (0, fy, fz))
        a.add(fish, "fish", GOLDFISH, Tier.FIXED)
        tail = ellipsoid(
            (radius * 0.1, radius * 0.04, radius * 0.1), 10, (radius * 0.25, fy + radius * 0.03, fz)
        )
        a.add(tail, "fish", GOLDFISH, Tier.FIXED)


TEMPLATE = Template(
    "fishbowl",
    build_fishbowl,
    0.22,
    description="a round glass bowl of water with a goldfish swimming inside",
    synonyms=("fish bowl", "goldfish bowl", "fish tank bowl", "glass fish bowl"),
    kinds=("betta bowl",),
    parts=("bowl", "water", "gravel", "weed", "fish"),
    aliases={
        "glass": "bowl",
        "goldfish": "fish",
        "plant": "weed",
        "pebbles": "gravel",
        "stones": "gravel",
    },
)
