"""A cutting board: a thick wooden slab with rounded corners, a juice groove."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import cylinder, slab, subtract

BOARDS: tuple[RGB, ...] = (*WOODS, (240, 240, 235), (90, 150, 90))


def build_cutting_board(a: Assembly) -> None:
    """A cutting board: a thick wooden slab with rounded corners, a juice groove and a hanging
    handle."""
    length, width, thick = a.vary(0.42, 0.12), a.vary(0.28, 0.12), a.vary(0.025, 0.15)
    color = a.pick(BOARDS)
    board = slab((length, width, thick), a.vary(0.03, 0.3), 16, (0, 0, thick / 2))
    cutters = []
    if a.chance(0.6):  # a groove round the top that catches juice
        outer = slab((length * 0.88, width * 0.82, thick), 0.03, 16, (0, 0, thick * 1.35))
        inner = slab((length * 0.86, width * 0.79, thick * 1.2), 0.028, 16, (0, 0, thick * 1.35))
        cutters.append(subtract(outer, inner))
    if a.maybe("handle", 0.6, "hole"):
        cutters.append(cylinder(0.015, thick * 3, 16, (length / 2 - 0.035, 0, -thick)))
    a.add(subtract(board, *cutters) if cutters else board, "board", color)
    if a.maybe("food", 0.25, "vegetables", "bread", "cheese"):
        a.add(
            cylinder(0.03, 0.03, 16, (-length * 0.15, 0, thick - 0.002)),
            "food",
            (240, 140, 40),
            Tier.FIXED,
        )
        a.add(
            cylinder(0.028, 0.008, 16, (length * 0.05, 0.02, thick - 0.002)),
            "food",
            (240, 140, 40),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "cutting board",
    build_cutting_board,
    0.03,
    description="a chopping board for slicing vegetables with a knife in the kitchen",
    synonyms=("chopping board", "chopping block", "butcher block", "bread board", "wooden board"),
    kinds=("cheese board", "charcuterie board", "serving board"),
    parts=("board", "handle", "food"),
    aliases={"wood": "board", "slab": "board"},
)
