"""A hamburger: sesame bun, patty, melted cheese, lettuce and tomato."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHEESE, CRUMB, CRUSTS, LEAF_GREEN, golden_points, seeds
from meshforge.engines.text.kit.solids import box, cylinder, lathe, prism

PATTY: RGB = (90, 50, 30)
TOMATO: RGB = (210, 50, 40)


def build_hamburger(a: Assembly) -> None:
    """A hamburger: sesame bun, patty, melted cheese, lettuce and tomato."""
    bun = a.pick(CRUSTS)
    r = a.vary(0.055, 0.1)
    z = 0.0
    bottom_h = a.vary(0.018, 0.15)
    a.add(
        lathe(
            [(0, 0), (r * 0.9, 0), (r, bottom_h * 0.5), (r, bottom_h), (0, bottom_h)], a.segments(r)
        ),
        "bun",
        bun,
    )
    z = bottom_h
    patties = a.count("patty", a.pick((1, 1, 2)), 1, 3)
    for k in range(patties):
        h = a.vary(0.014, 0.15)
        a.add(cylinder(r * 1.06, h, a.segments(r), (0, 0, z - 0.001)), "patty", PATTY, Tier.FIXED)
        z += h
        if k == 0 and a.wants("cheese"):
            side = r * 1.75
            sheet = box((side, side, 0.003), (0, 0, z + 0.0005)).rotate((0, 0, a.between(30, 60)))
            a.add(sheet, "cheese", CHEESE, Tier.FIXED)
            z += 0.003
    if a.wants("tomato"):
        a.add(
            cylinder(r * 0.95, 0.007, a.segments(r), (0, 0, z - 0.001)),
            "tomato",
            TOMATO,
            Tier.FIXED,
        )
        z += 0.006
    if a.wants("lettuce"):
        frills = 18
        outline = [
            (
                (r * (1.12 if k % 2 else 1.0)) * math.cos(math.pi * k / frills),
                (r * (1.12 if k % 2 else 1.0)) * math.sin(math.pi * k / frills),
            )
            for k in range(2 * frills)
        ]
        a.add(prism(outline, 0.006, (0, 0, z - 0.001)), "lettuce", LEAF_GREEN, Tier.FIXED)
        z += 0.005
    top_h = a.vary(0.035, 0.15)
    crown = [
        (r * math.sin(t), top_h * math.cos(t) ** 0.8 + 0.004)
        for t in [math.pi / 2 * k / 12 for k in range(13)]
    ]
    profile = [(0.0, 0.0), (r * 0.98, 0.0), *reversed(crown)]
    a.add(lathe(profile, a.segments(r)).translate((0, 0, z - 0.001)), "bun", bun)
    a.add(cylinder(r * 0.97, 0.003, a.segments(r), (0, 0, z - 0.002)), "bun", CRUMB, Tier.FIXED)
    if a.wants("sesame"):
        places = []
        for azimuth, fraction in golden_points(a.count("sesame", 22, 0, 60)):
            t = math.pi / 2 * (0.15 + 0.7 * fraction)  # angle down from the crown's top
            rr = r * math.sin(t)
            normal = (math.sin(t) * math.cos(azimuth), math.sin(t) * math.sin(azimuth), math.cos(t))
            centre = (
                rr * math.cos(azimuth),
                rr * math.sin(azimuth),
                z + top_h * math.cos(t) + 0.003,
            )
            places.append((centre, normal))
        seeds(a, places, (0.003, 0.0018, 0.0012), (245, 235, 200), "sesame")


TEMPLATE = Template(
    "hamburger",
    build_hamburger,
    0.09,
    description="a burger: a beef patty with cheese, lettuce and tomato in a sesame bun",
    synonyms=("burger", "cheeseburger", "beefburger", "beef burger"),
    kinds=("double cheeseburger", "veggie burger", "big mac", "whopper", "slider"),
    parts=("bun", "patty", "cheese", "lettuce", "tomato", "sesame"),
    aliases={
        "meat": "patty",
        "beef": "patty",
        "salad": "lettuce",
        "seed": "sesame",
        "bread": "bun",
    },
)
