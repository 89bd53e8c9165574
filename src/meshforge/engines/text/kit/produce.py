"""Fruit and vegetable pieces the produce templates share: turned bodies, stalks and leaves.

Same frame as ``solids``: Z up, metres, the front towards -Y. A fruit is a lathe of its
outline standing on the origin; its stalk and leaf sit on the top pole.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.kit.food import LEAF_GREEN, STEM_BROWN
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, lathe, rod

#: how many heights a turned outline is sampled at: smooth at any resolution, cheap to revolve
_OUTLINE_STEPS = 24


def turned(radius_at: Callable[[float], float], height: float, segments: int) -> Manifold:
    """A closed body of revolution whose radius at height ``z`` is ``radius_at(z)``."""
    profile = [(0.0, 0.0)]
    for k in range(1, _OUTLINE_STEPS):
        # cosine spacing: more samples near the poles, where the outline turns fastest
        z = height * (1 - math.cos(math.pi * k / _OUTLINE_STEPS)) / 2
        profile.append((max(radius_at(z), 1e-4), z))
    profile.append((0.0, height))
    return lathe(profile, segments)


def round_fruit(radius: float, height: float, flat: float) -> Callable[[float], float]:
    """The outline of a round fruit (orange, tomato): a sphere squared off towards its poles.

    ``flat`` 0 is an ellipse; up to 1 the shoulders fill out and the poles flatten.
    """
    power = 2.0 + 2.0 * flat  # a superellipse: 2 is an ellipse, larger squares it off

    def radius_at(z: float) -> float:
        u = min(1.0, abs(2 * z / height - 1))
        return radius * float((1 - u**power) ** (1 / power))

    return radius_at


def stalk_and_leaf(
    a: Assembly, top: Vec3, length: float, thickness: float, leaf: float, chance: float = 0.6
) -> None:
    """A short woody stalk rising from ``top`` and, maybe, one leaf beside it."""
    if not a.wants("stem"):
        return
    tip = (top[0] + a.between(-0.15, 0.15) * length, top[1], top[2] + length)
    start = (top[0], top[1], top[2] - thickness * 2)
    a.add(rod(start, tip, thickness, 8, thickness * 0.8), "stem", STEM_BROWN, Tier.FIXED)
    if leaf > 0 and a.maybe("leaf", chance):
        blade = ellipsoid((leaf, leaf * 0.42, leaf * 0.08), 16).rotate((0, -25, a.between(-40, 40)))
        spot = (top[0] + leaf * 0.85, top[1], top[2] + length * 0.35)
        a.add(blade.translate(spot), "leaf", LEAF_GREEN, Tier.FIXED)


#: Part words of the fruit built here; each template adds its own.
FRUIT_PARTS = ("skin", "stem", "leaf")
FRUIT_ALIASES = {"fruit": "skin", "peel": "skin", "body": "skin", "stalk": "stem"}
