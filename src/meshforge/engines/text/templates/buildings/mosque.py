"""A mosque: a square prayer hall under a great dome on a drum, slender minarets, arched door."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.arches import pointed_arch
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

WALLS: tuple[RGB, ...] = ((240, 236, 225), (225, 205, 170), (235, 225, 205))
DOMES: tuple[RGB, ...] = ((215, 175, 60), (60, 150, 150), (70, 120, 90), (200, 205, 210))
DOOR: RGB = (90, 60, 40)
WINDOW: RGB = (45, 70, 110)
GOLD: RGB = (225, 185, 60)


def _dome(radius: float, segments: int, z: float) -> Manifold:
    """An onion-tipped dome: a swelling half ball rising to a point."""
    profile = [(0.0, 0.0)]
    for k in range(10):
        t = math.pi / 2 * k / 10
        profile.append((radius * math.cos(t) * (1 + 0.08 * math.sin(2 * t)), radius * math.sin(t)))
    profile += [(radius * 0.08, radius * 1.25), (0.0, radius * 1.3)]
    return lathe(profile, segments).translate((0, 0, z))


def _minaret(a: Assembly, x: float, y: float, height: float, wall: RGB, dome: RGB) -> None:
    """A slim round tower with two balconies and a pointed cap."""
    r = a.vary(1.1, 0.1)
    a.add(cylinder(r * 1.3, 3.0, 8, (x, y, 0)), "minaret", wall)
    a.add(cylinder(r, height, a.segments(r), (x, y, 0)), "minaret", wall)
    for share in (0.62, 0.85):
        a.add(cylinder(r * 1.6, 0.7, a.segments(r), (x, y, height * share)), "balcony", wall)
    cap = cylinder(r * 1.15, r * 3.5, a.segments(r), (x, y, height), 0.05)
    a.add(cap, "minaret", dome, Tier.SECONDARY)


def build_mosque(a: Assembly) -> None:
    """A square prayer hall under a great dome on a drum, slender minarets, arched door."""
    wall, dome = a.pick(WALLS), a.pick(DOMES)
    side, wall_h = a.vary(20.0, 0.1), a.vary(10.0, 0.1)
    a.add(box((side, side, wall_h), (0, 0, wall_h / 2)), "hall", wall)
    drum_r, drum_h = side * a.vary(0.33, 0.08), a.vary(3.0, 0.15)
    a.add(cylinder(drum_r, drum_h, a.segments(drum_r), (0, 0, wall_h)), "hall", wall)
    dome_r = drum_r * 1.02
    a.add(_dome(dome_r, a.segments(dome_r), wall_h + drum_h), "dome", dome, Tier.SECONDARY)
    top = wall_h + drum_h + dome_r * 1.3
    finial = union(
        [
            rod((0, 0, top - 0.3), (0, 0, top + 2.0), 0.12, 8),
            sphere(0.35, 12, (0, 0, top + 1.0)),
            hoop(0.5, 0.1, 16).rotate((90, 0, 0)).translate((0, 0, top + 2.4)),
        ]
    )
    a.add(finial, "finial", GOLD, Tier.FIXED)
    half = side / 2
    for sx in (-1, 1):  # little domes on the corners
        for sy in (-1, 1):
            small = _dome(side * 0.08, 16, wall_h).translate((sx * half * 0.8, sy * half * 0.8, 0))
            a.add(small, "dome", dome, Tier.SECONDARY)
    towers = a.count("minaret", a.pick((1, 2, 2, 4)), 1, 4)
    spots = [(sx * (half + 0.3), sy * (half + 0.3)) for sy in (-1, 1) for sx in (1, -1)]
    height = top * a.vary(1.35, 0.1)
    for x, y in spots[:towers]:
        _minaret(a, x, y, height, wall, dome)
    door = pointed_arch(side * 0.22, wall_h * 0.75, 0.6, 0.0, 0.0, -half)
    a.add(door, "door", DOOR, Tier.FIXED)
    for k in (-1, 1):
        window = pointed_arch(side * 0.1, wall_h * 0.45, 0.5, k * side * 0.3, wall_h * 0.3, -half)
        a.add(window, "window", WINDOW, Tier.FIXED)
        for sx in (-1, 1):
            side_window = pointed_arch(side * 0.1, wall_h * 0.45, 0.5, k * side * 0.22, 0, 0)
            turned = side_window.rotate((0, 0, 90)).translate((sx * half, 0, wall_h * 0.3))
            a.add(turned, "window", WINDOW, Tier.FIXED)


TEMPLATE = Template(
    "mosque",
    build_mosque,
    32.0,
    description="a mosque: a domed prayer hall with tall slender minaret towers",
    synonyms=("masjid", "minaret"),
    kinds=("grand mosque", "blue mosque", "taj mahal"),
    parts=("hall", "dome", "finial", "minaret", "balcony", "door", "window"),
    aliases={"walls": "hall", "wall": "hall", "tower": "minaret", "crescent": "finial"},
)
