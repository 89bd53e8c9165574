"""A rug: a thick flat woven mat, rectangular or round, with a border pattern and maybe fringes."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, slab, torus

WEAVES: tuple[RGB, ...] = (
    (170, 50, 50),
    (60, 90, 150),
    (200, 180, 140),
    (90, 130, 90),
    (120, 60, 110),
)
BORDERS: tuple[RGB, ...] = ((235, 220, 180), (40, 40, 50), (200, 150, 60))


def build_rug(a: Assembly) -> None:
    """A rug: a thick flat woven mat, rectangular or round, with a border pattern."""
    thick = 0.012
    color, border = a.pick(WEAVES), a.pick(BORDERS)
    if a.mentions("round", "circular") or a.chance(0.3):
        radius = a.vary(0.8, 0.2)
        a.add(cylinder(radius, thick, a.segments(radius)), "rug", color)
        for k in range(2):
            a.add(
                torus(radius * (0.88 - 0.25 * k), 0.02, a.segments(radius), (0, 0, thick)).scale(
                    (1.0, 1.0, 0.3)
                ),
                "border",
                border,
                Tier.SECONDARY,
            )
        a.add(cylinder(radius * 0.2, thick + 0.002, 24), "border", border, Tier.SECONDARY)
        return
    length, width = a.vary(2.0, 0.15), a.vary(1.3, 0.15)
    a.add(slab((length, width, thick), 0.01, 8, (0, 0, thick / 2)), "rug", color)
    edge = 0.1
    for sy in (-1, 1):
        a.add(
            box((length - 2 * edge, 0.06, 0.004), (0, sy * (width / 2 - edge), thick)),
            "border",
            border,
            Tier.SECONDARY,
        )
    for sx in (-1, 1):
        a.add(
            box((0.06, width - 2 * edge + 0.06, 0.004), (sx * (length / 2 - edge), 0, thick)),
            "border",
            border,
            Tier.SECONDARY,
        )
    a.add(
        box((length * 0.3, width * 0.3, 0.004), (0, 0, thick)).rotate((0, 0, 0)),
        "border",
        border,
        Tier.SECONDARY,
    )
    if a.maybe("fringe", 0.5, "tassel", "tassels", "persian"):
        for sx in (-1, 1):
            for k in range(int(width / 0.05)):
                y = -width / 2 + 0.025 + k * 0.05
                a.add(
                    box((0.08, 0.012, 0.004), (sx * (length / 2 + 0.035), y, 0.002)),
                    "fringe",
                    border,
                    Tier.SECONDARY,
                )


TEMPLATE = Template(
    "rug",
    build_rug,
    0.012,
    description="a woven floor rug or carpet with a patterned border",
    synonyms=(
        "carpet",
        "area rug",
        "persian rug",
        "doormat",
        "mat",
        "floor mat",
        "round rug",
        "oriental rug",
    ),
    kinds=("flying carpet", "magic carpet", "bath mat", "bear skin rug", "welcome mat"),
    not_claimed=("yoga mat", "mouse mat", "place mat"),
    parts=("rug", "border", "fringe"),
    aliases={"carpet": "rug", "pattern": "border", "tassels": "fringe", "tassel": "fringe"},
)
