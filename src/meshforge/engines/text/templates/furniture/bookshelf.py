"""An open bookcase: sides, top, plinth and back panel, with rows of books on its shelves."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box

BOOKS: tuple[RGB, ...] = (
    (170, 40, 40),
    (40, 70, 130),
    (50, 110, 70),
    (210, 170, 60),
    (235, 230, 215),
    (90, 60, 40),
    (40, 40, 45),
    (200, 110, 50),
)


def build_bookshelf(a: Assembly) -> None:
    """An open bookcase: sides, top, plinth and back panel, with rows of books on its shelves."""
    width, depth, height = a.vary(0.9, 0.15), a.vary(0.3, 0.1), a.vary(1.8, 0.15)
    shelves = a.count("shelf", a.pick((4, 5)), 2, 7)
    wood, board = a.pick(WOODS + PAINTS[:2]), 0.025
    plinth = 0.08
    for sx in (-1, 1):
        a.add(
            box((board, depth, height), (sx * (width / 2 - board / 2), 0, height / 2)),
            "frame",
            wood,
        )
    a.add(box((width + 0.02, depth + 0.02, board), (0, 0, height - board / 2)), "frame", wood)
    a.add(box((width, depth, plinth), (0, 0, plinth / 2)), "frame", wood)
    a.add(box((width, 0.012, height), (0, depth / 2 - 0.006, height / 2)), "frame", wood)
    gap = (height - plinth - board) / shelves
    inner = width - 2 * board
    for level in range(shelves):
        floor = plinth + level * gap
        if level:
            a.add(box((inner + 0.004, depth, board), (0, 0, floor)), "shelf", wood)
        if a.wants("book"):
            top = floor + board / 2 if level else plinth
            _books(a, inner, depth, top, gap - board)


def _books(a: Assembly, inner: float, depth: float, floor: float, room: float) -> None:
    """A row of books standing on one shelf, left to right, with a gap or a leaning one."""
    x, end = -inner / 2 + 0.01, inner / 2 - a.between(0.02, 0.25)
    while x < end - 0.03:
        thick = a.between(0.02, 0.05)
        tall = room * a.between(0.6, 0.88)
        deep = depth * a.between(0.65, 0.85)
        book = box(
            (thick, deep, tall),
            (x + thick / 2, -depth / 2 + deep / 2 + 0.01, floor + tall / 2 - 0.003),
        )
        a.add(book, "book", a.pick(BOOKS), Tier.FIXED)
        x += thick + (a.between(0.04, 0.12) if a.chance(0.08) else 0.0)


TEMPLATE = Template(
    "bookshelf",
    build_bookshelf,
    1.8,
    description="a tall piece of furniture with shelves full of books",
    synonyms=("bookcase", "book shelf", "shelving unit", "shelf", "book case"),
    kinds=("etagere",),
    parts=("frame", "shelf", "book"),
    aliases={"side": "frame", "plank": "shelf"},
)
