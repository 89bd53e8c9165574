"""A skate ramp: a half pipe of two curved quarter pipes with decks, or one quarter pipe."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, side_prism

SURFACES: tuple[RGB, ...] = ((200, 170, 120), (150, 150, 155), (60, 60, 66))
FRAME: RGB = (170, 130, 85)
COPING: RGB = (200, 203, 210)


def _quarter(radius: float, height: float, flat: float, deck: float) -> list[tuple[float, float]]:
    """The side outline (y, z) of one quarter pipe curving up towards +y."""
    curve = [
        (flat + radius * math.sin(t), radius - radius * math.cos(t))
        for t in [math.pi / 2 * k / 12 for k in range(13)]
    ]
    wall_top = height
    return [
        (0.0, 0.0),
        *curve,
        (flat + radius, wall_top),
        (flat + radius + deck, wall_top),
        (flat + radius + deck, 0.0),
    ]


def build_skate_ramp(a: Assembly) -> None:
    """A half pipe of two curved quarter pipes with decks and coping, or one quarter pipe."""
    surface = a.pick(SURFACES)
    width, radius = a.vary(4.0, 0.1), a.vary(1.8, 0.1)
    height, flat, deck = radius + 0.1, a.vary(1.5, 0.2), 1.0
    single = a.mentions("quarter", "kicker", "launch") and not a.mentions("half")
    outline = _quarter(radius, height, flat, deck)
    halves = [side_prism(outline, width)]
    if not single:
        halves.append(side_prism(outline, width).mirror((0, 1, 0)))
    for half in halves:
        a.add(half, "ramp", surface)
    a.add(box((width, 2 * (flat + radius + deck), 0.08), (0, 0, 0.04)), "ramp", surface)
    edge = flat + radius
    for sy in [1] if single else [-1, 1]:
        a.add(
            rod((-width / 2, sy * edge, height), (width / 2, sy * edge, height), 0.04, 10),
            "coping",
            COPING,
            Tier.FIXED,
        )
        rail_y = sy * (edge + deck - 0.05)
        for sx in (-1, 1):
            a.add(
                box((0.06, 0.06, 1.05), (sx * (width / 2 - 0.05), rail_y, height + 0.475)),
                "railing",
                FRAME,
                Tier.FIXED,
            )
        a.add(box((width, 0.06, 0.06), (0, rail_y, height + 1.0)), "railing", FRAME, Tier.FIXED)


TEMPLATE = Template(
    "skate ramp",
    build_skate_ramp,
    2.0,
    description="a skateboard half pipe: two curved wooden ramps facing each other with flat decks",
    synonyms=("half pipe", "halfpipe", "skateboard ramp", "quarter pipe", "skate ramps"),
    kinds=("mini ramp", "vert ramp"),
    parts=("ramp", "coping", "railing"),
    aliases={"deck": "ramp", "surface": "ramp", "rail": "railing", "fence": "railing"},
)
