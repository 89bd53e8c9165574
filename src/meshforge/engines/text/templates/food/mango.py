"""A mango: a plump kidney-shaped oval, green ripening to yellow with a red-orange blush."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.food import STEM_BROWN
from meshforge.engines.text.kit.solids import ellipsoid, rod, sphere

SKINS: tuple[RGB, ...] = ((235, 190, 50), (200, 190, 60), (245, 170, 40))
BLUSHES: tuple[RGB, ...] = ((225, 75, 45), (235, 110, 40), (200, 60, 50))


def build_mango(a: Assembly) -> None:
    """A mango: a plump kidney-shaped oval, green ripening to yellow with a red-orange blush."""
    length = a.vary(0.12, 0.1)
    radii = (length / 2, length * a.between(0.33, 0.38), length * 0.33)
    curve = length * a.between(0.08, 0.12)

    def kidney(points: np.ndarray) -> np.ndarray:
        # bend the oval in its own plane (a kidney), and draw its far end to a blunt beak
        u = points[:, 0] / radii[0]
        moved: np.ndarray = points.copy()
        moved[:, 1] += curve * (u**2 - 0.5)
        narrow = 1 - 0.2 * np.clip(u, 0, 1) ** 2
        moved[:, 1] *= narrow
        moved[:, 2] *= narrow
        return moved

    fruit = ellipsoid(radii, a.segments(radii[1])).warp_batch(kidney)
    yaw = a.between(-30, 30)
    fruit = fruit.rotate((0, 0, yaw)).translate((0, 0, radii[2]))
    a.add(fruit, "skin", SKINS)
    if a.maybe("blush", 0.85):
        # the blush spreads over the shoulder by the stalk, where the sun fell on it
        shoulder = (-radii[0] * 0.8, 0.0, radii[2] * 1.6)
        spot = sphere(length * 0.45, 16, shoulder).rotate((0, 0, yaw))
        a.add(skin_pattern(fruit, [spot], 1.012), "blush", BLUSHES, Tier.SECONDARY)
    if a.wants("stem"):
        end = (-radii[0] * 0.95, curve * 0.5, radii[2] * 1.1)
        tip = (end[0] - length * 0.06, end[1], end[2] + length * 0.04)
        stem = rod(end, tip, length * 0.018, 8, length * 0.014).rotate((0, 0, yaw))
        a.add(stem, "stem", STEM_BROWN, Tier.FIXED)


TEMPLATE = Template(
    "mango",
    build_mango,
    0.08,
    description="a plump oval tropical mango, yellow and green with a red blush",
    synonyms=("mangoes", "mangos", "ripe mango"),
    kinds=("alphonso mango",),
    not_claimed=("mango tree", "mango juice", "mango smoothie"),
    parts=("skin", "blush", "stem"),
    aliases={"peel": "skin", "body": "skin", "fruit": "skin", "stalk": "stem"},
)
