"""A wax crayon lying on its side: a coloured stick in a paper wrapper, a blunt tip."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.turned_sticks import laid_piece, ring_profile

CRAYONS = (*BRIGHTS[:3], BRIGHTS[4], BRIGHTS[5], (130, 60, 170), (120, 75, 40))


def build_crayon(a: Assembly) -> None:
    """A wax crayon lying on its side: a coloured stick in a paper wrapper, a blunt tip."""
    length, r = a.vary(0.09, 0.1), a.vary(0.0048, 0.08)
    seg = min(a.segments(r * 6), 32)  # a thumb-thick stick: 32 sides are round to the eye
    wax_l = length * 0.82
    worn = a.between(0.0, 0.4)  # how far the point has been drawn down
    wax = [
        (0.0, 0.0),
        (r, 0.0),
        (r, wax_l),
        (r * (0.35 + worn * 0.5), length * (1.0 - worn * 0.05)),
        (0.0, length * (1.0 - worn * 0.05)),
    ]
    a.add(laid_piece(wax, seg, 0.0, length, r), "wax", CRAYONS)
    if a.wants("wrapper"):
        paper_l = length * a.between(0.6, 0.72)
        paper = laid_piece(ring_profile(r * 1.06, paper_l), seg, length * 0.03, length, r)
        a.add(paper, "wrapper", a.color("wax", CRAYONS), Tier.FIXED)
        for share in (0.1, 0.85):
            band = ring_profile(r * 1.1, length * 0.035)
            start = length * 0.03 + paper_l * share
            a.add(laid_piece(band, seg, start, length, r), "band", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "crayon",
    build_crayon,
    0.01,
    description="a stick of coloured wax in a paper wrapper, that children draw with",
    synonyms=("wax crayon", "crayola", "colouring crayon", "coloring crayon", "crayons"),
    parts=("wax", "wrapper", "band"),
    aliases={"paper": "wrapper", "label": "wrapper", "stripe": "band", "tip": "wax", "body": "wax"},
)
