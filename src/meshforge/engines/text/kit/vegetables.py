"""Vegetable and fruit shapes beyond a plain turned fruit: lying, ribbed, bent and lumpy bodies,
the green calyx of a pepper or an aubergine, and the root tuft of an onion.

Same frame as ``solids``: Z up, metres, the front towards -Y. These reshape solids by moving
their vertices (``warp``), which keeps them watertight as long as the moves are gentle.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import Vec3, around_z, ellipsoid, rod, union


def fluted(solid: Manifold, lobes: int, depth: float, phase_deg: float = 0.0) -> Manifold:
    """``solid`` (turned about Z) with ``lobes`` ribs: its radius scaled by 1 ± ``depth``."""
    phase = math.radians(phase_deg)

    def warp(points: np.ndarray) -> np.ndarray:
        theta = np.arctan2(points[:, 1], points[:, 0])
        scale = 1.0 + depth * np.cos(lobes * (theta - phase))
        moved: np.ndarray = points.copy()
        moved[:, 0] *= scale
        moved[:, 1] *= scale
        return moved

    return solid.warp_batch(warp)


def bent(solid: Manifold, rise: float, half_length: float) -> Manifold:
    """``solid`` lying along X with its ends lifted by ``rise`` (a gentle parabola)."""

    def warp(points: np.ndarray) -> np.ndarray:
        moved: np.ndarray = points.copy()
        moved[:, 2] += rise * (points[:, 0] / half_length) ** 2
        return moved

    return solid.warp_batch(warp)


def lying(
    radius_at: Callable[[float], float],
    length: float,
    segments: int,
    ribs: int = 0,
    rib_depth: float = 0.0,
    rise: float = 0.0,
) -> Manifold:
    """A turned body lying along X, its axis at height 0, from x = -length/2 (the outline's
    z = 0, the stalk end) to +length/2; ``ribs`` flute it and ``rise`` lifts its ends."""
    body = turned(radius_at, length, segments)
    if ribs:
        body = fluted(body, ribs, rib_depth)
    # turning +90° about Y carries the outline's Z axis onto +X
    body = body.rotate((0.0, 90.0, 0.0)).translate((-length / 2, 0.0, 0.0))
    return bent(body, rise, length / 2) if rise else body


def lumps(a: Assembly, amount: float, waves: float) -> Callable[[np.ndarray], np.ndarray]:
    """A warp pushing points in and out from the origin by a few smooth random waves (a potato).

    ``amount`` is the largest push as a fraction of the distance, ``waves`` how many bumps
    fit across one metre. Give it to ``Manifold.warp_batch``, and to points set on the surface.
    """
    directions = [
        np.array([a.between(-1, 1), a.between(-1, 1), a.between(-1, 1)]) for _ in range(3)
    ]
    phases = [a.between(0, 2 * math.pi) for _ in directions]

    def warp(points: np.ndarray) -> np.ndarray:
        field = np.zeros(len(points))
        for direction, phase in zip(directions, phases, strict=True):
            field += np.sin(waves * 2 * math.pi * (points @ direction) + phase)
        moved: np.ndarray = points * (1.0 + amount * field / len(directions))[:, None]
        return moved

    return warp


def calyx(radius: float, sepals: int, droop_deg: float, segments: int) -> Manifold:
    """A star of ``sepals`` pointed green leaves about the origin, drooping from +Z downward
    (the cap of an aubergine, a pepper or a tomato); aim it with ``rotate``."""
    sepal = ellipsoid((radius * 0.55, radius * 0.2, radius * 0.07), segments)
    sepal = sepal.translate((radius * 0.45, 0.0, 0.0)).rotate((0.0, droop_deg, 0.0))
    hub = ellipsoid((radius * 0.3, radius * 0.3, radius * 0.15), segments)
    return union([around_z(sepal, sepals), hub])


def stalk(base: Vec3, tip: Vec3, radius: float) -> Manifold:
    """A short stalk from ``base`` to ``tip``, a little thinner at the tip."""
    return rod(base, tip, radius, 10, radius * 0.75)


def root_tuft(a: Assembly, bottom: Vec3, size: float) -> Manifold:
    """A tuft of short thin roots hanging from ``bottom`` (an onion's or a garlic bulb's base)."""
    roots = []
    for k in range(7):
        angle = 2 * math.pi * k / 7 + a.between(-0.3, 0.3)
        reach = size * a.between(0.5, 1.0)
        tip = (
            bottom[0] + reach * math.cos(angle),
            bottom[1] + reach * math.sin(angle),
            bottom[2] - size * a.between(0.1, 0.3),
        )
        roots.append(rod(bottom, tip, size * 0.07, 6, size * 0.03))
    return union(roots)


def bulb_outline(radius: float, height: float, neck: float) -> Callable[[float], float]:
    """The outline of an onion or a garlic bulb: a round bulb drawn up into a pointed neck.

    ``neck`` is the neck's radius at the bulb's shoulder, as a fraction of ``radius``.
    """
    middle = radius * 0.95  # the bulb's widest height: a little squat

    def radius_at(z: float) -> float:
        below = min(1.0, abs(z - middle) / middle) if z < middle else 0.0
        bulb = radius * math.sqrt(max(0.0, 1 - below**2.2))
        if z > middle:
            # above the widest point the bulb narrows on a cosine into the neck
            u = min(1.0, (z - middle) / (height - middle))
            shoulder = radius * math.cos(min(1.0, u * 1.6) * math.pi / 2)
            taper = radius * neck * (1 - u) ** 0.8
            bulb = max(shoulder, taper)
        return bulb

    return radius_at
