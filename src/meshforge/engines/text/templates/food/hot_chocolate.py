"""Hot chocolate: a mug filled to near the brim with cocoa, topped with a swirl of whipped
cream or a heap of marshmallows."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import cylinder, lathe, sphere, subtract, union, vessel
from meshforge.engines.text.kit.tableware import CERAMICS, cup_handle

COCOA: RGB = (95, 55, 35)
CREAM: RGB = (250, 248, 240)
MARSHMALLOW: tuple[RGB, ...] = ((252, 250, 245), (245, 200, 215))
DUST: RGB = (110, 65, 40)


def build_hot_chocolate(a: Assembly) -> None:
    """Hot chocolate: a mug of cocoa topped with whipped cream or marshmallows."""
    height, radius = a.vary(0.095, 0.1), a.vary(0.042, 0.1)
    wall = 0.005
    mug = a.pick(CERAMICS)
    outer = [(radius - 0.003, 0.0), (radius, 0.003), (radius + 0.003, height)]
    a.add(vessel(outer, wall, 0.008, a.segments(radius)), "mug", mug)
    if a.wants("handle"):
        handle = cup_handle(a, radius - 0.001, height * 0.52, height * 0.28, 0.006, 1.15)
        cavity = cylinder(radius - wall, height, a.segments(radius), (0, 0, 0.008))
        a.add(subtract(handle, cavity), "handle", mug)
    inner = radius + 0.003 * 0.9 - wall + 0.001
    level = height * 0.9
    # filled from the floor up: a thin disc would seal an empty void under it
    a.add(
        cylinder(inner, level - 0.006, a.segments(radius), (0, 0, 0.006)),
        "cocoa",
        COCOA,
        Tier.FIXED,
    )
    marshmallows = a.mentions("marshmallow", "marshmallows") or (
        not a.mentions("whipped", "cream") and a.chance(0.4)
    )
    if marshmallows and a.wants("marshmallow"):
        pieces: dict[int, list[Manifold]] = {}
        mixed = a.mentions("pink") or a.chance(0.5)
        side = radius * 0.34
        # a heap proud of the rim, the middle ones higher, every one still dipped in cocoa
        for k, (angle, fraction) in enumerate(golden_points(10)):
            r = inner * 0.72 * math.sqrt(fraction)
            at = (r * math.cos(angle), r * math.sin(angle), level + side * (0.4 - fraction * 0.35))
            cube = cylinder(side * 0.5, side * 0.9, 12, (0, 0, -side * 0.45))
            cube = cube.rotate((a.between(-40, 40), a.between(-40, 40), 0)).translate(at)
            pieces.setdefault(k % 2 if mixed else 0, []).append(cube)
        for index, group in pieces.items():
            a.add(union(group), "marshmallow", MARSHMALLOW[index], Tier.FIXED)
    elif a.wants("cream"):
        # a whipped swirl: stacked rings narrowing to a peak, proud of the rim
        profile = [(0.0, level - 0.004)]
        tiers = 4
        for k in range(tiers * 2 + 1):
            t = k / (tiers * 2)
            bulge = 0.12 if k % 2 else 0.0
            profile.append((inner * (0.95 - 0.85 * t) * (1 + bulge), level + height * 0.45 * t))
        profile.append((0.0, level + height * 0.5))
        swirl = lathe(profile, a.segments(radius)).rotate((0, 0, a.between(0, 90)))
        a.add(swirl, "cream", CREAM, Tier.FIXED)
        if a.maybe("dust", 0.5, "cinnamon", "sprinkled"):
            z, r = level + height * 0.25, inner * 0.5
            specks = [
                sphere(radius * 0.04, 6, (r * math.cos(t), r * math.sin(t), z))
                for t in (0.3, 1.9, 3.6, 5.1)
            ]
            a.add(union(specks), "dust", DUST, Tier.FIXED)


TEMPLATE = Template(
    "hot chocolate",
    build_hot_chocolate,
    0.13,
    description="a mug of hot cocoa drink topped with whipped cream or marshmallows",
    synonyms=("hot cocoa", "cocoa", "hot chocolates", "drinking chocolate", "cup of cocoa"),
    kinds=("mug of cocoa", "hot choc", "chocolate drink"),
    parts=("mug", "handle", "cocoa", "cream", "marshmallow", "dust"),
    aliases={
        "cup": "mug",
        "drink": "cocoa",
        "chocolate": "cocoa",
        "whipped cream": "cream",
        "topping": "cream",
        "marshmallows": "marshmallow",
        "cinnamon": "dust",
    },
)
