"""Bits of landscape that templates share: a lumpy landmass (the rock's too), a palm tree."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, rod, sphere

PALM_TRUNK: RGB = (140, 105, 70)
PALM_LEAVES: tuple[RGB, ...] = ((70, 140, 60), (50, 120, 55), (95, 160, 70))
COCONUT: RGB = (95, 65, 35)


def lump(a: Assembly, radii: Vec3, corners: int, center: Vec3) -> Manifold:
    """The hull of ``corners`` jittered points on an ellipsoid: a chunky, low-poly mass."""
    points = []
    for k in range(corners):
        # a golden-angle spiral spreads the corners evenly; the jitter makes each lump its own
        z = 1.0 - 2.0 * (k + 0.5) / corners
        ring = math.sqrt(1.0 - z * z)
        turn = k * math.pi * (3.0 - math.sqrt(5.0)) + a.between(-0.3, 0.3)
        reach = a.between(0.8, 1.08)
        points.append(
            (
                center[0] + radii[0] * ring * math.cos(turn) * reach,
                center[1] + radii[1] * ring * math.sin(turn) * reach,
                center[2] + radii[2] * z * reach,
            )
        )
    return Manifold.hull_points(np.asarray(points, dtype=np.float64))


def palm_tree(a: Assembly, base: Vec3, height: float, lean_turn: float) -> None:
    """A palm rooted at ``base``: a curved, tapering trunk leaning towards ``lean_turn``
    (degrees about Z), drooping fronds and a few coconuts under them."""
    lean = a.between(0.15, 0.35)
    direction = (math.cos(math.radians(lean_turn)), math.sin(math.radians(lean_turn)))
    points = [
        (
            base[0] + direction[0] * lean * height * t * t,
            base[1] + direction[1] * lean * height * t * t,
            base[2] + height * t,
        )
        for t in np.linspace(0.0, 1.0, 7)
    ]
    scale = height / 5.0
    for i in range(6):
        r0, r1 = (0.24 - i * 0.02) * scale, (0.22 - i * 0.02) * scale
        a.add(
            rod(points[i], points[i + 1], r0, a.segments(r0), r1), "trunk", PALM_TRUNK, Tier.FIXED
        )
    top = points[-1]
    fronds = a.pick((6, 7, 8))
    leaves = a.pick(PALM_LEAVES)
    for k in range(fronds):
        frond = ellipsoid((1.5 * scale, 0.3 * scale, 0.06 * scale), a.segments(0.3 * scale))
        frond = frond.translate((1.3 * scale, 0, 0)).rotate((0, 28, 0))
        turn = k * 360 / fronds + a.between(-10, 10)
        a.add(frond.rotate((0, 0, turn)).translate(top), "leaf", leaves, Tier.SECONDARY)
    for k in range(3):
        angle = k * 2 * math.pi / 3
        # apart from each other (touching coconuts could trap a void under the fronds)
        spot = (
            top[0] + 0.2 * scale * math.cos(angle),
            top[1] + 0.2 * scale * math.sin(angle),
            top[2] - 0.3 * scale,
        )
        a.add(sphere(0.17 * scale, 16, spot), "coconut", COCONUT, Tier.FIXED)
