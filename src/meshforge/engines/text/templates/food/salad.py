"""A salad: a bowl heaped with tossed leaves, cherry tomatoes, cucumber slices and croutons."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import cylinder, dome, ellipsoid, rounded_box, sphere
from meshforge.engines.text.kit.tableware import serving_bowl

LEAVES: tuple[RGB, ...] = ((110, 170, 60), (80, 145, 50), (140, 190, 80))
TOMATO: RGB = (215, 40, 35)
CUCUMBER: RGB = (170, 205, 120)
CROUTON: RGB = (215, 165, 90)


def build_salad(a: Assembly) -> None:
    """A salad bowl: a mound of leaves standing out of it, the toppings tucked among them."""
    radius, depth = a.vary(0.1, 0.08), a.vary(0.055, 0.1)
    seg = a.segments(radius)
    serving_bowl(a, radius, depth)
    green = a.color("leaf", LEAVES)
    mound_top = depth + radius * a.between(0.25, 0.4)
    a.add(
        dome((radius * 0.86, radius * 0.86, mound_top - depth * 0.65), seg, (0, 0, depth * 0.65)),
        "leaf",
        green,
    )
    # the leaves: thin curled blades standing out of the mound at all angles
    places = golden_points(a.count("leaf", 22, 8, 40))
    for index, (azimuth, height) in enumerate(places):
        lat = math.asin(0.35 + 0.6 * height)  # leaves above the rim only
        rise = mound_top - depth * 0.65
        at = (
            radius * 0.85 * math.cos(lat) * math.cos(azimuth),
            radius * 0.85 * math.cos(lat) * math.sin(azimuth),
            depth * 0.65 + rise * math.sin(lat) * 0.98,
        )
        size = radius * a.between(0.22, 0.32)
        blade = ellipsoid((size, size * 0.6, size * 0.08), 12)
        blade = blade.rotate((a.between(20, 70), 0, math.degrees(azimuth) + a.between(-40, 40)))
        shade = LEAVES[index % len(LEAVES)] if green in LEAVES else green
        a.add(blade.translate(at), "leaf", shade, Tier.SECONDARY)
    tops = golden_points(9)
    for index, (azimuth, height) in enumerate(tops):
        lat = math.asin(0.35 + height * 0.5)
        rise = mound_top - depth * 0.65
        ring = radius * 0.9 * math.cos(lat)
        at = (
            ring * math.cos(azimuth + 1.0),
            ring * math.sin(azimuth + 1.0),
            depth * 0.65 + rise * math.sin(lat),
        )
        kind = index % 3
        if kind == 0 and a.wants("tomato"):
            a.add(sphere(radius * 0.11, 14, at), "tomato", TOMATO, Tier.FIXED)
        elif kind == 1 and a.wants("cucumber"):
            slice_ = cylinder(radius * 0.12, radius * 0.04, 16).rotate((a.between(10, 40), 0, 0))
            a.add(slice_.translate(at), "cucumber", CUCUMBER, Tier.FIXED)
        elif kind == 2 and a.maybe("crouton", 0.6):
            cube = rounded_box((radius * 0.1,) * 3, radius * 0.02, 8, at)
            a.add(cube, "crouton", CROUTON, Tier.FIXED)


TEMPLATE = Template(
    "salad",
    build_salad,
    0.12,
    description="a bowl of green salad leaves with cherry tomatoes and cucumber slices",
    synonyms=("salads", "green salad", "bowl of salad", "side salad"),
    kinds=("caesar salad", "garden salad", "greek salad", "tossed salad", "chef salad"),
    not_claimed=("salad bowl", "seaweed salad", "salad dressing", "salad spinner", "salad fork"),
    parts=("bowl", "leaf", "tomato", "cucumber", "crouton"),
    aliases={
        "leaves": "leaf",
        "lettuce": "leaf",
        "greens": "leaf",
        "tomatoes": "tomato",
        "croutons": "crouton",
    },
)
