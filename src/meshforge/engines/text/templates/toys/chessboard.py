"""A chessboard: eight by eight light and dark squares in a wooden frame, perhaps set for a game."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.chessmen import EBONY, HEIGHTS, IVORY, chessman
from meshforge.engines.text.kit.solids import box, slab, union

#: (dark, light) square pairs: walnut and maple, ebony and box, green and buff vinyl
SQUARES: tuple[tuple[RGB, RGB], ...] = (
    ((110, 65, 35), (225, 190, 140)),
    ((60, 40, 30), (235, 215, 175)),
    ((70, 120, 80), (235, 230, 205)),
    ((30, 30, 32), (240, 240, 236)),
)
FRAMES: tuple[RGB, ...] = ((140, 90, 50), (90, 55, 30), (165, 115, 65))
BACK_ROW = ("rook", "knight", "bishop", "queen", "king", "bishop", "knight", "rook")


def build_chessboard(a: Assembly) -> None:
    """A chessboard: eight by eight light and dark squares in a frame, perhaps set for a game."""
    square = a.vary(0.05, 0.1)
    border = square * a.between(0.4, 0.7)
    thick = a.vary(0.02, 0.2)
    dark, light = a.pick(SQUARES)
    side = square * 8
    a.add(
        slab((side + 2 * border, side + 2 * border, thick), 0.004, 8, (0, 0, thick / 2)),
        "frame",
        a.pick(FRAMES),
        Tier.FIXED,
    )
    inlay = 0.0015
    # the light squares are one sheet; the dark ones sit proud of it, each a hair smaller
    # than its square so that no two meet at a corner
    a.add(
        box((side, side, inlay), (0, 0, thick + inlay / 2 - 0.0005)),
        "light square",
        light,
        Tier.SECONDARY,
    )
    cells = [
        box(
            (square * 0.995, square * 0.995, inlay * 2),
            (
                -side / 2 + (col + 0.5) * square,
                -side / 2 + (row + 0.5) * square,
                thick + inlay - 0.0005,
            ),
        )
        for row in range(8)
        for col in range(8)
        if (row + col) % 2 == 0  # a1, the near left corner, is dark
    ]
    a.add(union(cells), "dark square", dark)
    # a bare board unless the prompt asks for the pieces ("with pieces", "a chess set")
    if a.maybe("piece", 0.0, "pieces", "set", "game", "chessmen", "match", "starting"):
        _set_up(a, square, thick + inlay - 0.0015)  # sunk into both kinds of square


def _set_up(a: Assembly, square: float, top: float) -> None:
    """The pieces in their starting places: white on the near two ranks, black on the far two."""
    scale = square / 0.055  # the set is sized to the squares, a king filling three quarters of one
    # each kind is turned once and copied: thirty-two lathes would cost more than the board
    shapes = {kind: chessman(kind, HEIGHTS[kind] * scale, 10) for kind in HEIGHTS}
    sides = ((IVORY, "white piece", 0, 1, 90.0), (EBONY, "black piece", 7, 6, -90.0))
    for color, part, back, pawns, facing in sides:
        pieces = []
        for col in range(8):
            x = -square * 3.5 + col * square
            for row, kind in ((back, BACK_ROW[col]), (pawns, "pawn")):
                man = shapes[kind]
                if kind == "knight":
                    man = man.rotate((0, 0, facing))  # the horse looks across the board
                pieces.append(man.translate((x, -square * 3.5 + row * square, top)))
        a.add(union(pieces), part, color, Tier.FIXED)


TEMPLATE = Template(
    "chessboard",
    build_chessboard,
    0.06,
    description="a square board of sixty-four light and dark squares for playing chess",
    synonyms=(
        "chess board",
        "chess set",
        "checkerboard",
        "chequerboard",
        "checkers board",
        "draughts board",
        "chess game",
    ),
    parts=("frame", "dark square", "light square", "piece", "white piece", "black piece"),
    aliases={
        "border": "frame",
        "squares": "dark square",
        "pieces": "piece",
        "chessmen": "piece",
        "board": "frame",
    },
)
