"""A shoe rack: two end frames holding tiers of slanted bars, a pair of shoes on one of them."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import STEEL, WOODS
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, union

SHOES: tuple[RGB, ...] = (
    (30, 30, 34),
    (120, 75, 40),
    (200, 45, 45),
    (240, 240, 236),
    (60, 90, 150),
)


def _shoe(length: float, center: tuple[float, float, float]) -> Manifold:
    """A plain shoe pointing to -Y: a toe, a heel and an ankle hulled together over a sole."""
    x, y, z = center
    upper = Manifold.batch_hull(
        [
            ellipsoid(
                (length * 0.17, length * 0.22, length * 0.12),
                16,
                (x, y - length * 0.26, z + length * 0.06),
            ),
            ellipsoid(
                (length * 0.16, length * 0.18, length * 0.2),
                16,
                (x, y + length * 0.25, z + length * 0.12),
            ),
        ]
    )
    sole = box((length * 0.34, length, length * 0.05), (x, y, z + length * 0.025))
    return union([upper, sole])


def build_shoe_rack(a: Assembly) -> None:
    """A shoe rack: two end frames holding tiers of slanted bars, shoes on one of them."""
    width, depth = a.vary(0.7, 0.15), a.vary(0.3, 0.1)
    tiers = a.count("shelf", a.pick((2, 3)), 1, 5)
    gap = a.vary(0.17, 0.1)
    height = gap * tiers + 0.05
    wooden = a.mentions("wooden", "wood", "bamboo") or a.chance(0.5)
    frame = a.color("frame", WOODS if wooden else (STEEL, (35, 35, 38)))
    post = 0.012
    # each tier slopes down to the front: a rail on each end frame carries bars from end to end
    slope = math.radians(12)
    tier_z = [0.05 + gap * t for t in range(tiers)]
    rise = (depth - 2 * post) * math.tan(slope)
    for side in (-1, 1):
        x = side * (width / 2 - post)
        end = union(
            [
                box((post * 2, post * 2, height), (x, dy * (depth / 2 - post), height / 2))
                for dy in (-1, 1)
            ]
            + [box((post * 2, depth, post * 2), (x, 0, z)) for z in (0.03, height - post)]
            + [
                rod((x, -depth / 2 + post, z), (x, depth / 2 - post, z + rise), post * 0.9, 8)
                for z in tier_z
            ]
        )
        a.add(end, "frame", frame)
    bars = []
    for z0 in tier_z:
        for k in range(3):
            y = -depth / 2 + post + (depth - 2 * post) * k / 2
            z = z0 + (y + depth / 2) * math.tan(slope)
            bars.append(rod((-width / 2 + post, y, z), (width / 2 - post, y, z), 0.009, 12))
    a.add(union(bars), "shelf", frame)
    if a.maybe("shoes", 0.8, "shoe"):
        top = 0.05 + gap * (tiers - 1)
        colour = a.color("shoes", SHOES, Tier.SECONDARY)
        size = min(depth * 0.9, 0.27)
        for dx in (-0.065, 0.065):
            shoe = _shoe(size, (0, 0, 0)).rotate((-math.degrees(slope), 0, 0))
            a.add(
                shoe.translate((-width * 0.2 + dx, 0, top + depth / 2 * math.tan(slope) + 0.006)),
                "shoes",
                colour,
                Tier.SECONDARY,
            )


TEMPLATE = Template(
    "shoe rack",
    build_shoe_rack,
    0.5,
    description="a low shoe rack with tiers of slanted bars for storing pairs of shoes",
    synonyms=(
        "shoe shelf",
        "shoe stand",
        "shoe organizer",
        "shoe organiser",
        "shoe storage",
        "boot rack",
    ),
    parts=("frame", "shelf", "shoes"),
    aliases={
        "shelves": "shelf",
        "tier": "shelf",
        "tiers": "shelf",
        "bars": "shelf",
        "shoe": "shoes",
    },
)
