"""A woven basket: a round or oval wicker tub with a rim and an arched handle; "laundry" is a tall
hamper."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import subtract, torus, vessel
from meshforge.engines.text.kit.sweeps import hoop, tube
from meshforge.engines.text.kit.tableware import smooth_outline

WICKERS: tuple[RGB, ...] = ((200, 160, 100), (175, 130, 80), (215, 185, 130), (150, 110, 70))
PLASTICS: tuple[RGB, ...] = ((240, 240, 235), (90, 140, 200), (230, 120, 150), (120, 180, 120))


def build_basket(a: Assembly) -> None:
    """A woven basket: a round or oval wicker tub with a rim and an arched handle; "laundry" is a
    tall hamper."""
    laundry = a.mentions("laundry", "hamper", "clothes")
    if laundry:
        radius, height = a.vary(0.24, 0.08), a.vary(0.5, 0.1)
    else:
        radius, height = a.vary(0.17, 0.12), a.vary(0.13, 0.2)
    color = a.pick(PLASTICS if laundry and a.chance(0.4) else WICKERS)
    oval = a.vary(1.25, 0.1) if a.chance(0.5) else 1.0
    outline = smooth_outline([radius * 0.8, radius * 0.92, radius], height, 12)
    body = vessel(outline, 0.008, 0.01, a.segments(radius))
    # woven look: shallow horizontal grooves round the outside
    rows = max(3, round(height / 0.03))
    grooves = [
        hoop(  # thin rings: a full circle round, few segments across
            radius * (0.8 + 0.2 * (k + 0.5) / rows) + 0.002,
            0.0035,
            a.segments(radius),
            (0, 0, height * (k + 0.5) / rows),
        )
        for k in range(rows)
    ]
    a.add(subtract(body, *grooves).scale((oval, 1.0, 1.0)), "basket", color)
    a.add(
        torus(radius, 0.01, a.segments(radius), (0, 0, height)).scale((oval, 1.0, 1.0)),
        "rim",
        color,
    )
    if laundry:
        for sx in (-1, 1):
            grip = torus(0.045, 0.012, 16).rotate((90, 0, 90)).scale((1.0, 1.0, 0.5))
            a.add(grip.translate((sx * radius * oval, 0, height - 0.04)), "handle", color)
        if a.maybe("clothes", 0.6, "laundry", "towel"):
            cloth = torus(radius * 0.6, radius * 0.42, a.segments(radius)).scale(
                (oval, 1.0, 0.5)
            )  # it meets the walls
            a.add(
                cloth.translate((0, 0, height - 0.02)),
                "clothes",
                a.pick(((70, 110, 180), (240, 240, 235), (200, 70, 70))),
                Tier.FIXED,
            )
        return
    if a.maybe("handle", 0.7):
        arch = [
            (radius * oval * 0.97 * math.cos(t), 0.0, height + radius * 1.1 * math.sin(t))
            for t in [k * math.pi / 8 for k in range(9)]
        ]
        a.add(tube(arch, 0.012, 10), "handle", color)


TEMPLATE = Template(
    "basket",
    build_basket,
    0.2,
    description="a woven wicker basket with a handle for carrying things",
    synonyms=(
        "wicker basket",
        "woven basket",
        "picnic basket",
        "laundry basket",
        "hamper",
        "fruit basket",
        "shopping basket",
    ),
    kinds=(
        "laundry hamper",
        "clothes hamper",
        "easter basket",
        "bread basket",
        "straw basket",
        "rattan basket",
        "gift basket",
    ),
    not_claimed=("basket ball", "waste paper basket"),
    parts=("basket", "rim", "handle", "clothes"),
    aliases={"body": "basket", "wicker": "basket", "laundry": "clothes"},
)
