"""An apple: a round fruit dimpled at top and bottom, a short stem and often a leaf."""

from __future__ import annotations

import math

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
    """The (radius, height) outline of an apple: wide shoulders, narrower base, dimpled ends."""
    points: list[tuple[float, float]] = [(0.0, height * dimple * 0.6)]
    for k in range(1, 24):
        t = math.pi * k / 24  # from the bottom pole up to the top pole
        shoulder = (
            1.0 + 0.08 * math.sin(t * 1.5) - 0.1 * math.cos(t) ** 2 * (1 if t < math.pi / 2 else 0)
        )
        r = radius * math.sin(t) * shoulder
        z = height * (1 - math.cos(t)) / 2
        points.append((r, z))
    points.append((0.0, height * (1 - dimple)))
    return points


def build_apple(a: Assembly) -> None:
    """An apple: a round fruit dimpled at top and bottom, a short stem and often a leaf."""
    radius, height = a.vary(0.042, 0.1), a.vary(0.075, 0.1)
    a.add(lathe(apple_profile(radius, height, 0.08), a.segments(radius)), "skin", a.pick(APPLES))
    top = height * 0.92
    if a.wants("stem"):
        tip = (a.between(-0.004, 0.004), 0.003, top + a.vary(0.022, 0.2))
        a.add(rod((0, 0, top - 0.004), tip, 0.0025, 8, 0.002), "stem", STEM_BROWN, Tier.FIXED)
        if a.maybe("leaf", 0.6):
            leaf = ellipsoid((0.02, 0.009, 0.0018), 16).rotate((0, -25, 0))
            a.add(leaf.translate((0.017, 0.0, top + 0.012)), "leaf", LEAF_GREEN, Tier.FIXED)


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
