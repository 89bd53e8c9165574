"""A hot dog: a sausage in a split bun with a zigzag of mustard or ketchup."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import capsule
from meshforge.engines.text.kit.sweeps import tube

SAUSAGE: RGB = (170, 70, 45)
SAUCES: tuple[RGB, ...] = ((245, 200, 30), (200, 30, 30))


def build_hot_dog(a: Assembly) -> None:
    """A hot dog: a sausage in a split bun with a zigzag of mustard or ketchup."""
    length, r = a.vary(0.15, 0.08), a.vary(0.02, 0.1)
    bun = a.pick(CRUSTS)
    for side in (-1, 1):
        half = capsule(
            (-length / 2, side * r * 0.75, r), (length / 2, side * r * 0.75, r), r, a.segments(r)
        )
        a.add(half.scale((1, 0.85, 1.0)), "bun", bun)
    reach = length * a.between(0.58, 0.65)
    sr = r * 0.62
    a.add(
        capsule((-reach, 0, r * 1.45), (reach, 0, r * 1.45), sr, a.segments(sr)),
        "sausage",
        SAUSAGE,
        Tier.FIXED,
    )
    if a.wants("mustard"):
        zigs = 9
        top = r * 1.45 + sr * 0.92
        path = [
            (
                -reach * 0.85 + 1.7 * reach * k / zigs,
                sr * 0.55 * (1 if k % 2 else -1),
                top - 0.0005 * abs(math.sin(k)),
            )
            for k in range(zigs + 1)
        ]
        a.add(tube(path, sr * 0.16, 8), "mustard", a.pick(SAUCES), Tier.FIXED)


TEMPLATE = Template(
    "hot dog",
    build_hot_dog,
    0.05,
    description="a sausage in a long bun with a line of mustard on top",
    synonyms=("hotdog", "frankfurter", "wiener", "hot dog sandwich"),
    kinds=("corn dog", "chili dog", "bratwurst"),
    parts=("bun", "sausage", "mustard"),
    aliases={"ketchup": "mustard", "sauce": "mustard", "frank": "sausage", "bread": "bun"},
)
