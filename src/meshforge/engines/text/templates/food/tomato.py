"""A tomato: a glossy red, slightly squat fruit under a green star of sepals and a stalk."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import LEAF_GREEN
from meshforge.engines.text.kit.produce import FRUIT_ALIASES, round_fruit, turned
from meshforge.engines.text.kit.solids import ellipsoid, rod, union

REDS: tuple[RGB, ...] = ((215, 35, 30), (200, 30, 25), (230, 60, 35))


def build_tomato(a: Assembly) -> None:
    """A tomato: a glossy red, slightly squat fruit under a green star of sepals and a stalk."""
    cherry = a.mentions("cherry tomato", "grape tomato")
    radius = a.vary(0.016 if cherry else 0.04, 0.08)
    height = radius * a.between(1.55, 1.75)
    a.add(turned(round_fruit(radius, height, 0.25), height, a.segments(radius)), "skin", REDS)
    if a.wants("leaf"):
        count = a.pick((5, 6))
        sepal = (
            ellipsoid((radius * 0.32, radius * 0.08, radius * 0.03), 12)
            .translate((radius * 0.28, 0, 0))
            .rotate((0, 12, 0))
        )
        star = union([sepal.rotate((0, 0, 360 * k / count + 15)) for k in range(count)])
        a.add(star.translate((0, 0, height * 0.985)), "leaf", LEAF_GREEN, Tier.FIXED)
    if a.wants("stem"):
        top = height * 0.97
        tip = (radius * 0.05, 0.0, top + radius * 0.3)
        a.add(rod((0, 0, top), tip, radius * 0.06, 8), "stem", LEAF_GREEN, Tier.FIXED)


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
