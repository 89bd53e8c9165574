"""A shield facing the front: a round plank shield with a boss, or a knight's heater."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import (
    DARK_STEEL,
    GOLD,
    SILVER,
    WOODS,
    front_plate,
    smooth_loop,
)
from meshforge.engines.text.kit.solids import box, dome, subtract, union
from meshforge.engines.text.kit.sweeps import front_disc

HERALDRY: tuple[RGB, ...] = (
    (180, 30, 35),
    (30, 60, 150),
    (30, 110, 60),
    (240, 240, 235),
    (30, 30, 34),
)


def build_shield(a: Assembly) -> None:
    """A shield facing the front: a round plank shield with a boss, or a knight's heater."""
    if a.mentions("round", "viking", "buckler", "wooden", "wood", "captain", "america"):
        kind = "round"
    elif a.mentions("knight", "heater", "kite", "crest", "medieval", "crusader"):
        kind = "heater"
    else:
        kind = a.pick(("round", "heater"))
    if kind == "round":
        _round(a)
    else:
        _heater(a)


def _round(a: Assembly) -> None:
    """Planks behind a metal rim and a domed central boss."""
    radius = a.vary(0.4, 0.1) * (0.5 if a.mentions("buckler") else 1.0)
    depth = 0.025
    seg = a.segments(radius)
    wood = a.pick(WOODS)
    board = front_disc(radius, depth, seg, 0, radius)
    gaps = union(
        [
            box((0.004, depth * 0.4, 2 * radius), (radius * f, -depth / 2, radius))
            for f in (-0.6, -0.3, 0.0, 0.3, 0.6)
        ]
    )
    a.add(subtract(board, gaps), "board", wood)
    if a.chance(0.6) or a.mentions("painted"):
        paint = front_disc(radius * 0.97, 0.004, seg, 0, radius, -depth / 2)
        stripes = union(
            [
                box((radius * 0.5, 0.01, 2 * radius), (radius * f, -depth / 2, radius))
                for f in (-0.5, 0.5)
            ]
        )
        a.add(subtract(paint, stripes), "paint", a.pick(HERALDRY), Tier.SECONDARY)
    rim = subtract(
        front_disc(radius * 1.03, depth * 1.4, seg, 0, radius),
        front_disc(radius * 0.95, depth * 2, seg, 0, radius),
    )
    a.add(rim, "rim", DARK_STEEL, Tier.FIXED)
    boss_r = radius * a.between(0.18, 0.24)
    boss = (
        dome((boss_r, boss_r, boss_r * 0.8), a.segments(boss_r))
        .rotate((90, 0, 0))
        .translate((0, -depth / 2 + 0.002, radius))
    )
    a.add(boss, "boss", a.pick((DARK_STEEL, SILVER, GOLD)), Tier.FIXED)


def _heater(a: Assembly) -> None:
    """A flat-topped heater shield with a rim and a painted cross or chevron."""
    width = a.vary(0.55, 0.1)
    height = width * a.between(1.15, 1.35)
    depth = 0.03
    outline = smooth_loop(
        [
            (-width / 2, height),
            (-width / 2, height * 0.62),
            (-width * 0.36, height * 0.25),
            (0.0, 0.0),
            (width * 0.36, height * 0.25),
            (width / 2, height * 0.62),
            (width / 2, height),
            (0.0, height * 1.01),
        ],
        6,
    )
    field = a.pick(HERALDRY)
    charge_color = a.pick((GOLD, (240, 240, 235), (180, 30, 35)))
    a.add(front_plate(outline, depth), "board", field)
    inner = [(x * 0.88, height * 0.06 + z * 0.9) for x, z in outline]
    rim = subtract(front_plate(outline, depth * 1.3), front_plate(inner, depth * 2))
    a.add(rim, "rim", a.pick((SILVER, GOLD, DARK_STEEL)), Tier.FIXED)
    bar = width * a.between(0.14, 0.2)
    # plain stripes only: a concave emblem (a cross) leaves its colour on the corners' fill
    tilt = a.pick((40.0, -40.0, 0.0, 90.0))
    charge = (
        box((bar, 0.01, height * 1.4))
        .rotate((0, tilt, 0))
        .translate((0, -depth / 2, height * 0.55))
    )
    trimmed = charge ^ front_plate(inner, depth * 2)
    a.add(trimmed, "emblem", charge_color, Tier.SECONDARY)


TEMPLATE = Template(
    "shield",
    build_shield,
    0.8,
    description="a piece of armour held on the arm to block blows, round or kite shaped",
    synonyms=(
        "round shield",
        "viking shield",
        "knight shield",
        "buckler",
        "heater shield",
        "kite shield",
    ),
    kinds=("wooden shield", "captain america shield", "roman shield", "crusader shield"),
    not_claimed=("wind shield", "heat shield"),
    parts=("board", "paint", "rim", "boss", "emblem"),
    aliases={
        "face": "board",
        "edge": "rim",
        "cross": "emblem",
        "crest": "emblem",
        "center": "boss",
        "centre": "boss",
    },
)
