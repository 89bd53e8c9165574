"""A sneaker seen side on: a thick sole, a rounded upper, laces and a side stripe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import laces, shoe, skin
from meshforge.engines.text.kit.gear import BLACK, SPORTY, WHITE, front_plate, smooth_loop


def build_sneaker(a: Assembly) -> None:
    """A sneaker seen side on: a thick sole, a rounded upper, laces and a side stripe."""
    length = a.vary(0.29, 0.05)
    width = length * 0.37
    upper = a.pick(SPORTY)
    sole = a.pick((WHITE, WHITE, BLACK, (235, 225, 205)))
    high = a.mentions("high", "hightop", "basketball", "converse")
    collar = length * (0.42 if high else 0.27)
    body = shoe(a, length, collar, upper, sole, sole_thick=length * 0.1)
    if a.wants("lace"):
        laces(a, body, -length * 0.2, length * 0.08, width * 0.45, 5)
    if a.maybe("stripe", 0.7, "swoosh", "stripes"):
        swoosh = smooth_loop(
            [
                (-length * 0.22, length * 0.16),
                (length * 0.35, length * 0.3),
                (length * 0.05, length * 0.16),
                (-length * 0.15, length * 0.12),
            ],
            4,
        )
        plate = front_plate(swoosh, width * 2)
        stripe = a.pick([c for c in (WHITE, BLACK, (240, 190, 30), (200, 40, 40)) if c != upper])
        a.add(skin(body, plate, 0.003), "stripe", stripe, Tier.FIXED)


TEMPLATE = Template(
    "sneaker",
    build_sneaker,
    0.12,
    description="a sports shoe with a thick rubber sole, laces and a padded fabric upper",
    synonyms=(
        "sneakers",
        "trainer",
        "trainers",
        "running shoe",
        "tennis shoe",
        "shoe",
        "shoes",
        "gym shoe",
    ),
    kinds=("basketball shoe", "high top", "nike", "converse", "air jordan", "kicks"),
    not_claimed=("horse shoe", "shoe box"),
    parts=("sole", "upper", "lace", "stripe", "lining"),
    aliases={"swoosh": "stripe", "logo": "stripe", "toe": "upper", "heel": "sole"},
)
