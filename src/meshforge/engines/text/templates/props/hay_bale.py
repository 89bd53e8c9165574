"""A hay bale: a straw block, rectangular or a big round roll, bound with twine."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box, torus

STRAWS: tuple[RGB, ...] = ((225, 190, 100), (215, 180, 90), (235, 205, 120))
TWINE: RGB = (150, 95, 50)


def build_hay_bale(a: Assembly) -> None:
    """A hay bale: a straw block, rectangular or a big round roll, bound with twine."""
    straw = a.pick(STRAWS)
    if a.mentions("round", "roll", "rolled") or (
        not a.mentions("square", "rectangular") and a.chance(0.3)
    ):
        r, length = a.vary(0.7, 0.1), a.vary(1.2, 0.1)
        a.add(rod((-length / 2, 0, r), (length / 2, 0, r), r, a.segments(r)), "hay", straw)
        for x in (-length * 0.25, length * 0.25):
            band = torus(r * 1.0, 0.012, a.segments(r)).rotate((0, 90, 0)).translate((x, 0, r))
            a.add(band, "twine", TWINE, Tier.FIXED)
        return
    size = (a.vary(0.9, 0.08), a.vary(0.45, 0.08), a.vary(0.38, 0.08))
    a.add(rounded_box(size, 0.04, 12, (0, 0, size[2] / 2)), "hay", straw)
    for x in (-size[0] * 0.25, size[0] * 0.25):
        band = box((0.02, size[1] + 0.012, size[2] + 0.012), (x, 0, size[2] / 2))
        a.add(band, "twine", TWINE, Tier.FIXED)


TEMPLATE = Template(
    "hay bale",
    build_hay_bale,
    0.4,
    description="a compressed block of dried straw tied with twine on a farm",
    synonyms=("bale of hay", "haybale", "straw bale", "bale of straw", "round bale", "hay"),
    kinds=("hay roll", "hay stack", "haystack"),
    parts=("hay", "twine"),
    aliases={"straw": "hay", "string": "twine", "rope": "twine", "band": "twine"},
)
