"""What the food templates share: baked and fruit colours, and toppings scattered on a surface."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, union

#: golden to dark bake of bread, buns, crusts and pastry
CRUSTS: tuple[RGB, ...] = ((205, 145, 70), (190, 120, 55), (215, 165, 90))
#: the pale inside of bread, rice and buns
CRUMB: RGB = (245, 232, 200)
CHEESE: RGB = (250, 200, 70)
LEAF_GREEN: RGB = (70, 150, 55)
STEM_BROWN: RGB = (95, 65, 35)
CHOCOLATE: RGB = (75, 45, 30)
#: sugar sprinkles and candy colours
CANDY: tuple[RGB, ...] = (
    (235, 60, 80),
    (250, 210, 50),
    (70, 150, 230),
    (120, 200, 90),
    (250, 250, 245),
    (180, 90, 200),
)
#: icings and frostings
ICINGS: tuple[RGB, ...] = (
    (245, 150, 180),
    (250, 245, 235),
    (95, 55, 35),
    (170, 120, 210),
    (250, 215, 120),
)


def golden_points(count: int) -> list[tuple[float, float]]:
    """``count`` evenly spread (azimuth, height 0..1) pairs: a golden-angle spiral."""
    golden = math.pi * (3 - math.sqrt(5))
    return [((i * golden) % (2 * math.pi), (i + 0.5) / count) for i in range(count)]


def sprinkles(
    a: Assembly,
    places: Sequence[tuple[Vec3, float]],
    length: float,
    radius: float,
    colors: Sequence[RGB] = CANDY,
) -> None:
    """Little sugar rods lying at ``places`` (point, heading in degrees), in mixed colours."""
    groups: dict[int, list[Manifold]] = {}
    for index, (point, heading) in enumerate(places):
        dx = 0.5 * length * math.cos(math.radians(heading))
        dy = 0.5 * length * math.sin(math.radians(heading))
        start = (point[0] - dx, point[1] - dy, point[2])
        end = (point[0] + dx, point[1] + dy, point[2])
        groups.setdefault(index % len(colors), []).append(capsule(start, end, radius, 8))
    for color_index, pieces in groups.items():
        # one colour per group: the key (part, default) differs, so each keeps its own colour
        a.add(union(pieces), "sprinkle", colors[color_index], Tier.FIXED)


def seeds(
    a: Assembly,
    places: Sequence[tuple[Vec3, Vec3]],
    size: Vec3,
    color: RGB,
    part: str = "seed",
) -> None:
    """Small flat ellipsoids at ``places`` (centre, outward normal), half sunk in the surface."""
    pieces = []
    for center, normal in places:
        tilt = math.degrees(math.acos(max(-1.0, min(1.0, normal[2]))))
        turn = math.degrees(math.atan2(normal[1], normal[0]))
        seed = ellipsoid(size, 8).rotate((0.0, tilt, 0.0)).rotate((0.0, 0.0, turn))
        pieces.append(seed.translate(center))
    if pieces:
        a.add(union(pieces), part, color, Tier.FIXED)


def surface_places(
    count: int, radius_at: Callable[[float], float], height: float, low: float, high: float
) -> list[tuple[Vec3, Vec3]]:
    """Points and outward normals on a turned surface ``radius_at(z)``, between ``low``..``high``.

    The points follow a golden spiral, so that seeds and bumps look scattered but even.
    """
    places: list[tuple[Vec3, Vec3]] = []
    for azimuth, fraction in golden_points(count):
        z = height * (low + (high - low) * fraction)
        r = radius_at(z)
        dz = height * 0.01
        slope = (radius_at(z + dz) - radius_at(z - dz)) / (2 * dz)
        # the outward normal of a surface of revolution: (cos, sin, -dr/dz), normalised
        norm = math.sqrt(1 + slope * slope)
        normal = (math.cos(azimuth) / norm, math.sin(azimuth) / norm, -slope / norm)
        places.append(((r * math.cos(azimuth), r * math.sin(azimuth), z), normal))
    return places
