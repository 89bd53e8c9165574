"""An apple: a round fruit dimpled at top and bottom, a short stem and often a leaf."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN, STEM_BROWN
from meshforge.engines.text.kit.solids import ellipsoid, lathe, rod

APPLES: tuple[RGB, ...] = (
    (200, 30, 35),
    (175, 25, 40),
    (120, 190, 60),
    (225, 190, 60),
    (210, 70, 50),
)


def apple_profile(radius: float, height: float, dimple: float) -> list[tuple[float, float]]:
    """The (radius, height) outline of an apple: broad shoulders over a narrower base, and a
    deep well at the top where the stem sits (a shallower one underneath)."""
    points: list[tuple[float, float]] = [(0.0, height * dimple * 0.5)]
    steps = 28
    for k in range(1, steps):
        t = math.pi * k / steps  # from the bottom pole up to the top pole
        # broad at the shoulders (upper half), tapering towards the base
        shoulder = 1.0 + 0.1 * math.sin(t * 1.5) - 0.12 * max(0.0, math.cos(t)) ** 2
        r = radius * math.sin(t) * shoulder
        z = height * (1 - math.cos(t)) / 2
        # the stem well: the top pulled down near the axis, the bottom pushed up a little
        well = math.exp(-((r / (radius * 0.38)) ** 2))
        z += -height * dimple * well if t > math.pi / 2 else height * dimple * 0.5 * well
        points.append((r, z))
    points.append((0.0, height * (1 - dimple)))
    return points


def build_apple(a: Assembly) -> None:
    """An apple: a round fruit with a stem in a deep top well, and mostly a leaf."""
    radius, height = a.vary(0.042, 0.08), a.vary(0.078, 0.08)
    dimple = 0.14
    # "a green apple" names its colour inside the apple's own name, where the reader keeps it
    skin = a.pick(APPLES)
    for word, rgb in (
        ("green", (120, 190, 60)),
        ("golden", (225, 190, 60)),
        ("yellow", (230, 200, 70)),
    ):
        if a.mentions(word):
            skin = rgb
    a.add(lathe(apple_profile(radius, height, dimple), a.segments(radius)), "skin", skin)
    well = height * (1 - dimple)
    if a.wants("stem"):
        # rises from the bottom of the well and leans, thin and woody
        tip = (a.between(0.002, 0.006), 0.002, height + a.vary(0.016, 0.2))
        base = (0.0, 0.0, well - 0.003)
        a.add(rod(base, tip, 0.0022, 8, 0.0017), "stem", STEM_BROWN, Tier.FIXED)
        if a.maybe("leaf", 0.85):
            # a pointed leaf from the stem, tipped up and out over the shoulder
            leaf = ellipsoid((0.022, 0.0095, 0.0016), 16).warp_batch(_pointed)
            # its base end sunk into the stem, two thirds of the way up it
            leaf = leaf.translate((0.02, 0.0, 0.0)).rotate((0, -20, a.between(-30, 30)))
            at = (tip[0] * 0.6, tip[1] * 0.6, base[2] + (tip[2] - base[2]) * 0.6)
            a.add(
                leaf.translate(at),
                "leaf",
                LEAF_GREEN,
                Tier.FIXED,
            )


def _pointed(vertices: np.ndarray) -> np.ndarray:
    """Narrow an ellipse towards both ends along X: a leaf's pointed tip and base."""
    out = vertices.copy()
    span = max(float(np.abs(out[:, 0]).max()), 1e-9)
    out[:, 1] *= 1.0 - 0.55 * (np.abs(out[:, 0]) / span) ** 1.5
    # the blade cups a little about its midrib
    out[:, 2] += 0.25 * np.abs(out[:, 1])
    return out


TEMPLATE = Template(
    "apple",
    build_apple,
    0.08,
    description="a round red apple with a short stem and a green leaf",
    synonyms=("red apple", "green apple"),
    kinds=("granny smith", "golden delicious", "fuji apple", "gala apple"),
    not_claimed=("big apple", "apple pie"),
    parts=("skin", "stem", "leaf"),
    aliases={"fruit": "skin", "peel": "skin", "body": "skin"},
)
