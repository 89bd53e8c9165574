"""Stonehenge: a ring of weathered standing stones capped with lintels round an inner horseshoe."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder

SARSENS: tuple[RGB, ...] = ((165, 160, 150), (150, 148, 140), (175, 168, 155))
GRASS: RGB = (110, 150, 80)


def build_stonehenge(a: Assembly) -> None:
    """A ring of weathered standing stones capped with lintels round an inner horseshoe."""
    stone = a.pick(SARSENS)
    r = a.vary(15.0, 0.05)
    a.add(cylinder(r * 1.3, 0.3, a.segments(r)), "ground", GRASS)
    count = a.count("stone", 16, 8, 30)
    height = a.vary(4.1, 0.05)
    for k in range(count):
        if a.chance(0.15) and k % 2:
            continue  # a fallen gap in the ring
        t = 360.0 * k / count
        lean = a.between(-4, 4)
        post = (
            box((2.0, 1.1, height), (0, 0, height / 2)).rotate((lean, 0, 0)).rotate((0, 0, t + 90))
        )
        a.add(
            post.translate((r * math.cos(math.radians(t)), r * math.sin(math.radians(t)), 0.2)),
            "stone",
            stone,
        )
        if k % 2 == 0 and a.chance(0.7):
            span = 2 * r * math.sin(math.pi / count) + 2.0
            lintel = box((span, 1.0, 0.8), (0, 0, 0)).rotate((0, 0, t + 90 + 180 / count))
            mid = math.radians(t + 180 / count)
            a.add(
                lintel.translate((r * math.cos(mid), r * math.sin(mid), height + 0.45)),
                "lintel",
                stone,
            )
    for k in range(5):  # the inner horseshoe of trilithons
        t = math.radians(-60 + 60 * k)
        x, y = r * 0.55 * math.cos(t), r * 0.55 * math.sin(t)
        tall = height * a.vary(1.5, 0.05)
        turn = math.degrees(t) + 90
        for side in (-1, 1):
            dx, dy = (
                side * 1.3 * math.cos(math.radians(turn)),
                side * 1.3 * math.sin(math.radians(turn)),
            )
            a.add(
                box((2.2, 1.2, tall), (0, 0, tall / 2))
                .rotate((0, 0, turn))
                .translate((x + dx, y + dy, 0.2)),
                "stone",
                stone,
            )
        a.add(
            box((5.2, 1.1, 0.9), (0, 0, 0)).rotate((0, 0, turn)).translate((x, y, tall + 0.6)),
            "lintel",
            stone,
        )


TEMPLATE = Template(
    "stonehenge",
    build_stonehenge,
    7.0,
    description="stonehenge: a prehistoric ring of huge standing stones topped with lintels",
    synonyms=("stone circle", "standing stones", "henge"),
    kinds=("megalith circle", "druid circle"),
    parts=("ground", "stone", "lintel"),
    aliases={"stones": "stone", "rocks": "stone", "grass": "ground", "lintels": "lintel"},
)
