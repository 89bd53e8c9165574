"""A tomato: a glossy red, slightly squat fruit under a green star of sepals and a stalk."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, round_fruit, turned
from meshforge.engines.text.kit.solids import ellipsoid, rod, union

REDS: tuple[RGB, ...] = ((225, 45, 30), (210, 35, 25), (235, 70, 40))


def build_tomato(a: Assembly) -> None:
    """A tomato: a glossy red, squat and ribbed fruit under a green star of sepals and a stalk.

    What tells it from an apple: flatter than it is wide, shallow lobes round its shoulders,
    and the calyx: a star of long narrow green sepals lying over the top.
    """
    cherry = a.mentions("cherry", "grape")
    radius = a.vary(0.016 if cherry else 0.04, 0.08)
    height = radius * (a.between(1.45, 1.6) if cherry else a.between(1.2, 1.35))
    lobes, rib = a.pick((5, 6, 7)), 0.0 if cherry else a.between(0.035, 0.06)
    body = turned(round_fruit(radius, height, 0.45), height, a.segments(radius))
    a.add(body.warp_batch(lambda v: _ribbed(v, height, lobes, rib)), "skin", REDS)
    top = height + radius * 0.02
    if a.wants("leaf"):
        count = a.pick((5, 6))
        star = []
        for k in range(count):
            # a narrow, pointed sepal from the stalk out over the shoulder, drooping at its tip
            length = radius * a.between(0.6, 0.8)
            sepal = ellipsoid((length / 2, radius * 0.1, radius * 0.04), 12).translate(
                (length / 2, 0, 0)
            )
            sepal = sepal.warp_batch(lambda v, span=length: _droop(v, span, radius * 0.13))
            star.append(sepal.rotate((0, 0, 360 * k / count + a.between(-8, 8))))
        a.add(union(star).translate((0, 0, top)), "leaf", LEAF_GREEN, Tier.FIXED)
    if a.wants("stem"):
        tip = (radius * 0.05, 0.0, top + radius * 0.3)
        a.add(
            rod((0, 0, top - radius * 0.05), tip, radius * 0.07, 8), "stem", LEAF_GREEN, Tier.FIXED
        )


def _ribbed(vertices: np.ndarray, height: float, lobes: int, rib: float) -> np.ndarray:
    """Shallow lobes round the fruit, strongest at the shoulders, none at the poles."""
    out = vertices.copy()
    angle = np.arctan2(out[:, 1], out[:, 0])
    u = np.clip(out[:, 2] / height, 0.0, 1.0)
    weight = np.sin(np.pi * u) ** 2 * (0.5 + 0.5 * u)
    factor = 1.0 + rib * weight * np.cos(lobes * angle)
    out[:, 0] *= factor
    out[:, 1] *= factor
    return out


def _droop(vertices: np.ndarray, span: float, depth: float) -> np.ndarray:
    """Bend a sepal lying along +X down as it reaches out, to follow the fruit's shoulder."""
    out = vertices.copy()
    out[:, 2] -= depth * (np.clip(out[:, 0], 0.0, None) / span) ** 2
    return out


TEMPLATE = Template(
    "tomato",
    build_tomato,
    0.07,
    description="a round red tomato with a green stalk",
    synonyms=("cherry tomato", "red tomato"),
    kinds=("beefsteak tomato", "roma tomato", "heirloom tomato"),
    parts=("skin", "leaf", "stem"),
    aliases={**FRUIT_ALIASES, "sepal": "leaf", "calyx": "leaf"},
)
