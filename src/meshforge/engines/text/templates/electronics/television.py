"""A flat-screen television on a stand: a thin black panel with a bezel; "old" gives a CRT set."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    SCREEN,
    SCREEN_GLOW,
    front_knob,
    front_panel,
)
from meshforge.engines.text.kit.solids import box, rod, rounded_box, slab

CABINETS: tuple[RGB, ...] = ((120, 80, 45), (60, 60, 64), (200, 200, 195))


def build_television(a: Assembly) -> None:
    """A flat-screen television on a stand; "old", "retro" or "crt" gives a boxy tube set."""
    if a.mentions("old", "retro", "vintage", "crt", "tube"):
        _crt(a)
        return
    width = a.vary(1.0, 0.15)
    height, thick = width * 0.58, 0.04
    stand_h = a.vary(0.08, 0.2)
    color = a.pick((BLACK_PLASTIC, (60, 62, 68), (200, 202, 206)))
    panel = rounded_box((width, thick, height), 0.008, 8, (0, 0, stand_h + height / 2))
    a.add(panel, "frame", color)
    front_panel(
        a,
        width * 0.96,
        height * 0.93,
        (0, stand_h + height * 0.52),
        -thick / 2,
        "screen",
        a.pick((SCREEN, SCREEN_GLOW)),
        0.002,
        0.002,
    )
    if a.wants("stand"):
        if a.chance(0.5):
            a.add(slab((width * 0.35, 0.2, 0.015), 0.02, 8, (0, 0.0, 0.0075)), "stand", color)
            a.add(
                box((0.06, 0.03, stand_h + 0.05), (0, thick * 0.3, (stand_h + 0.05) / 2)),
                "stand",
                color,
            )
        else:
            for side in (-1, 1):
                x = side * width * 0.38
                a.add(
                    rod((x, 0, stand_h + 0.05), (x + side * 0.05, -0.09, 0.005), 0.01, 8),
                    "stand",
                    color,
                )
                a.add(
                    rod((x, 0, stand_h + 0.05), (x + side * 0.05, 0.09, 0.005), 0.01, 8),
                    "stand",
                    color,
                )


def _crt(a: Assembly) -> None:
    """A boxy old tube television in a cabinet with dials, on short legs."""
    width = a.vary(0.55, 0.1)
    height, depth = width * 0.8, width * 0.85
    legs = 0.1
    cab = a.pick(CABINETS)
    a.add(rounded_box((width, depth, height), 0.03, 8, (0, 0, legs + height / 2)), "frame", cab)
    front = -depth / 2
    front_panel(
        a,
        width * 0.68,
        height * 0.7,
        (-width * 0.1, legs + height / 2),
        front,
        "screen",
        (70, 80, 85),
        0.006,
        0.04,
    )
    for z in (0.65, 0.4):
        front_knob(a, width * 0.04, 0.015, width * 0.37, legs + height * z, front, (40, 40, 40))
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                rod(
                    (sx * width * 0.38, sy * depth * 0.35, legs + 0.01),
                    (sx * width * 0.42, sy * depth * 0.4, 0),
                    0.012,
                    8,
                ),
                "stand",
                BLACK_PLASTIC,
                Tier.FIXED,
            )
    if a.maybe("antenna", 0.7, "antennas", "aerial"):
        for side in (-1, 1):
            a.add(
                rod(
                    (0, 0, legs + height - 0.01),
                    (side * width * 0.35, 0.05, legs + height + width * 0.5),
                    0.004,
                    6,
                ),
                "antenna",
                (190, 190, 195),
                Tier.FIXED,
            )


TEMPLATE = Template(
    "television",
    build_television,
    0.65,
    description="a flat screen tv on a stand",
    synonyms=(
        "tv",
        "tv set",
        "television set",
        "flat screen tv",
        "flatscreen",
        "smart tv",
        "telly",
    ),
    kinds=("old tv", "crt tv", "retro tv", "plasma tv"),
    parts=("frame", "screen", "stand", "knob", "antenna"),
    aliases={"display": "screen", "bezel": "frame", "dial": "knob", "aerial": "antenna"},
)
