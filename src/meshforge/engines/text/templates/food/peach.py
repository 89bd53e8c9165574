"""A peach: a round downy fruit with a crease down one side, a red blush, a stalk and a leaf."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.produce import (
    FRUIT_ALIASES,
    FRUIT_PARTS,
    round_fruit,
    stalk_and_leaf,
    turned,
)
from meshforge.engines.text.kit.solids import sphere

PEACHES: tuple[RGB, ...] = ((250, 170, 85), (245, 160, 80), (250, 185, 100))
BLUSHES: tuple[RGB, ...] = ((225, 85, 60), (210, 70, 55), (235, 110, 70))
PLUMS: tuple[RGB, ...] = ((95, 35, 75), (120, 40, 80))
APRICOTS: tuple[RGB, ...] = ((250, 165, 60), (245, 150, 50))


def build_peach(a: Assembly) -> None:
    """A peach: a round downy fruit with a crease down one side, a red blush, stalk and leaf."""
    plum, apricot = a.mentions("plum"), a.mentions("apricot")
    radius = a.vary(0.028 if plum or apricot else 0.037, 0.08)
    height = radius * a.between(1.9, 2.05)
    fruit = turned(round_fruit(radius, height, 0.15), height, a.segments(radius))
    facing = math.radians(a.between(-120, -60))  # the crease faces the front, more or less

    def crease(points: np.ndarray) -> np.ndarray:
        # a groove running from pole to pole: the radius dips in a narrow band of azimuth
        theta = np.arctan2(points[:, 1], points[:, 0]) - facing
        off = np.angle(np.exp(1j * theta))  # wrapped to -pi..pi
        scale = 1 - 0.1 * np.exp(-((off / 0.22) ** 2))
        moved: np.ndarray = points.copy()
        moved[:, 0] *= scale
        moved[:, 1] *= scale
        # and a dimple sinks round the stalk at the top
        top = np.hypot(points[:, 0], points[:, 1]) < radius * 0.5
        moved[top, 2] -= (
            radius * 0.12 * (1 - np.hypot(points[top, 0], points[top, 1]) / (radius * 0.5))
        )
        return moved

    fruit = fruit.warp_batch(crease)
    skin = PLUMS if plum else APRICOTS if apricot else PEACHES
    a.add(fruit, "skin", skin)
    if not plum and a.maybe("blush", 0.95):
        side = math.radians(a.between(0, 360))
        center = (radius * math.cos(side), radius * math.sin(side), height * 0.6)
        patch = skin_pattern(fruit, [sphere(radius * 1.1, 16, center)], 1.015)
        a.add(patch, "blush", BLUSHES, Tier.SECONDARY)
    stalk_and_leaf(a, (0.0, 0.0, height * 0.9), radius * 0.2, 0.0022, radius * 1.1, 0.75)


TEMPLATE = Template(
    "peach",
    build_peach,
    0.075,
    description="a round soft orange-pink peach with a crease, a short stalk and a green leaf",
    synonyms=("peaches", "nectarine", "nectarines", "apricot", "apricots", "plum", "plums"),
    kinds=("white peach", "donut peach"),
    not_claimed=("peach cobbler", "peach tree", "plum tree", "plum pudding"),
    parts=(*FRUIT_PARTS, "blush"),
    aliases={**FRUIT_ALIASES, "cheek": "blush"},
)
