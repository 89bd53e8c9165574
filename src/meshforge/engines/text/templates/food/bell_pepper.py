"""A bell pepper (capsicum): a glossy blocky fruit of four lobes under a thick green stalk."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import cylinder, union
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.vegetables import fluted

COLORS: tuple[RGB, ...] = ((205, 30, 30), (245, 190, 20), (60, 140, 45), (240, 120, 20))
STALK: RGB = (70, 110, 45)


def build_bell_pepper(a: Assembly) -> None:
    """A bell pepper: a glossy blocky fruit of four lobes under a thick curved green stalk."""
    radius, height = a.vary(0.043, 0.1), a.vary(0.09, 0.12)
    lobes = a.pick((3, 4, 4))

    def radius_at(z: float) -> float:
        t = z / height
        # square shoulders and a slightly narrower, dimpled bottom
        body = 1 - abs(2 * t - 1) ** 4
        return float(radius * (0.86 + 0.14 * t) * math.sqrt(max(0.0, body)) ** 0.7)

    body = fluted(turned(radius_at, height, a.segments(radius)), lobes, 0.1)

    def dimple(points: np.ndarray) -> np.ndarray:
        # the lobes' feet stand proud of the bottom, the top sinks round the stalk
        theta = np.arctan2(points[:, 1], points[:, 0])
        spread = np.hypot(points[:, 0], points[:, 1]) / radius
        moved: np.ndarray = points.copy()
        low = points[:, 2] < height * 0.3
        moved[low, 2] -= height * 0.06 * np.cos(lobes * theta[low]) * spread[low] ** 2
        high = points[:, 2] > height * 0.8
        moved[high, 2] -= height * 0.12 * np.maximum(0.0, 1 - spread[high]) ** 1.5
        return moved

    a.add(body.warp_batch(dimple).translate((0, 0, height * 0.07)), "skin", COLORS)
    if a.wants("stalk"):
        top = height * 0.95
        lean = a.between(0.4, 0.9) * radius * 0.5
        collar = cylinder(radius * 0.28, height * 0.08, 12, (0, 0, top - height * 0.1))
        curl = tube(
            [
                (0, 0, top - height * 0.05),
                (0, 0, top + height * 0.12),
                (lean, 0, top + height * 0.22),
            ],
            radius * 0.12,
            12,
            radius * 0.09,
        )
        a.add(union([collar, curl]), "stalk", STALK, Tier.FIXED)


TEMPLATE = Template(
    "bell pepper",
    build_bell_pepper,
    0.1,
    description="a glossy blocky sweet pepper, red, yellow or green, with a green stalk",
    synonyms=(
        "capsicum",
        "sweet pepper",
        "red pepper",
        "green pepper",
        "yellow pepper",
        "bell peppers",
        "pepper",
        "peppers",
        "paprika",
    ),
    kinds=("orange pepper",),
    not_claimed=("pepper shaker", "pepper grinder", "pepper mill", "pepper pot", "pepper spray"),
    parts=("skin", "stalk"),
    aliases={"stem": "stalk", "peel": "skin", "body": "skin", "flesh": "skin"},
)
