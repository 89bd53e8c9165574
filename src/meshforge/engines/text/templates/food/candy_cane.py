"""A candy cane: a white peppermint stick standing upright, hooked over at the top, wound
with red spiral stripes."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, union
from meshforge.engines.text.kit.sweeps import tube

SUGAR: RGB = (250, 248, 244)
STRIPES: tuple[RGB, ...] = ((215, 30, 40), (200, 25, 35), (60, 150, 70))


def _cane_path(height: float, hook: float, samples: int) -> np.ndarray:
    """Points up the straight shaft, over the hook and a little way down its far side."""
    shaft = [(0.0, 0.0, height * t) for t in np.linspace(0.0, 1.0, samples // 2)[:-1]]
    bend = []
    for t in np.linspace(0.0, 1.0, samples // 2):
        angle = math.pi * (1.0 - t)
        bend.append((hook + hook * math.cos(angle), 0.0, height + hook * math.sin(angle)))
    tail = [(2 * hook, 0.0, height - hook * 0.5 * t) for t in (0.5, 1.0)]
    return np.array([*shaft, *bend, *tail])


def _spiral(path: np.ndarray, offset: float, turns_per_metre: float, phase: float) -> list[Vec3]:
    """A line winding round ``path`` (which lies in the XZ plane) at ``offset`` from its axis."""
    tangents = np.gradient(path, axis=0)
    tangents /= np.linalg.norm(tangents, axis=1, keepdims=True)
    across = np.cross(tangents, (0.0, 1.0, 0.0))
    lengths = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))])
    points: list[Vec3] = []
    for point, side, s in zip(path, across, lengths, strict=True):
        angle = phase + 2 * math.pi * turns_per_metre * s
        p = point + offset * (math.cos(angle) * side + math.sin(angle) * np.array((0.0, 1.0, 0.0)))
        points.append((float(p[0]), float(p[1]), float(p[2])))
    return points


def build_candy_cane(a: Assembly) -> None:
    """A candy cane: a white peppermint stick hooked at the top, wound with spiral stripes."""
    height, radius = a.vary(0.16, 0.08), a.vary(0.007, 0.08)
    hook = height * a.between(0.16, 0.2)
    path = _cane_path(height, hook, 40)
    start = (0.0, 0.0, radius)  # standing on its rounded foot
    points = [(float(x), float(y), float(z) + start[2]) for x, y, z in path]
    a.add(tube(points, radius, a.segments(radius)), "stick", SUGAR)
    if a.wants("stripe"):
        lifted = np.array(points)
        count = a.pick((2, 3))
        stripes = [
            tube(
                _spiral(lifted, radius * 0.8, 1.0 / (radius * 9), 2 * math.pi * k / count),
                radius * 0.32,
                12,
            )
            for k in range(count)
        ]
        color = STRIPES[2] if a.mentions("mint", "green") else a.pick(STRIPES[:2])
        a.add(union(stripes), "stripe", color, Tier.SECONDARY)


TEMPLATE = Template(
    "candy cane",
    build_candy_cane,
    0.2,
    description="a hooked christmas peppermint stick with red and white spiral stripes",
    synonyms=("candy canes", "candycane", "peppermint stick", "christmas candy cane"),
    kinds=("peppermint cane", "sugar cane candy"),
    parts=("stick", "stripe"),
    aliases={"stripes": "stripe", "candy": "stick", "peppermint": "stick", "cane": "stick"},
)
