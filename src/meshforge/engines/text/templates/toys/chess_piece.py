"""A chess piece on a turned base: pawn, rook, knight, bishop, queen or king."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.chessmen import (
    EBONY,
    HEIGHTS,
    IVORY,
    PIECES,
    base_radius,
    chessman,
)


def build_chess_piece(a: Assembly) -> None:
    """A chess piece on a turned base: pawn, rook, knight, bishop, queen or king."""
    named = [piece for piece in PIECES if a.mentions(piece, "castle" if piece == "rook" else piece)]
    piece = named[0] if named else a.pick(PIECES)
    if a.mentions("black", "dark", "ebony"):
        color = EBONY
    elif a.mentions("white", "ivory", "light"):
        color = IVORY
    else:
        color = a.pick((IVORY, EBONY))
    height = HEIGHTS[piece]
    height *= a.vary(1.0, 0.05)
    seg = a.segments(base_radius(piece, height))
    a.add(chessman(piece, height, seg), "piece", color)


TEMPLATE = Template(
    "chess piece",
    build_chess_piece,
    0.08,
    description="a carved game piece for chess on a round turned base",
    synonyms=(
        "chessman",
        "pawn",
        "rook",
        "chess pawn",
        "chess queen",
        "chess bishop",
    ),
    kinds=(
        "chess rook",
        "chess set piece",
        "chesspiece",
        "chess knight",
        "chess king",
        "chess horse",
    ),
    parts=("piece",),
    aliases={"base": "piece", "body": "piece"},
)
