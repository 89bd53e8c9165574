"""A desk globe: a blue sphere with continents, tilted in a meridian arc over a stand."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import arc_tube, cylinder, ellipsoid, rod, sphere, union

OCEAN: RGB = (60, 120, 190)
LAND: tuple[RGB, ...] = ((90, 160, 80), (200, 180, 120))
STANDS: tuple[RGB, ...] = ((120, 80, 45), (40, 40, 44), GOLD)

#: rough continents as (longitude, latitude, width, height) blobs on the sphere, in degrees
CONTINENTS: tuple[tuple[float, float, float, float], ...] = (
    (-100, 45, 40, 25),
    (-90, 20, 15, 12),
    (-60, -15, 22, 30),
    (15, 50, 25, 12),
    (20, 5, 25, 35),
    (90, 45, 55, 22),
    (105, 15, 15, 12),
    (135, -25, 22, 12),
    (-40, 72, 18, 10),
)


def build_globe(a: Assembly) -> None:
    """A desk globe: a blue sphere with green continents on a tilted axis over a round stand."""
    r = a.vary(0.15, 0.1)
    stem = a.vary(0.08, 0.2)
    centre_z = 0.03 + stem + r * 1.1
    stand = a.pick(STANDS)
    a.add(
        cylinder(r * 0.6, 0.03, a.segments(r * 0.6), (0, 0, 0), r * 0.45),
        "stand",
        stand,
        Tier.SECONDARY,
    )
    a.add(rod((0, 0, 0.02), (0, 0, centre_z - r * 1.08), 0.012, 12), "stand", stand, Tier.SECONDARY)
    tilt = 23.5
    turn = a.between(0, 360)
    seg = a.segments(r)
    blobs = []
    for lon, lat, w, h in CONTINENTS:
        lon_r, lat_r = math.radians(lon + turn), math.radians(lat)
        centre = (
            r * math.cos(lat_r) * math.cos(lon_r),
            r * math.cos(lat_r) * math.sin(lon_r),
            r * math.sin(lat_r),
        )
        centre = (centre[0] * 0.985, centre[1] * 0.985, centre[2] * 0.985)
        blob = ellipsoid((r * math.radians(w) * 0.5, r * math.radians(h) * 0.5, r * 0.06), 16)
        blob = blob.rotate((0, 90 - lat, 0)).rotate((0, 0, lon + turn)).translate(centre)
        blobs.append(blob)
    arc_color = stand if stand != STANDS[1] else GOLD
    pieces = (
        (sphere(r, seg), "ocean", OCEAN, Tier.PRIMARY),
        (union(blobs) ^ sphere(r * 1.012, seg), "land", a.pick(LAND), Tier.SECONDARY),
        (arc_tube((0, 0, 0), r * 1.08, 0.006, seg, -100, 200), "arc", arc_color, Tier.FIXED),
        (rod((0, 0, -r * 1.1), (0, 0, r * 1.1), 0.004, 8), "arc", arc_color, Tier.FIXED),
    )
    for solid, part, color, tier in pieces:  # the earth's axis leans 23.5 degrees
        a.add(solid.rotate((0, tilt, 0)).translate((0, 0, centre_z)), part, color, tier)


TEMPLATE = Template(
    "globe",
    build_globe,
    0.45,
    description="a spinning desk globe of the earth on a stand",
    synonyms=(
        "world globe",
        "desk globe",
        "terrestrial globe",
        "globe of the earth",
        "earth globe",
    ),
    kinds=("political globe",),
    not_claimed=("snow globe", "globe artichoke"),
    parts=("ocean", "land", "arc", "stand"),
    aliases={"sea": "ocean", "meridian": "arc", "ring": "arc", "base": "stand"},
)
