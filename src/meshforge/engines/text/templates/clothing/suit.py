"""A suit as if on a headless mannequin: jacket with lapels, shirt and tie, trousers, shoes."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, WHITE
from meshforge.engines.text.kit.solids import box, capsule, rounded_box

SUITS: tuple[RGB, ...] = ((35, 38, 48), (30, 30, 33), (90, 92, 98), (40, 50, 85), (120, 95, 70))
TIES: tuple[RGB, ...] = ((170, 30, 40), (40, 60, 120), (30, 30, 33), (150, 120, 60))


def build_suit(a: Assembly) -> None:
    """Jacket over shirt and tie on a headless form, trousers to the floor, a pair of shoes."""
    tux = a.mentions("tuxedo", "tux", "dinner")
    color = (28, 28, 31) if tux else a.pick(SUITS)
    hip, shoulder = a.vary(0.95, 0.04), a.vary(1.45, 0.04)
    g = a.vary(1.0, 0.06)
    for side in (-1, 1):
        x = side * 0.1 * g
        a.add(
            capsule((x, 0, hip), (x, 0, 0.09), 0.075 * g, a.segments(0.075)),
            "trousers",
            color,
            Tier.SECONDARY,
        )
        a.add(
            rounded_box((0.11, 0.26, 0.09), 0.03, 12, (x, -0.04, 0.045)), "shoe", BLACK, Tier.FIXED
        )
    jacket = rounded_box(
        (0.44 * g, 0.26 * g, shoulder - hip + 0.2), 0.09, 16, (0, 0, (hip + shoulder) / 2 - 0.05)
    )
    a.add(jacket, "jacket", color)
    front = -0.13 * g
    # the shirt's V and the tie, then the lapels folded back either side of it
    vee = Manifold.batch_hull(
        [
            box((0.16 * g, 0.01, 0.01), (0, front, shoulder + 0.02)),
            box((0.01, 0.01, 0.01), (0, front, shoulder - 0.32)),
        ]
    )
    a.add(vee, "shirt", WHITE, Tier.FIXED)
    tie = a.color("tie", BLACK if tux else a.pick(TIES), Tier.FIXED)
    if tux:
        a.add(box((0.09, 0.02, 0.03), (0, front - 0.01, shoulder)), "tie", tie, Tier.FIXED)
    else:
        knot = box((0.035, 0.02, 0.03), (0, front - 0.008, shoulder - 0.005))
        a.add(
            Manifold.batch_hull(
                [knot, box((0.045, 0.012, 0.01), (0, front - 0.008, shoulder - 0.3))]
            ),
            "tie",
            tie,
            Tier.FIXED,
        )
    for side in (-1, 1):
        lapel = Manifold.batch_hull(
            [
                box((0.03, 0.012, 0.01), (side * 0.09 * g, front - 0.004, shoulder + 0.03)),
                box((0.05, 0.012, 0.01), (side * 0.12 * g, front - 0.004, shoulder - 0.12)),
                box((0.01, 0.012, 0.01), (side * 0.015, front - 0.004, shoulder - 0.34)),
            ]
        )
        a.add(lapel, "lapel", BLACK if tux else color, Tier.FIXED)
        top = (side * 0.23 * g, 0, shoulder - 0.02)
        a.add(
            capsule(top, (side * 0.28 * g, 0.01, hip - 0.05), 0.058 * g, a.segments(0.058)),
            "jacket",
            color,
        )
    a.add(
        rounded_box((0.12, 0.1, 0.1), 0.04, 12, (0, 0, shoulder + 0.08)), "shirt", WHITE, Tier.FIXED
    )
    for k in range(2):
        a.add(
            box((0.016, 0.01, 0.016), (0, front - 0.004, shoulder - 0.42 - 0.09 * k)),
            "button",
            BLACK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "suit",
    build_suit,
    1.6,
    description="a man's business suit: a tailored jacket with lapels, shirt and tie, and trousers",
    synonyms=("business suit", "tuxedo", "tux", "three piece suit", "suit and tie", "dinner suit"),
    kinds=("pinstripe suit", "wedding suit", "tailored suit"),
    not_claimed=(
        "wet suit",
        "space suit",
        "suit of armor",
        "suit of armour",
        "swim suit",
        "bathing suit",
        "diving suit",
    ),
    parts=("jacket", "lapel", "shirt", "tie", "trousers", "shoe", "button"),
    aliases={
        "pants": "trousers",
        "collar": "shirt",
        "blazer": "jacket",
        "sleeve": "jacket",
        "shoes": "shoe",
        "bow tie": "tie",
    },
)
