"""A baking tray: a flat metal sheet with a low rolled rim; "cake tin" makes it a deep round pan."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import dome, slab, subtract, vessel

METALS: tuple[RGB, ...] = ((190, 193, 199), (60, 60, 66), (190, 193, 199))
COOKIE: RGB = (210, 160, 90)


def build_baking_tray(a: Assembly) -> None:
    """A baking sheet with a low rim, or (cake, round, springform) a deep round cake tin."""
    color = a.pick(METALS)
    metal = MATERIALS["metal"]
    if a.mentions("cake", "round", "springform", "pie", "tart", "loaf"):
        radius, depth = a.vary(0.11, 0.1), a.vary(0.06, 0.2)
        if a.mentions("pie", "tart"):
            depth = 0.03
        outline = [(radius * 0.96, 0.0), (radius, depth)]
        a.add(vessel(outline, 0.003, 0.003, a.segments(radius)), "tray", color, material=metal)
        return
    width, length = a.vary(0.42, 0.1), a.vary(0.3, 0.1)
    rim, sheet = a.vary(0.02, 0.2), 0.003
    outer = slab((width, length, rim), 0.02, 12, (0, 0, rim / 2))
    inner = slab((width - 0.012, length - 0.012, rim), 0.016, 12, (0, 0, rim / 2 + sheet))
    a.add(subtract(outer, inner), "tray", color, material=metal)
    if a.maybe("cookie", 0.0, "cookie", "cookies", "biscuit", "biscuits"):
        columns, rows = 4, 3
        for i in range(columns):
            for j in range(rows):
                x = (i - (columns - 1) / 2) * width / (columns + 0.5)
                y = (j - (rows - 1) / 2) * length / (rows + 0.5)
                a.add(
                    dome((0.032, 0.032, 0.01), 16, (x, y, sheet * 0.8)),
                    "cookie",
                    COOKIE,
                    Tier.SECONDARY,
                )


TEMPLATE = Template(
    "baking tray",
    build_baking_tray,
    0.02,
    description="a baking tray: a flat metal oven sheet or pan with a low rim for baking",
    synonyms=(
        "baking sheet",
        "sheet pan",
        "cookie sheet",
        "oven tray",
        "baking pan",
        "cake tin",
        "cake pan",
    ),
    kinds=(
        "roasting tray",
        "roasting pan",
        "springform pan",
        "pie dish",
        "pie tin",
        "loaf tin",
        "loaf pan",
        "tart tin",
        "jelly roll pan",
    ),
    parts=("tray", "cookie"),
    aliases={
        "pan": "tray",
        "sheet": "tray",
        "cookies": "cookie",
        "biscuit": "cookie",
        "biscuits": "cookie",
    },
)
