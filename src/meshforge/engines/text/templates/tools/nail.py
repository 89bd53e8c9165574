"""A nail lying on its side: a flat round head, a thin shank, a sharp point."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL
from meshforge.engines.text.kit.tools import STEEL
from meshforge.engines.text.kit.turned_sticks import laid_piece

FINISHES = (STEEL, DARK_STEEL, (185, 150, 90))


def build_nail(a: Assembly) -> None:
    """A nail lying on its side: a flat round head, a thin shank, a sharp point."""
    length = a.vary(0.075, 0.2)
    shank_r = length * a.vary(0.022, 0.1)
    head_r = shank_r * a.between(2.3, 3.0)
    head_t = shank_r * 0.7
    point = shank_r * 5
    profile = [
        (0.0, 0.0),
        (head_r, 0.0),
        (head_r, head_t),
        (shank_r * 1.1, head_t * 1.6),
        (shank_r, head_t * 2.2),
        (shank_r, length - point),
        (0.0, length),
    ]
    a.add(laid_piece(profile, a.segments(head_r), 0.0, length, head_r), "nail", FINISHES)


TEMPLATE = Template(
    "nail",
    build_nail,
    0.012,
    description="a metal nail with a flat head and a sharp point, hammered into wood",
    synonyms=("iron nail", "steel nail", "wire nail", "common nail", "nails"),
    not_claimed=(
        "finger nail",
        "toe nail",
        "nail polish",
        "nail gun",
        "nail file",
        "nail clipper",
        "nail clippers",
        "nail varnish",
    ),
    parts=("nail",),
    aliases={"head": "nail", "shank": "nail", "point": "nail"},
)
