"""The food archetype: a fruit or vegetable, or a dish on a plate, for food with no template.

Fruit-like prompts (nearest to apples, bananas, strawberries…) become a round fruit with a
stem and a leaf; the rest a serving on a plate (a mound with a garnish), both in the prompt's
colours, so "a pear" or "a burrito" is something to eat, not another template's food.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.food import LEAF_GREEN, STEM_BROWN
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, lathe, sphere

CATEGORY = "food"
FRUIT_LIKE = (
    "apple",
    "banana",
    "strawberry",
    "watermelon",
    "carrot",
    "cherry",
    "lemon",
    "pear",
    "pineapple",
    "orange",
    "fruit",
    "vegetable",
    "berry",
    "plum",
    "peach",
)
FRUITS = ((200, 40, 40), (240, 200, 50), (120, 170, 60), (240, 140, 40), (110, 50, 120))
DISHES = ((205, 150, 80), (230, 200, 150), (170, 90, 50), (240, 225, 190))
PLATE = (245, 245, 240)


def build_food(a: Assembly) -> None:
    """A fruit with stem and leaf, or a dish on a plate."""
    if leaning(a, {"fruit": FRUIT_LIKE, "dish": ()}, "dish") == "fruit":
        _fruit(a)
    else:
        _dish(a)


def _fruit(a: Assembly) -> None:
    """A round, slightly squashed or pear-drop fruit with a stem and a leaf."""
    r = a.vary(0.045, 0.2)
    drop = a.between(0.9, 1.3)
    body = ellipsoid((r, r, r * drop), a.segments(r), (0.0, 0.0, r * drop))
    a.add(body, "body", FRUITS)
    top = (0.0, 0.0, r * drop * 2 - r * 0.1)
    stem_end = (r * 0.08, 0.0, top[2] + r * 0.35)
    a.add(capsule(top, stem_end, r * 0.05, 8), "stem", STEM_BROWN, Tier.FIXED)
    if a.wants("leaf"):
        leaf = ellipsoid((r * 0.4, r * 0.16, r * 0.03), 12, (r * 0.38, 0.0, 0.0))
        a.add(
            leaf.rotate((0, -25, 20)).translate((stem_end[0], 0.0, stem_end[2] - r * 0.2)),
            "leaf",
            LEAF_GREEN,
            Tier.FIXED,
        )


def _dish(a: Assembly) -> None:
    """A plate with a rounded serving on it and a few garnish dots."""
    plate_r = a.vary(0.13, 0.1)
    plate = lathe(
        [
            (0.0, 0.0),
            (plate_r * 0.7, 0.0),
            (plate_r, plate_r * 0.12),
            (plate_r * 0.97, plate_r * 0.14),
            (plate_r * 0.65, plate_r * 0.05),
            (0.0, plate_r * 0.05),
        ],
        a.segments(plate_r),
    )
    if a.wants("plate"):
        a.add(plate, "plate", PLATE, Tier.FIXED)
    base = plate_r * 0.05
    length, width = plate_r * a.between(0.9, 1.3), plate_r * a.between(0.45, 0.7)
    height = width * a.between(0.5, 0.9)
    a.add(
        ellipsoid((width, length, height), a.segments(width), (0.0, 0.0, base + height * 0.6)),
        "food",
        DISHES,
    )
    for _garnish in range(a.pick((3, 4, 5))):
        x, y = a.between(-0.5, 0.5) * width, a.between(-0.6, 0.6) * length
        a.add(
            sphere(plate_r * 0.05, 10, (x, y, base + height * 1.35)),
            "garnish",
            LEAF_GREEN,
            Tier.SECONDARY,
        )
    a.add(
        cylinder(width * 0.8, base * 0.5, a.segments(width), (0.0, 0.0, base * 0.9)), "food", DISHES
    )


TEMPLATE = Template(
    "food",
    build_food,
    0.1,
    description="food of no particular kind: a fruit, or a serving on a plate",
    parts=("body", "stem", "leaf", "plate", "food", "garnish"),
    aliases={"skin": "body", "peel": "body", "topping": "garnish", "dish": "plate"},
)
