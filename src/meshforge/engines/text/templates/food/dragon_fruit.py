"""A dragon fruit: a magenta egg covered in flaring green-tipped scales, maybe beside a half
showing white flesh speckled with tiny black seeds."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points, surface_places
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere, union

SKINS: tuple[RGB, ...] = ((225, 40, 120), (235, 55, 130), (210, 35, 105))
TIP: RGB = (150, 200, 60)
FLESH: RGB = (248, 246, 240)
RED_FLESH: RGB = (200, 30, 90)
SEED: RGB = (20, 20, 22)


def _scale(length: float, width: float, lean: float) -> tuple[Manifold, Manifold]:
    """One scale standing on the origin, outward +X: its fleshy base and its green tip."""
    thin = width * 0.25
    base = ellipsoid((thin, width, length * 0.6), 12, (0, 0, length * 0.45))
    tip = ellipsoid((thin * 0.9, width * 0.55, length * 0.35), 10, (0, 0, length * 1.0))
    return base.rotate((0, lean, 0)), tip.rotate((0, lean, 0))


def build_dragon_fruit(a: Assembly) -> None:
    """A dragon fruit: a magenta egg with flaring green-tipped scales, maybe beside a half."""
    height, radius = a.vary(0.11, 0.08), a.vary(0.043, 0.08)
    skin = a.pick(SKINS)

    def radius_at(z: float) -> float:
        t = z / height
        return float(radius * math.sin(math.pi * t) ** 0.8 * (1.0 - 0.15 * t))

    a.add(turned(radius_at, height, a.segments(radius)), "skin", skin)
    bases, tips = [], []
    for (x, y, z), normal in surface_places(16, radius_at, height, 0.18, 0.85):
        azimuth = math.degrees(math.atan2(normal[1], normal[0]))
        base, tip = _scale(height * 0.26, radius * 0.28, a.between(28, 40))
        sunk: Vec3 = (x - normal[0] * radius * 0.12, y - normal[1] * radius * 0.12, z)
        bases.append(base.rotate((0, 0, azimuth)).translate(sunk))
        tips.append(tip.rotate((0, 0, azimuth)).translate(sunk))
    for k in range(5):  # the crown of scales closing over the top
        base, tip = _scale(height * 0.2, radius * 0.22, 20)
        at: Vec3 = (0.0, 0.0, height * 0.9)
        bases.append(base.rotate((0, 0, k * 72 + 20)).translate(at))
        tips.append(tip.rotate((0, 0, k * 72 + 20)).translate(at))
    if a.wants("scale"):
        a.add(union(bases), "scale", skin)
        a.add(union(tips), "tip", TIP, Tier.FIXED)
    if a.mentions("whole") or not a.wants("flesh"):
        return
    _half(a, height, radius, skin)


def _half(a: Assembly, height: float, radius: float, skin: RGB) -> None:
    """A half lying in front, its cut face tipped up to show the seeded flesh."""
    radii = (height * 0.45, radius, radius)
    half = ellipsoid(radii, a.segments(radius)).trim_by_plane((0, 0, -1), 0.0)  # the z < 0 half
    tilt = a.between(8, 18)
    at: Vec3 = (a.between(-0.3, 0.3) * radius, -radius * 1.5, radius * 0.98)
    turn = (tilt, 0, a.between(-15, 15))

    def placed(solid: Manifold) -> Manifold:
        return solid.rotate(turn).translate(at)

    a.add(placed(half), "skin", skin)
    red = a.mentions("red flesh", "pink flesh", "red dragon")
    flesh = ellipsoid((radii[0] * 0.93, radius * 0.9, radius * 0.04), a.segments(radius))
    a.add(placed(flesh), "flesh", RED_FLESH if red else FLESH, Tier.FIXED)
    seeds = []
    for angle, fraction in golden_points(60):
        r = 0.85 * math.sqrt(fraction)
        spot = (radii[0] * r * math.cos(angle), radius * r * math.sin(angle), radius * 0.035)
        seeds.append(sphere(radius * 0.03, 6, spot))
    a.add(placed(union(seeds)), "seed", SEED, Tier.FIXED)


TEMPLATE = Template(
    "dragon fruit",
    build_dragon_fruit,
    0.11,
    description="a bright pink tropical fruit with green-tipped scales and speckled white flesh",
    synonyms=("dragonfruit", "pitaya", "pitahaya", "dragon fruits"),
    kinds=("strawberry pear", "sliced dragon fruit", "halved dragon fruit"),
    parts=("skin", "scale", "tip", "flesh", "seed"),
    aliases={"peel": "skin", "scales": "scale", "seeds": "seed", "inside": "flesh", "body": "skin"},
)
