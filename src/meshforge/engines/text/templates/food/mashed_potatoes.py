"""Mashed potatoes: a bowl heaped with a soft lumpy mound of mash, a melting pat of butter on
top and maybe a pool of gravy and a sprinkle of chives."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import capsule, ellipsoid, lathe, rounded_box, union
from meshforge.engines.text.kit.tableware import serving_bowl
from meshforge.engines.text.kit.vegetables import lumps

MASH: tuple[RGB, ...] = ((245, 232, 190), (240, 225, 175), (248, 238, 205))
BUTTER: RGB = (250, 215, 90)
GRAVY: RGB = (110, 65, 35)
CHIVE: RGB = (80, 150, 60)


def _swirl(a: Assembly, floor: float) -> Callable[[np.ndarray], np.ndarray]:
    """A warp raising spoon-made ridges that spiral over the mound's top, above ``floor``."""
    ridges, twist, phase = a.pick((4, 5, 6)), a.between(30.0, 60.0), a.between(0, 2 * math.pi)

    def warp(points: np.ndarray) -> np.ndarray:
        r = np.hypot(points[:, 0], points[:, 1])
        angle = np.arctan2(points[:, 1], points[:, 0])
        rise = np.clip(points[:, 2] - floor, 0.0, None)
        moved = points.copy()
        moved[:, 2] += (
            0.25 * rise * np.sin(ridges * angle + twist * r + phase) * np.minimum(1, r * 40)
        )
        return moved

    return warp


def build_mashed_potatoes(a: Assembly) -> None:
    """Mashed potatoes: a bowl heaped with lumpy mash, butter on top, maybe gravy and chives."""
    radius, depth = a.vary(0.075, 0.08), a.vary(0.05, 0.1)
    segments = a.segments(radius)
    serving_bowl(a, radius, depth, waist=(0.78, 0.3), shoulder=(0.95, 0.75))
    # the mound: a dome standing proud of the rim, pushed into soft lumps
    peak = depth + radius * a.between(0.35, 0.5)
    profile = [(0.0, depth * 0.3), (radius * 0.74, depth * 0.3)]
    for k in range(13):
        t = k / 12
        r = radius * 0.93 * math.cos(t * math.pi / 2) ** 0.7
        z = depth * 0.9 + (peak - depth * 0.9) * math.sin(t * math.pi / 2)
        profile.append((max(r, 1e-4), z))
    bumps, swirl = lumps(a, 0.03, 45.0), _swirl(a, depth)

    def on_mash(solid: Manifold) -> Manifold:
        """``solid``, set on the unwarped mound, moved with the mash's bumps and ridges."""
        return solid.warp_batch(bumps).warp_batch(swirl)

    mound = on_mash(lathe(profile, segments))
    a.add(mound, "mash", MASH)
    gravy = a.maybe("gravy", 0.4)
    if gravy:
        pool = ellipsoid((radius * 0.4, radius * 0.36, radius * 0.07), segments)
        a.add(on_mash(pool.translate((0, 0, peak - radius * 0.02))), "gravy", GRAVY, Tier.FIXED)
    if a.maybe("butter", 0.8):
        side = radius * 0.28
        pat = rounded_box((side, side, side * 0.35), side * 0.08, 8)
        lift = peak + (radius * 0.03 if gravy else 0.0)
        pat = pat.rotate((a.between(-8, 8), a.between(-8, 8), a.between(0, 90)))
        a.add(pat.translate((0, 0, lift)), "butter", BUTTER, Tier.FIXED)
    if a.maybe("chives", 0.5, "herbs", "parsley"):
        bits = []
        for angle, fraction in golden_points(12):
            r = radius * (0.35 + 0.45 * fraction)
            # the mound's height at this radius: its profile solved for r
            across = min(1.0, (r / (radius * 0.93)) ** (1 / 0.7))
            up = depth * 0.9 + (peak - depth * 0.9) * math.sqrt(1 - across * across)
            x, y = r * math.cos(angle), r * math.sin(angle)
            heading = angle * 2.3
            dx, dy = math.cos(heading) * radius * 0.05, math.sin(heading) * radius * 0.05
            sunk = up - radius * 0.012  # below the faceted surface at any resolution
            bits.append(capsule((x - dx, y - dy, sunk), (x + dx, y + dy, sunk), radius * 0.02, 8))
        a.add(on_mash(union(bits)), "chives", CHIVE, Tier.FIXED)


TEMPLATE = Template(
    "mashed potatoes",
    build_mashed_potatoes,
    0.1,
    description="a bowl of creamy mashed potato with a pat of melting butter on top",
    synonyms=("mashed potato", "mash", "potato mash", "mashed spuds"),
    kinds=("bowl of mash", "creamed potatoes", "pureed potatoes", "colcannon", "mash and gravy"),
    parts=("bowl", "mash", "gravy", "butter", "chives"),
    aliases={
        "potato": "mash",
        "potatoes": "mash",
        "dish": "bowl",
        "herbs": "chives",
        "parsley": "chives",
    },
)
