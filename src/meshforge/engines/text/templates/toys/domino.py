"""Dominoes: ivory or black tiles with a dividing line and pips, standing in a row or one alone."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

TILES: tuple[RGB, ...] = ((245, 240, 225), (30, 30, 34))
#: pip spots on a 3 x 3 grid for each count 0..6
PIPS: tuple[tuple[tuple[int, int], ...], ...] = (
    (),
    ((1, 1),),
    ((0, 0), (2, 2)),
    ((0, 0), (1, 1), (2, 2)),
    ((0, 0), (0, 2), (2, 0), (2, 2)),
    ((0, 0), (0, 2), (1, 1), (2, 0), (2, 2)),
    ((0, 0), (0, 1), (0, 2), (2, 0), (2, 1), (2, 2)),
)


def build_domino(a: Assembly) -> None:
    """Ivory or black tiles with a dividing line and pips, standing in a row or one alone."""
    tile = a.pick(TILES)
    ink = (30, 30, 34) if tile[0] > 128 else (245, 245, 240)
    width, height, thick = a.vary(0.024, 0.08), a.vary(0.048, 0.08), 0.0075
    row = a.mentions("dominoes", "row", "line", "toppling", "falling")
    count = a.count("tile", 5 if row else 1, 1, 9)
    for k in range(count):
        y = k * height * 0.6
        a.add(rounded_box((width, thick, height), 0.002, 8, (0, y, height / 2)), "tile", tile)
        front = y - thick / 2
        a.add(box((width * 0.8, 0.0008, 0.001), (0, front, height / 2)), "pip", ink, Tier.FIXED)
        for half, z0 in ((0, height * 0.75), (1, height * 0.25)):
            for col, line in PIPS[a.pick(range(7)) if half or k else a.pick(range(1, 7))]:
                x = (col - 1) * width * 0.27
                z = z0 + (line - 1) * height * 0.13
                a.add(front_disc(0.0022, 0.001, 10, x, z, front), "pip", ink, Tier.FIXED)
    if count > 1:  # a low bar the row stands in, so the tiles make one piece
        a.add(
            box(
                (width * 0.4, (count - 1) * height * 0.6 + thick, 0.002),
                (0, (count - 1) * height * 0.3, 0.001),
            ),
            "tile",
            tile,
        )


TEMPLATE = Template(
    "domino",
    build_domino,
    0.05,
    description="a domino: a small flat rectangular game tile with two halves of dots",
    synonyms=("dominoes", "dominos", "domino tile", "domino tiles"),
    kinds=("row of dominoes",),
    parts=("tile", "pip"),
    aliases={"dots": "pip", "dot": "pip", "pips": "pip", "tiles": "tile"},
)
